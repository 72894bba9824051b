import type { LexicalNode } from 'lexical';
import { FigureBlock } from '../../../shared/blocks/figure/schema';
import { BlockNode } from '../shared/BlockNode';
import { inlineText } from './inlineContent';
import { FigureCard } from './FigureCard';

export type FigureData = Pick<FigureBlock, 'asset' | 'alt' | 'caption' | 'credit' | 'creditUrl'>;

export class FigureNode extends BlockNode<FigureData> {
  static override getType(): string {
    return 'figure';
  }

  static override clone(node: FigureNode): FigureNode {
    return new FigureNode(node.__data, node.__key);
  }

  static override importJSON(json: unknown): FigureNode {
    const { asset, alt, caption, credit, creditUrl } = FigureBlock.parse(json);
    return $createFigureNode({ asset, alt, caption, credit, creditUrl });
  }

  override getTextContent(): string {
    return inlineText(this.getData().caption);
  }

  override decorate() {
    return <FigureCard nodeKey={this.getKey()} data={this.__data} />;
  }
}

export const $createFigureNode = (data: FigureData): FigureNode => new FigureNode(data);

export const $isFigureNode = (node: LexicalNode | null | undefined): node is FigureNode => node instanceof FigureNode;
