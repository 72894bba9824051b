import type { CommentThread } from '../../../shared/workflow/review';

export interface ThreadEntry {
  thread: CommentThread;
  /** Whether its text is still in the body; a thread whose text was deleted keeps its quote. */
  anchored: boolean;
}

const startedAt = (thread: CommentThread): number => thread.messages[0]?.at ?? 0;

/**
 * Threads in the order a reader meets them: by where their text is in the body, then those whose
 * text was deleted, oldest first.
 */
export function orderThreads(threads: readonly CommentThread[], anchoredIds: readonly string[]): ThreadEntry[] {
  const position = new Map(anchoredIds.map((id, index) => [id, index]));
  const at = (thread: CommentThread) => position.get(thread.id) ?? Number.POSITIVE_INFINITY;
  return [...threads]
    .sort((a, b) => at(a) - at(b) || startedAt(a) - startedAt(b))
    .map((thread) => ({ thread, anchored: position.has(thread.id) }));
}
