/**
 * Just enough HTML reading for markup that Copydesk wrote (and WordPress kept): the content of
 * an element, the attributes of a start tag, entities. No DOM: shared/ runs in plain Node.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
};

function fromCodePoint(code: number): string {
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return valid ? String.fromCodePoint(code) : '\ufffd';
}

/** Decodes character references; an unknown named one is left as written. */
export const decodeEntities = (text: string): string =>
  text.replace(/&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z][a-zA-Z0-9]*));/g, (whole, hex?: string, decimal?: string, name?: string) => {
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10));
    return NAMED_ENTITIES[name!] ?? whole;
  });

/** The markup between the first `<tag …>` and the last `</tag>`, or undefined. */
export function elementContent(html: string, tag: string): string | undefined {
  return new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*)</${tag}>`, 'i').exec(html)?.[1];
}

const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The decoded attributes of a start tag's attribute text (`src="a" alt='b'`). */
export function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, double, single, bare] of text.matchAll(ATTRIBUTE)) {
    attributes[name!.toLowerCase()] = decodeEntities(double ?? single ?? bare ?? '');
  }
  return attributes;
}

/** The attributes of the first `<tag …>` in `html`, or undefined when there is none. */
export function startTagAttributes(html: string, tag: string): Record<string, string> | undefined {
  const match = new RegExp(`<${tag}(\\s[^>]*?)?\\/?>`, 'i').exec(html);
  return match ? parseAttributes(match[1] ?? '') : undefined;
}
