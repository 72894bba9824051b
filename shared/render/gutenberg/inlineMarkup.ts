import type { SerializedNode } from '../../article/body';
import { TEXT_FORMAT } from '../../blocks/inline';
import { decodeEntities, parseAttributes } from './htmlFragments';

const FORMAT_OF_TAG: Readonly<Record<string, number>> = {
  strong: TEXT_FORMAT.bold, b: TEXT_FORMAT.bold,
  em: TEXT_FORMAT.italic, i: TEXT_FORMAT.italic,
  u: TEXT_FORMAT.underline,
  s: TEXT_FORMAT.strikethrough, del: TEXT_FORMAT.strikethrough, strike: TEXT_FORMAT.strikethrough,
  code: TEXT_FORMAT.code, sub: TEXT_FORMAT.subscript, sup: TEXT_FORMAT.superscript,
};

const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|[^<]+|</g;

/**
 * Inline HTML (what a paragraph or caption holds) as Lexical inline nodes: text runs with their
 * formats, line breaks, links. Other tags are ignored and their text kept. The result is raw:
 * pass it through canonicalInline.
 */
export function parseInlineMarkup(html: string): SerializedNode[] {
  const out: SerializedNode[] = [];
  // How many times each format's tags are open: tolerant of tags closed out of order.
  const open = new Map<number, number>();
  let link: { url: string; children: SerializedNode[] } | undefined;
  const format = () => [...open].reduce((bits, [bit, count]) => (count > 0 ? bits | bit : bits), 0);
  const closeLink = () => {
    if (link) out.push({ type: 'link', url: link.url, children: link.children });
    link = undefined;
  };

  for (const [token, closing, tagName, attributes] of html.matchAll(TOKEN)) {
    if (token.startsWith('<!--')) continue;
    if (tagName === undefined) {
      (link?.children ?? out).push({ type: 'text', text: decodeEntities(token), format: format() });
      continue;
    }
    const tag = tagName.toLowerCase();
    const bit = FORMAT_OF_TAG[tag];
    if (bit !== undefined) {
      open.set(bit, Math.max(0, (open.get(bit) ?? 0) + (closing ? -1 : 1)));
    } else if (tag === 'br' && !closing) {
      if (!link) out.push({ type: 'linebreak' });
    } else if (tag === 'a') {
      closeLink();
      if (!closing) link = { url: parseAttributes(attributes ?? '').href ?? '', children: [] };
    }
  }
  closeLink();
  return out;
}

/** The plain text of inline HTML: tags dropped, `<br>` as a new line, entities decoded. */
export function markupText(html: string): string {
  return html
    .split(/<br\s*\/?>/i)
    .map((part) => decodeEntities(part.replace(/<!--[\s\S]*?-->|<\/?[a-zA-Z][^>]*>/g, '')))
    .join('\n');
}
