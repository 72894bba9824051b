import { MAX_BODY_DEPTH, type SerializedBody, type SerializedNode } from '../article/body';
import { blockOfType } from '../blocks/registry';
import { canonicalInline } from './canonicalInline';
import { withoutCommentMarks } from './commentMarks';
import { bodyOf, headingNode, listItemNode, listNode, paragraphNode, type HeadingTag } from './lexicalNodes';
import { listItemGroups } from './lists';

const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A list's items in canonical form; `depth` is the list's own depth below the root. */
function canonicalList(list: SerializedNode, depth: number): SerializedNode | undefined {
  // A list's text sits two levels below it (list, item, text): deeper would not load.
  if (depth + 2 > MAX_BODY_DEPTH) return undefined;
  const listType = list.listType === 'number' ? 'number' : 'bullet';
  const start = listType === 'number' && Number.isSafeInteger(list.start) ? (list.start as number) : 1;
  const indent = (depth - 1) / 2;
  const items: SerializedNode[][] = [];
  listItemGroups(list.children ?? []).forEach((group, index) => {
    const inline = canonicalInline(group.inline);
    const nested = group.lists.flatMap((child) => canonicalList(child, depth + 2) ?? []);
    // A first item with nothing but nested lists is written as Lexical writes it: the lists alone.
    if (index > 0 || inline.length > 0 || nested.length === 0) items.push(inline);
    items.push(...nested.map((child) => [child]));
  });
  if (items.length === 0) return undefined;
  return listNode(listType, start, items.map((children, index) => listItemNode(children, start + index, indent)));
}

function canonicalBlock(node: SerializedNode): SerializedNode[] {
  switch (node.type) {
    case 'paragraph':
      return [paragraphNode(canonicalInline(node.children ?? []))];
    case 'heading':
      return typeof node.tag === 'string' && HEADING_TAGS.has(node.tag) ? [headingNode(node.tag as HeadingTag, canonicalInline(node.children ?? []))] : [];
    case 'list': {
      const list = canonicalList(node, 1);
      return list ? [list] : [];
    }
    default: {
      const block = blockOfType(node.type)?.canonical(node);
      return block ? [block] : [];
    }
  }
}

/**
 * The body in Copydesk's canonical form: what every renderer reads, what `fromGutenberg`
 * returns, and so the normalization under which a WordPress round trip is lossless.
 *
 * - Review comment marks give way to the text they wrap, wherever they are (see commentMarks).
 * - Top level: paragraphs, headings h1–h6, lists, and Copydesk's blocks. Anything else (an
 *   unknown node type, a block that fails its schema, text outside a paragraph) is dropped.
 * - Blocks keep only their schema's fields; a figure caption is canonical inline content.
 * - Inline content: see canonicalInline (formats, merged runs, safe links, tabs as text).
 * - Lists: a bullet list starts at 1; an item's nested lists follow it as Lexical's items of
 *   their own (see listItemGroups); a list with no items is dropped.
 * - Lexical's presentation fields (direction, alignment, indent, style, value) take the values
 *   Lexical derives or defaults to: no renderer writes them.
 */
export function canonicalBody(body: SerializedBody): SerializedBody {
  return bodyOf(withoutCommentMarks(body.root.children).flatMap(canonicalBlock));
}
