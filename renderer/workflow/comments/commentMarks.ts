import { $createRangeSelection, $getRoot, $setSelection, type NodeKey, type RangeSelection } from 'lexical';
import { $isMarkNode, $unwrapMarkNode, $wrapSelectionInMarkNode, type MarkNode } from '@lexical/mark';
import { $dfsIterator } from '@lexical/utils';

/** The contract's limit on a thread's quote. */
export const MAX_QUOTE_CHARS = 2_000;

/** One comment mark in the body: a thread may have several (a comment across paragraphs). */
export interface CommentAnchor {
  key: NodeKey;
  ids: string[];
}

/** Every comment mark in the body, in reading order. */
export function $commentAnchors(): CommentAnchor[] {
  const anchors: CommentAnchor[] = [];
  for (const { node } of $dfsIterator($getRoot())) {
    if ($isMarkNode(node)) anchors.push({ key: node.getKey(), ids: node.getIDs() });
  }
  return anchors;
}

/** The thread ids anchored in the body, each once, in the order their text is read. */
export const anchoredThreadIds = (anchors: readonly CommentAnchor[]): string[] => [...new Set(anchors.flatMap((anchor) => anchor.ids))];

/** The selected text as a thread keeps it: trimmed, and cut to the contract's limit with an ellipsis. */
export function quoteOf(text: string): string {
  const trimmed = text.trim();
  return trimmed.length <= MAX_QUOTE_CHARS ? trimmed : `${trimmed.slice(0, MAX_QUOTE_CHARS - 1).trimEnd()}…`;
}

/** Wraps the selected text in a mark carrying the thread's id. */
export function $markSelection(selection: RangeSelection, threadId: string): void {
  $wrapSelectionInMarkNode(selection, selection.isBackward(), threadId);
}

function $marksOf(threadId: string): MarkNode[] {
  const marks: MarkNode[] = [];
  for (const { node } of $dfsIterator($getRoot())) {
    if ($isMarkNode(node) && node.hasID(threadId)) marks.push(node);
  }
  return marks;
}

/** Takes a thread's mark off the text, leaving the text and any other thread's mark on it. */
export function $unmarkThread(threadId: string): void {
  for (const mark of $marksOf(threadId)) {
    if (mark.getIDs().length > 1) mark.deleteID(threadId);
    else $unwrapMarkNode(mark);
  }
}

/** Selects all of a thread's text; returns its first mark's key, or null when its text is gone. */
export function $selectThread(threadId: string): NodeKey | null {
  const marks = $marksOf(threadId);
  const first = marks[0];
  const last = marks.at(-1);
  if (!first || !last) return null;
  const selection = $createRangeSelection();
  selection.anchor.set(first.getKey(), 0, 'element');
  selection.focus.set(last.getKey(), last.getChildrenSize(), 'element');
  $setSelection(selection);
  return first.getKey();
}
