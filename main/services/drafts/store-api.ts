import type { Draft, DraftContent, DraftSummary, RevisionSummary } from '../../../shared/article/draft';
import type { ArticleMeta } from '../../../shared/article/meta';

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
  /**
   * Saves the article's metadata on its own; the text and its revisions are untouched. Saving what
   * is already stored changes nothing. A featuredImage must be an image of this draft: imported into
   * it, or used by a figure in its saved body (which then records the use); else
   * AppError('bad_request').
   */
  saveMeta(id: string, meta: ArticleMeta): { id: string; updatedAt: number };
  /** How many drafts there are, live and in Trash. */
  counts(): { live: number; trashed: number };
  close(): void;
}
