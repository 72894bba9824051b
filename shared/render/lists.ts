import type { SerializedNode } from '../article/body';

/** One item as a reader sees it: its own text, then the lists nested under it. */
export interface ListItemGroup {
  inline: SerializedNode[];
  lists: SerializedNode[];
}

/**
 * Lexical keeps a nested list in an item of its own that follows the item it belongs under;
 * HTML and WordPress put it inside that item. So an item with nothing but lists joins the one
 * before it (a first one stands alone, with no text), and an item holding text and lists, a
 * shape Lexical does not write, is read as both.
 */
export function listItemGroups(items: readonly SerializedNode[]): ListItemGroup[] {
  const groups: ListItemGroup[] = [];
  for (const item of items) {
    if (item.type !== 'listitem') continue;
    const children = item.children ?? [];
    const lists = children.filter((child) => child.type === 'list');
    const inline = children.filter((child) => child.type !== 'list');
    const previous = groups.at(-1);
    if (previous && inline.length === 0 && lists.length > 0) previous.lists.push(...lists);
    else groups.push({ inline, lists });
  }
  return groups;
}
