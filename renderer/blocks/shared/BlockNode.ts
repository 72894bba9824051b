import { DecoratorNode, type DOMExportOutput, type NodeKey } from 'lexical';
import type { ReactNode } from 'react';
import { assetUrl } from '../../../shared/blocks/figure/assetUrl';
import { blockOfType } from '../../../shared/blocks/registry';

/**
 * A card in the article body. Its content is one plain, immutable object (the block's schema
 * without `type` and `version`), so exportJSON can write exactly `{type, version: 1, ...data}` and
 * every field edit is one whole-object replacement that undo can restore.
 */
export abstract class BlockNode<D extends object> extends DecoratorNode<ReactNode> {
  __data: D;

  constructor(data: D, key?: NodeKey) {
    super(key);
    this.__data = data;
  }

  getData(): D {
    return this.getLatest().__data;
  }

  setData(patch: Partial<D>): this {
    const writable = this.getWritable();
    writable.__data = { ...writable.__data, ...patch };
    return writable;
  }

  // Lexical's own compact form is not used: the stored JSON is the block's schema, always whole.
  override exportJSON(): { type: string; version: 1 } & D {
    return { type: this.getType(), version: 1, ...this.getLatest().__data };
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = `block block-${this.getType()}`;
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  // Copying a card to another application gives the block as it is published. (Appeals give
  // nothing: their text is in the library, which a node cannot reach.)
  override exportDOM(): DOMExportOutput {
    const template = document.createElement('template');
    template.innerHTML = blockOfType(this.getType())?.toHtml(this.exportJSON(), { appeal: () => undefined, assetUrl, language: 'en' }) ?? '';
    return { element: template.content };
  }
}
