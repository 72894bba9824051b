import type { BlockAttributes } from './blockMarkup';

/** A block as WordPress's block parser gives it (without freeform HTML between blocks). */
export interface ParsedBlock {
  /** With its namespace: `core/paragraph`. */
  name: string;
  attrs: BlockAttributes;
  innerBlocks: ParsedBlock[];
  /** The block's own HTML, without its inner blocks. */
  innerHTML: string;
}

// A delimiter: closer slash, namespace, name, attributes, void slash. The attributes may not
// contain "-->", so a malformed one cannot swallow the delimiters after it.
const DELIMITER = /<!--\s+(\/)?wp:([a-z][a-z0-9_-]*\/)?([a-z][a-z0-9_-]*)\s+(?:(\{(?:(?!-->)[\s\S])*?\})\s+)?(\/)?-->/g;

/** Deeper blocks than this are ignored: no Copydesk body nests so far, and recursion stays bounded. */
const MAX_NESTING = 100;

function parseAttributes(json: string | undefined): BlockAttributes {
  if (json === undefined) return {};
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as BlockAttributes) : {};
  } catch {
    return {};
  }
}

/**
 * Parses WordPress block markup. Never throws: a closer with no opener is ignored, an unclosed
 * block ends where its parent (or the markup) ends, and malformed attributes read as none.
 */
export function parseBlocks(markup: string): ParsedBlock[] {
  const top: ParsedBlock[] = [];
  const open: ParsedBlock[] = [];
  const addBlock = (block: ParsedBlock) => (open.at(-1)?.innerBlocks ?? top).push(block);
  const addHtml = (html: string) => {
    const parent = open.at(-1);
    if (parent) parent.innerHTML += html;
  };
  const closeInnermost = () => addBlock(open.pop()!);

  let end = 0;
  for (const match of markup.matchAll(DELIMITER)) {
    addHtml(markup.slice(end, match.index));
    end = match.index + match[0].length;
    const [, closer, namespace, localName, attributes, isVoid] = match;
    const name = `${namespace ?? 'core/'}${localName}`;
    if (closer) {
      const at = open.findLastIndex((block) => block.name === name);
      while (at !== -1 && open.length > at) closeInnermost();
    } else if (open.length < MAX_NESTING) {
      const block: ParsedBlock = { name, attrs: parseAttributes(attributes), innerBlocks: [], innerHTML: '' };
      if (isVoid) addBlock(block);
      else open.push(block);
    }
  }
  addHtml(markup.slice(end));
  while (open.length > 0) closeInnermost();
  return top;
}
