import type { LexicalNode } from 'lexical';
import { PullQuoteBlock } from '../../../shared/blocks/pullquote/schema';
import { BlockNode } from '../shared/BlockNode';
import { PullQuoteCard } from './PullQuoteCard';

export type PullQuoteData = Pick<PullQuoteBlock, 'text' | 'attribution'>;

export class PullQuoteNode extends BlockNode<PullQuoteData> {
  static override getType(): string {
    return 'pullquote';
  }

  static override clone(node: PullQuoteNode): PullQuoteNode {
    return new PullQuoteNode(node.__data, node.__key);
  }

  static override importJSON(json: unknown): PullQuoteNode {
    const { text, attribution } = PullQuoteBlock.parse(json);
    return $createPullQuoteNode({ text, attribution });
  }

  override getTextContent(): string {
    return this.getData().text;
  }

  override decorate() {
    return <PullQuoteCard nodeKey={this.getKey()} data={this.__data} />;
  }
}

export const $createPullQuoteNode = (data: PullQuoteData = { text: '', attribution: '' }): PullQuoteNode => new PullQuoteNode(data);

export const $isPullQuoteNode = (node: LexicalNode | null | undefined): node is PullQuoteNode => node instanceof PullQuoteNode;
