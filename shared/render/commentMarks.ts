import { MAX_BODY_DEPTH, type SerializedNode } from '../article/body';

/** The type of @lexical/mark's MarkNode, which anchors a review comment thread in the body. */
export const COMMENT_MARK_TYPE = 'mark';

const isNode = (value: unknown): value is SerializedNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { type?: unknown }).type === 'string';

/** The list with every mark replaced by what it wraps; the same array when it holds no mark. */
function unwrapList(list: readonly unknown[], depth: number): unknown[] {
  let changed = false;
  const out: unknown[] = [];
  for (const item of list) {
    if (!isNode(item)) {
      out.push(item);
    } else if (item.type === COMMENT_MARK_TYPE) {
      changed = true;
      if (Array.isArray(item.children) && depth < MAX_BODY_DEPTH) out.push(...unwrapList(item.children, depth + 1));
    } else {
      const node = unwrapNode(item, depth + 1);
      changed ||= node !== item;
      out.push(node);
    }
  }
  return changed ? out : (list as unknown[]);
}

/** The node with marks unwrapped in each of its fields that holds nodes; itself when it holds none. */
function unwrapNode(node: SerializedNode, depth: number): SerializedNode {
  if (depth >= MAX_BODY_DEPTH) return node;
  let copy: SerializedNode | undefined;
  // for…in rather than Object.entries: this runs for every node each time an article renders.
  for (const key in node) {
    const value = node[key];
    if (!Array.isArray(value)) continue;
    const list = unwrapList(value, depth);
    if (list !== value) (copy ??= { ...node })[key] = list;
  }
  return copy ?? node;
}

/**
 * The nodes without review comment marks: each mark gives way to its children, wherever it sits
 * (in a paragraph, a link, another mark, or a block's rich-text field such as a figure caption),
 * and its comment ids go with it. Comments are review data, never published: canonicalBody
 * applies this first, so no renderer sees a mark. Bodies without marks come back unchanged.
 */
export const withoutCommentMarks = (nodes: readonly SerializedNode[]): SerializedNode[] => unwrapList(nodes, 0) as SerializedNode[];
