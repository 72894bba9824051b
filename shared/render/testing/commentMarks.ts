// Review comment marks as @lexical/mark 0.52 serializes them, for the renderer tests.
import fc from 'fast-check';
import type { SerializedNode } from '../../article/body';
import { bodyOf } from '../lexicalNodes';
import type { RenderableArticle } from '../article';

export const commentId = (n: number): string => `c0ffee00-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** A MarkNode: an inline element around the commented text, naming the threads anchored there. */
export const mark = (ids: readonly string[], ...children: SerializedNode[]): SerializedNode => ({
  children, direction: null, format: '', indent: 0, type: 'mark', version: 1, ids: [...ids],
});

/** The body as it was before anyone commented: written separately from the code under test. */
export function unmarked(nodes: readonly SerializedNode[]): SerializedNode[] {
  return nodes.flatMap((node) => {
    if (node.type === 'mark') return unmarked(node.children ?? []);
    const copy: SerializedNode = { ...node };
    if (node.children) copy.children = unmarked(node.children);
    if (Array.isArray(node.caption)) copy.caption = unmarked(node.caption as SerializedNode[]);
    return [copy];
  });
}

const INLINE_HOLDERS = new Set(['paragraph', 'heading', 'listitem', 'link', 'autolink', 'mark']);

/**
 * Wraps runs of inline nodes in marks as a reviewer might: any run in a paragraph, heading, list
 * item, link or caption, marks inside marks, several ids on one mark. `next` makes the choices.
 */
function addMarks(nodes: readonly SerializedNode[], inline: boolean, next: () => number, ids: { n: number }): SerializedNode[] {
  const withInner = nodes.map((node) => {
    const copy: SerializedNode = { ...node };
    if (node.children) copy.children = addMarks(node.children, INLINE_HOLDERS.has(node.type), next, ids);
    if (node.type === 'figure' && Array.isArray(node.caption)) copy.caption = addMarks(node.caption as SerializedNode[], true, next, ids);
    return copy;
  });
  if (!inline || withInner.length === 0 || next() % 3 === 0) return withInner;
  const start = next() % withInner.length;
  const end = start + 1 + (next() % (withInner.length - start));
  const markIds = Array.from({ length: 1 + (next() % 2) }, () => commentId((ids.n += 1)));
  return [...withInner.slice(0, start), mark(markIds, ...withInner.slice(start, end)), ...withInner.slice(end)];
}

/** Random articles, each with comment marks added at random places, and the same article unmarked. */
export function withRandomMarks(articles: fc.Arbitrary<RenderableArticle>): fc.Arbitrary<{ marked: RenderableArticle; plain: RenderableArticle }> {
  return fc.tuple(articles, fc.array(fc.nat(), { minLength: 1, maxLength: 64 })).map(([plain, choices]) => {
    let at = 0;
    const next = () => choices[at++ % choices.length]!;
    const children = (JSON.parse(plain.body) as { root: { children: SerializedNode[] } }).root.children;
    return { plain, marked: { ...plain, body: JSON.stringify(bodyOf(addMarks(children, false, next, { n: 0 }))) } };
  });
}
