import { blockOfType } from '../blocks/registry';
import { canonicalBody } from '../render/canonicalBody';
import { inlineText } from '../render/inlineText';
import { parseBody, type SerializedNode } from './body';

function nodeLines(node: SerializedNode): string[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return [inlineText(node.children ?? [])];
    case 'list':
      // Canonical items hold either their text or, alone, a nested list.
      return (node.children ?? []).flatMap((item) => {
        const nested = item.children?.[0];
        return nested?.type === 'list' ? nodeLines(nested) : [inlineText(item.children ?? [])];
      });
    default:
      return blockOfType(node.type)?.plainText(node) ?? [];
  }
}

/**
 * The body's text, one line per paragraph, heading, list item and block line (blank ones left
 * out): used for word counts, search and list snippets. Blocks give what a reader reads: a
 * figure its caption and credit, a quote its paragraphs and citation, a pull quote its words
 * and attribution; appeals give nothing (see blocks/appeal/text.ts). It reads the same
 * canonical body as the renderers, so what is counted is what is published.
 * Throws a readable Error when the body is not a Lexical document.
 */
export function bodyPlainText(bodyJson: string): string {
  return canonicalBody(parseBody(bodyJson))
    .root.children.flatMap(nodeLines)
    .filter((line) => line !== '')
    .join('\n');
}
