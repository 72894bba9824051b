import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { EMPTY_BODY, parseBody, type SerializedNode } from '../../../shared/article/body';
import type { Draft, DraftContent, DraftSummary, RevisionKind, RevisionSummary } from '../../../shared/article/draft';
import { ArticleMeta, DEFAULT_META } from '../../../shared/article/meta';
import { bodyPlainText } from '../../../shared/article/plainText';
import { AppError } from '../../../shared/ipc/result';
import { countWords } from '../../../shared/text/wordCount';
import { openDatabase } from './database';
import { toFtsQuery } from './ftsQuery';
import { leadSnippet, MATCH_START, MATCH_END, plainSegments, segmentsFromMarked } from './highlightedText';
import {
  prepareStatements,
  type DraftRow,
  type RevisionContentRow,
  type RevisionSummaryRow,
  type SearchRow,
  type Statements,
  type SummaryRow,
} from './statements';
import type { DraftStore } from './store-api';
import { guarded, toAppError } from './storageErrors';

export interface DraftStoreOptions extends CreateDraftStoreOptions {
  file: string;
  /** A better-sqlite3 binary for the running runtime (Electron's ABI in the app). */
  nativeBinding?: string;
}

export interface CreateDraftStoreOptions {
  /** The clock, replaceable so that tests can move time. */
  now?: () => number;
  /** A save takes an automatic revision when the newest one is at least this old. */
  autoRevisionEveryMs?: number;
}

export const DEFAULT_AUTO_REVISION_EVERY_MS = 5 * 60_000;

const draftNotFound = () => new AppError('not_found', 'This draft no longer exists.');
const revisionNotFound = () => new AppError('not_found', 'This version of the draft no longer exists.');

const sameContent = (a: RevisionContentRow, b: RevisionContentRow): boolean =>
  a.headline === b.headline && a.standfirst === b.standfirst && a.byline === b.byline && a.body === b.body;

const wordsIn = (headline: string, standfirst: string, bodyText: string): number =>
  countWords(`${headline}\n${standfirst}\n${bodyText}`);

/** The metadata as the schema has it (its key order, trimmed tags), whoever called. */
function normalMeta(meta: ArticleMeta): ArticleMeta {
  const parsed = ArticleMeta.safeParse(meta);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new AppError('bad_request', `The article details could not be saved: ${issue?.path.join('.') || 'meta'}: ${issue?.message ?? 'invalid'}.`);
}

/** The body's text; a body that is not a Lexical document is refused before anything is written. */
function plainTextOf(body: string): string {
  try {
    return bodyPlainText(body);
  } catch (error) {
    throw new AppError('bad_request', `The draft could not be saved: ${(error as Error).message}.`);
  }
}

/**
 * The stored metadata, or the defaults for a draft that has none. Fields a later release adds get
 * their defaults; a value that no longer validates (it never should) falls back to the defaults
 * rather than making the draft unreadable.
 */
function metaOf(json: string | null): ArticleMeta {
  if (json === null) return DEFAULT_META;
  try {
    const parsed = ArticleMeta.safeParse({ ...DEFAULT_META, ...(JSON.parse(json) as object) });
    return parsed.success ? parsed.data : DEFAULT_META;
  } catch {
    return DEFAULT_META;
  }
}

const toDraft = (row: DraftRow): Draft => ({
  id: row.id,
  headline: row.headline,
  standfirst: row.standfirst,
  byline: row.byline,
  body: row.body,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
  meta: metaOf(row.meta),
});

/** Whether a figure in the body shows the image with this SHA-256. */
function bodyShowsAsset(body: string, sha256: string): boolean {
  const visit = (node: SerializedNode): boolean => {
    const asset = node.type === 'figure' ? (node.asset as { sha256?: unknown } | undefined) : undefined;
    if (asset?.sha256 === sha256) return true;
    return (node.children ?? []).some(visit);
  };
  try {
    return visit(parseBody(body).root);
  } catch {
    return false;
  }
}

const featuredImageRefused = () =>
  new AppError(
    'bad_request',
    'The featured image must be one of this article’s own images: add the photo to the article first, then choose it.',
  );

const toSummary = (row: SummaryRow): DraftSummary => ({
  id: row.id,
  headline: row.headline,
  snippet: leadSnippet(row.standfirst, row.body_start),
  headlineHighlight: plainSegments(row.headline),
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
});

/** better-sqlite3 types INSERT … RETURNING as maybe-empty; an insert that succeeded always returns its row. */
function inserted<T>(row: T | undefined): T {
  if (row === undefined) throw new Error('INSERT … RETURNING gave no row');
  return row;
}

const markCount = (marked: string): number => marked.split(MATCH_START).length - 1;

/** Shows where the query matched: the standfirst or body excerpt with more matches in it. */
function toSearchSummary(row: SearchRow): DraftSummary {
  const excerpt = markCount(row.body_marked) > markCount(row.standfirst_marked) ? row.body_marked : row.standfirst_marked;
  return {
    ...toSummary(row),
    headlineHighlight: segmentsFromMarked(row.headline_marked),
    // A match in the headline alone leaves the usual lead as the snippet.
    snippet: markCount(excerpt) > 0 ? segmentsFromMarked(excerpt) : leadSnippet(row.standfirst, row.body_start),
  };
}

const toRevisionSummary = (row: RevisionSummaryRow): RevisionSummary => ({
  id: row.id,
  draftId: row.draft_id,
  kind: row.kind,
  restoredFrom: row.restored_from,
  headline: row.headline,
  wordCount: row.word_count,
  createdAt: row.created_at,
});

/** Opens (creating or upgrading as needed) the drafts database at `file`. */
export function openDraftStore({ file, nativeBinding, ...options }: DraftStoreOptions): DraftStore {
  return createDraftStore(openDatabase(file, nativeBinding), options);
}

/**
 * The drafts store on an open, migrated database (see openDatabase), which it owns from then on:
 * close() closes it. The assets and appeals services share the same connection.
 */
export function createDraftStore(
  db: Database.Database,
  { now = Date.now, autoRevisionEveryMs = DEFAULT_AUTO_REVISION_EVERY_MS }: CreateDraftStoreOptions = {},
): DraftStore {
  let sql: Statements;
  try {
    sql = prepareStatements(db);
  } catch (error) {
    db.close();
    throw toAppError(error, 'open');
  }

  // IMMEDIATE takes the write lock up front: a read that later turns into a write could otherwise
  // fail with SQLITE_BUSY without waiting, if another connection wrote in between.
  const write = <A extends unknown[], R>(fn: (...args: A) => R) => {
    const transaction = db.transaction(fn);
    return guarded('write', (...args: A): R => transaction.immediate(...args));
  };

  const requireExists = (id: string): void => {
    if (!sql.draftExists.get(id)) throw draftNotFound();
  };
  const requireDraft = (id: string): DraftRow => {
    const row = sql.draft.get(id);
    if (!row) throw draftNotFound();
    return row;
  };
  const requireSummary = (id: string): DraftSummary => {
    const row = sql.summary.get(id);
    if (!row) throw draftNotFound();
    return toSummary(row);
  };

  const addRevision = (
    draftId: string,
    kind: RevisionKind,
    content: RevisionContentRow,
    wordCount: number,
    restoredFrom: number | null,
    at: number,
  ): RevisionSummary => {
    const { headline, standfirst, byline, body } = content;
    const row = inserted(sql.insertRevision.get({
      draft_id: draftId,
      kind,
      restored_from: restoredFrom,
      headline,
      standfirst,
      byline,
      body,
      word_count: wordCount,
      created_at: at,
    }));
    return toRevisionSummary(row);
  };

  // A clock that went backwards (a corrected system time) counts as due, so snapshots resume.
  const autoRevisionDue = (draftId: string, at: number): boolean => {
    const newest = sql.newestRevisionTime.get(draftId);
    if (!newest) return true;
    const elapsed = at - newest.created_at;
    return elapsed >= autoRevisionEveryMs || elapsed < 0;
  };

  const saveContent = write((id: string, content: DraftContent, bodyText: string) => {
    const current = requireDraft(id);
    // An autosave of what is already stored changes nothing, not even the list order.
    if (sameContent(current, content)) return { id, updatedAt: current.updated_at };
    const at = now();
    const { headline, standfirst, byline, body } = content;
    sql.updateContent.run({ id, headline, standfirst, byline, body, body_text: bodyText, updated_at: at });
    if (autoRevisionDue(id, at)) addRevision(id, 'auto', content, wordsIn(headline, standfirst, bodyText), null, at);
    return { id, updatedAt: at };
  });

  const restoreRevisionContent = write((id: string, revisionId: number) => {
    const current = requireDraft(id);
    const revision = sql.revision.get({ id: revisionId, draft_id: id });
    if (!revision) throw revisionNotFound();
    const at = now();
    const newest = sql.newestRevision.get(id);
    if (!newest || !sameContent(current, newest)) {
      addRevision(id, 'auto', current, wordsIn(current.headline, current.standfirst, current.body_text), null, at);
    }
    const { headline, standfirst, byline, body } = revision;
    const bodyText = bodyPlainText(body);
    sql.updateContent.run({ id, headline, standfirst, byline, body, body_text: bodyText, updated_at: at });
    addRevision(id, 'restore', revision, revision.word_count, revision.created_at, at);
    return toDraft(requireDraft(id));
  });

  // The image must be this draft's: one imported into it, or one a figure of its saved body shows
  // (copied from another draft, say), whose use is then recorded like an import.
  const requireOwnImage = (id: string, body: string, sha256: string): void => {
    if (sql.draftHasAsset.get({ draft_id: id, sha256 })) return;
    if (!sql.assetExists.get(sha256) || !bodyShowsAsset(body, sha256)) throw featuredImageRefused();
    sql.linkAsset.run({ draft_id: id, sha256, added_at: now() });
  };

  const saveMetaOf = write((id: string, meta: ArticleMeta) => {
    const current = requireDraft(id);
    if (meta.featuredImage !== null) requireOwnImage(id, current.body, meta.featuredImage);
    const json = JSON.stringify(meta);
    if (json === JSON.stringify(metaOf(current.meta))) return { id, updatedAt: current.updated_at };
    const at = now();
    sql.updateMeta.run({ id, meta: json, updated_at: at });
    return { id, updatedAt: at };
  });

  return {
    create: write(() => {
      const row = inserted(sql.insertDraft.get({
        id: randomUUID(),
        headline: '',
        standfirst: '',
        byline: '',
        body: EMPTY_BODY,
        body_text: '',
        created_at: now(),
      }));
      return toDraft(row);
    }),

    get: guarded('read', (id: string) => toDraft(requireDraft(id))),

    // The body is parsed outside the transaction: it can be megabytes and needs no lock.
    save: (id, content) => saveContent(id, content, plainTextOf(content.body)),

    list: guarded('read', () => sql.listLive.all().map(toSummary)),

    search: guarded('read', (query: string) => {
      const match = toFtsQuery(query);
      if (match === null) return [];
      return sql.search.all({ match, start: MATCH_START, end: MATCH_END }).map(toSearchSummary);
    }),

    // Trashing twice keeps the first time, so Trash stays in the order things were thrown away.
    trash: write((id: string) => {
      const summary = requireSummary(id);
      if (summary.deletedAt === null) sql.setDeletedAt.run({ id, deleted_at: now() });
      return requireSummary(id);
    }),

    listTrash: guarded('read', () => sql.listTrashed.all().map(toSummary)),

    restore: write((id: string) => {
      requireExists(id);
      sql.setDeletedAt.run({ id, deleted_at: null });
      return requireSummary(id);
    }),

    // Revisions go by ON DELETE CASCADE and full-text rows by the delete trigger.
    emptyTrash: write(() => ({ deleted: sql.deleteTrashed.run().changes })),

    listRevisions: guarded('read', (id: string) => {
      requireExists(id);
      return sql.listRevisions.all(id).map(toRevisionSummary);
    }),

    saveVersion: write((id: string) => {
      const current = requireDraft(id);
      const words = wordsIn(current.headline, current.standfirst, current.body_text);
      return addRevision(id, 'manual', current, words, null, now());
    }),

    restoreRevision: (id, revisionId) => restoreRevisionContent(id, revisionId),

    saveMeta: (id, meta) => saveMetaOf(id, normalMeta(meta)),

    counts: guarded('read', () => {
      const row = sql.counts.get();
      return { live: row?.live ?? 0, trashed: row?.trashed ?? 0 };
    }),

    close: () => db.close(),
  };
}
