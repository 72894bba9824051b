import type { Draft, DraftContent, DraftSummary, RevisionSummary } from '../../../shared/article/draft';

/**
 * The drafts store's surface, as the IPC handlers use it. Implemented on SQLite in ./store.ts.
 * Every method is synchronous (better-sqlite3) and throws AppError('not_found' | 'storage', …)
 * with a message a reporter can read.
 */
export interface DraftStore {
  create(): Draft;
  get(id: string): Draft;
  /**
   * Saving what is already stored changes nothing (updatedAt stays). A draft in Trash can be saved
   * and stays there. A body that is not a Lexical document throws AppError('bad_request').
   */
  save(id: string, content: DraftContent): { id: string; updatedAt: number };
  /** Live drafts, newest first. */
  list(): DraftSummary[];
  /** Live drafts matching every word of the query (prefix match), best first. */
  search(query: string): DraftSummary[];
  trash(id: string): DraftSummary;
  listTrash(): DraftSummary[];
  restore(id: string): DraftSummary;
  emptyTrash(): { deleted: number };
  listRevisions(id: string): RevisionSummary[];
  /** An explicit "Save version" (Ctrl/Cmd+S). */
  saveVersion(id: string): RevisionSummary;
  /** Brings a revision's content back; recorded as a new revision, so nothing is overwritten. */
  restoreRevision(id: string, revisionId: number): Draft;
  close(): void;
}
