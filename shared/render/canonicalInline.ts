import type { SerializedNode } from '../article/body';
import { SerializedText, TEXT_FORMAT } from '../blocks/inline';
import { isAllowedLinkUrl } from './linkUrl';
import { lineBreakNode, linkNode, textNode } from './lexicalNodes';

const KNOWN_FORMATS = Object.values(TEXT_FORMAT).reduce((all, bit) => all | bit, 0);

/** A text run or a tab (Lexical's TabNode carries its "\t" as text) as a text node, or undefined. */
function asText(node: SerializedNode): SerializedNode | undefined {
  const parsed = SerializedText.safeParse(node.type === 'tab' ? { ...node, type: 'text' } : node);
  if (!parsed.success || parsed.data.text === '') return undefined;
  return textNode(parsed.data.text, parsed.data.format & KNOWN_FORMATS);
}

/** Appends a text run, merging it into the previous run when both have the same format. */
function pushText(out: SerializedNode[], text: SerializedNode): void {
  const last = out.at(-1);
  if (last?.type === 'text' && last.format === text.format) out[out.length - 1] = textNode(`${last.text}${text.text}`, text.format as number);
  else out.push(text);
}

/**
 * Inline content in Copydesk's canonical form, the form every renderer reads and `fromGutenberg`
 * writes:
 * - text runs keep only the formats Copydesk knows; empty runs are dropped; adjacent runs with
 *   the same format are merged; tabs are text;
 * - an autolink is a link; a link whose URL is not http(s) or mailto gives up its anchor and
 *   keeps its text; a link with no text is dropped; inside a link only text runs count;
 * - any other node is dropped.
 */
export function canonicalInline(nodes: readonly SerializedNode[]): SerializedNode[] {
  const out: SerializedNode[] = [];
  for (const node of nodes) {
    if (node.type === 'linebreak') {
      out.push(lineBreakNode());
    } else if (node.type === 'link' || node.type === 'autolink') {
      const children: SerializedNode[] = [];
      for (const child of node.children ?? []) {
        const text = asText(child);
        if (text) pushText(children, text);
      }
      const url = typeof node.url === 'string' ? node.url : '';
      if (!isAllowedLinkUrl(url)) children.forEach((text) => pushText(out, text));
      else if (children.length > 0) out.push(linkNode(url, children));
    } else {
      const text = asText(node);
      if (text) pushText(out, text);
    }
  }
  return out;
}
