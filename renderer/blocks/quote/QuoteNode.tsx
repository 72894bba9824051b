import type { LexicalNode } from 'lexical';
import { QuoteBlock } from '../../../shared/blocks/quote/schema';
import { BlockNode } from '../shared/BlockNode';
import { QuoteCard } from './QuoteCard';

export type QuoteData = Pick<QuoteBlock, 'text' | 'citation'>;

export class QuoteNode extends BlockNode<QuoteData> {
  static override getType(): string {
    return 'blockquote';
  }

  static override clone(node: QuoteNode): QuoteNode {
    return new QuoteNode(node.__data, node.__key);
  }

  static override importJSON(json: unknown): QuoteNode {
    const { text, citation } = QuoteBlock.parse(json);
    return $createQuoteNode({ text, citation });
  }

  override getTextContent(): string {
    return this.getData().text;
  }

  override decorate() {
    return <QuoteCard nodeKey={this.getKey()} data={this.__data} />;
  }
}

export const $createQuoteNode = (data: QuoteData = { text: '', citation: '' }): QuoteNode => new QuoteNode(data);

export const $isQuoteNode = (node: LexicalNode | null | undefined): node is QuoteNode => node instanceof QuoteNode;
