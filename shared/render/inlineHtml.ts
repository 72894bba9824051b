import type { SerializedNode } from '../article/body';
import { TEXT_FORMAT } from '../blocks/inline';
import { escapeHtml } from './escape';
import { isAllowedLinkUrl } from './linkUrl';

/** Outermost first, so the same runs always give the same markup. */
const FORMAT_TAGS: ReadonlyArray<readonly [number, string]> = [
  [TEXT_FORMAT.bold, 'strong'],
  [TEXT_FORMAT.italic, 'em'],
  [TEXT_FORMAT.underline, 'u'],
  [TEXT_FORMAT.strikethrough, 's'],
  [TEXT_FORMAT.subscript, 'sub'],
  [TEXT_FORMAT.superscript, 'sup'],
  [TEXT_FORMAT.code, 'code'],
];

function formatted(text: string, format: number): string {
  let html = escapeHtml(text);
  for (let index = FORMAT_TAGS.length - 1; index >= 0; index -= 1) {
    const [bit, tag] = FORMAT_TAGS[index]!;
    if (format & bit) html = `<${tag}>${html}</${tag}>`;
  }
  return html;
}

/**
 * HTML for inline content in canonical form (see canonicalInline). The link check is repeated
 * here so that no caller can publish a script URL by skipping canonicalization.
 */
export function inlineHtml(nodes: readonly SerializedNode[]): string {
  let html = '';
  for (const node of nodes) {
    if (node.type === 'linebreak') html += '<br>';
    else if (node.type === 'text' && typeof node.text === 'string') html += formatted(node.text, typeof node.format === 'number' ? node.format : 0);
    else if (node.type === 'link') {
      const inner = inlineHtml(node.children ?? []);
      const url = typeof node.url === 'string' ? node.url : '';
      html += isAllowedLinkUrl(url) ? `<a href="${escapeHtml(url)}">${inner}</a>` : inner;
    }
  }
  return html;
}
