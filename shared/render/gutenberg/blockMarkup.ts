/**
 * WordPress block delimiters: `<!-- wp:name {attributes} -->html<!-- /wp:name -->`.
 *
 * The attributes are JSON inside an HTML comment, so, as WordPress's own serializer does, every
 * `--`, `<`, `>`, `&` and `"` inside a string is written as a \u escape: no text can end the
 * comment or open a tag. Unlike WordPress's regex (which turns the `\"` in `"a\\"` into
 * `\u0022` and breaks the JSON), escapes are matched whole, so a trailing backslash is safe.
 */
const STRING_ESCAPES: Readonly<Record<string, string>> = {
  '\\"': '\\u0022',
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '--': '\\u002d\\u002d',
};

const encodeString = (text: string): string =>
  JSON.stringify(text).replace(/\\u[0-9a-fA-F]{4}|\\.|[<>&]|--/g, (match) => STRING_ESCAPES[match] ?? match);

function encodeValue(value: unknown): string {
  if (typeof value === 'string') return encodeString(value);
  if (Array.isArray(value)) return `[${value.map(encodeValue).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const members = Object.entries(value).filter(([, member]) => member !== undefined);
    return `{${members.map(([key, member]) => `${encodeString(key)}:${encodeValue(member)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export type BlockAttributes = Record<string, unknown>;

/** The JSON of a block's attributes, safe inside its delimiter comment. */
export const encodeBlockAttributes = (attributes: BlockAttributes): string => encodeValue(attributes);

/**
 * One block: `name` without the `core/` namespace; `html` null for a void block
 * (`<!-- wp:block {"ref":1} /-->`). Attributes that are undefined are left out.
 */
export function blockMarkup(name: string, attributes: BlockAttributes, html: string | null): string {
  const defined = Object.values(attributes).some((value) => value !== undefined);
  const head = `wp:${name}${defined ? ` ${encodeBlockAttributes(attributes)}` : ''}`;
  return html === null ? `<!-- ${head} /-->` : `<!-- ${head} -->\n${html}\n<!-- /wp:${name} -->`;
}

/** Sibling blocks, separated the way WordPress separates them. */
export const joinBlocks = (blocks: readonly string[]): string => blocks.filter((block) => block !== '').join('\n\n');
