import type Database from 'better-sqlite3';
import type { RevisionKind } from '../../../shared/article/draft';
import { BLANK_CHARS } from './highlightedText';

export interface DraftRow {
  id: string;
  headline: string;
  standfirst: string;
  byline: string;
  body: string;
  body_text: string;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
  /** ArticleMeta as JSON; NULL for drafts that never had metadata saved. */
  meta: string | null;
}

/** What a list row needs: never the whole body, which may be megabytes. */
export interface SummaryRow {
  id: string;
  headline: string;
  standfirst: string;
  body_start: string;
  updated_at: number;
  deleted_at: number | null;
}

export interface SearchRow extends SummaryRow {
  headline_marked: string;
  standfirst_marked: string;
  body_marked: string;
}

export interface RevisionContentRow {
  headline: string;
  standfirst: string;
  byline: string;
  body: string;
}

export interface RevisionRow extends RevisionContentRow {
  id: number;
  draft_id: string;
  kind: RevisionKind;
  restored_from: number | null;
  word_count: number;
  created_at: number;
}

export type RevisionSummaryRow = Omit<RevisionRow, 'standfirst' | 'byline' | 'body'>;

interface ContentParams {
  id: string;
  headline: string;
  standfirst: string;
  byline: string;
  body: string;
  body_text: string;
}

interface RevisionParams extends RevisionContentRow {
  draft_id: string;
  kind: RevisionKind;
  restored_from: number | null;
  word_count: number;
  created_at: number;
}

/** Matches are ranked with the headline weighing most, then the standfirst, then the body. */
const BM25_WEIGHTS = '10.0, 4.0, 1.0';
/** snippet() length in tokens: about the SNIPPET_CHARS of a list row. */
const SNIPPET_TOKENS = 24;
/** Ranked results a person can look through; the rest are better found by typing more. */
export const SEARCH_LIMIT = 200;

// 400 characters of body leave room for SNIPPET_CHARS once line breaks and runs of spaces collapse.
// Only read when the standfirst is blank (the list shows the standfirst otherwise): body_text sits
// after the body in each row, and reaching it walks the body's overflow pages.
const BODY_START = `CASE WHEN trim(d.standfirst, '${BLANK_CHARS}') = '' THEN substr(d.body_text, 1, 400) ELSE '' END AS body_start`;
const SUMMARY_COLUMNS = `d.id, d.headline, d.standfirst, ${BODY_START}, d.updated_at, d.deleted_at`;
/** Live drafts found through the index of trashed ones: deleted_at, too, sits after the body. */
const LIVE = 'NOT IN (SELECT doc FROM drafts INDEXED BY drafts_by_deleted WHERE deleted_at IS NOT NULL)';
const REVISION_SUMMARY_COLUMNS = 'id, draft_id, kind, restored_from, headline, word_count, created_at';

/** Every statement the store runs, prepared once when it opens. */
export function prepareStatements(db: Database.Database) {
  return {
    insertDraft: db.prepare<[ContentParams & { created_at: number }], DraftRow>(
      `INSERT INTO drafts (id, headline, standfirst, byline, body, body_text, created_at, updated_at)
       VALUES (@id, @headline, @standfirst, @byline, @body, @body_text, @created_at, @created_at)
       RETURNING *`,
    ),
    draft: db.prepare<[string], DraftRow>('SELECT * FROM drafts WHERE id = ?'),
    draftExists: db.prepare<[string], { id: string }>('SELECT id FROM drafts WHERE id = ?'),
    updateContent: db.prepare<[ContentParams & { updated_at: number }]>(
      `UPDATE drafts
       SET headline = @headline, standfirst = @standfirst, byline = @byline, body = @body,
           body_text = @body_text, updated_at = @updated_at
       WHERE id = @id`,
    ),
    setDeletedAt: db.prepare<[{ id: string; deleted_at: number | null }]>(
      'UPDATE drafts SET deleted_at = @deleted_at WHERE id = @id',
    ),
    summary: db.prepare<[string], SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM drafts AS d WHERE d.id = ?`),
    // In the order of the updated_at index, which also gives updated_at without reading the row's end.
    listLive: db.prepare<[], SummaryRow>(
      `SELECT d.id, d.headline, d.standfirst, ${BODY_START}, d.updated_at, NULL AS deleted_at
       FROM drafts AS d INDEXED BY drafts_by_updated
       WHERE d.doc ${LIVE}
       ORDER BY d.updated_at DESC, d.doc DESC`,
    ),
    listTrashed: db.prepare<[], SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM drafts AS d WHERE d.deleted_at IS NOT NULL ORDER BY d.deleted_at DESC, d.doc DESC`,
    ),
    deleteTrashed: db.prepare<[]>('DELETE FROM drafts WHERE deleted_at IS NOT NULL'),
    // Ranked from the full-text index alone first. Only the best SEARCH_LIMIT matches, and any tied
    // with the last of them, can be shown, so only those rows are read (for the newest-first tie
    // break, the columns and the snippets): reading every match's row was most of the time.
    search: db.prepare<[{ match: string; start: string; end: string }], SearchRow>(
      `WITH matched AS MATERIALIZED (
         SELECT rowid AS doc, bm25(drafts_fts, ${BM25_WEIGHTS}) AS score FROM drafts_fts
         WHERE drafts_fts MATCH @match AND rowid ${LIVE}
       ),
       kept AS (
         SELECT doc, score FROM matched
         WHERE score <= (SELECT max(score) FROM (SELECT score FROM matched ORDER BY score LIMIT ${SEARCH_LIMIT}))
       )
       SELECT d.id, d.headline, d.standfirst, ${BODY_START}, d.updated_at, NULL AS deleted_at,
              highlight(drafts_fts, 0, @start, @end) AS headline_marked,
              snippet(drafts_fts, 1, @start, @end, '…', ${SNIPPET_TOKENS}) AS standfirst_marked,
              snippet(drafts_fts, 2, @start, @end, '…', ${SNIPPET_TOKENS}) AS body_marked
       FROM kept JOIN drafts_fts ON drafts_fts.rowid = kept.doc JOIN drafts AS d ON d.doc = kept.doc
       WHERE drafts_fts MATCH @match
       ORDER BY kept.score, d.updated_at DESC
       LIMIT ${SEARCH_LIMIT}`,
    ),
    insertRevision: db.prepare<[RevisionParams], RevisionSummaryRow>(
      `INSERT INTO revisions (draft_id, kind, restored_from, headline, standfirst, byline, body, word_count, created_at)
       VALUES (@draft_id, @kind, @restored_from, @headline, @standfirst, @byline, @body, @word_count, @created_at)
       RETURNING ${REVISION_SUMMARY_COLUMNS}`,
    ),
    revision: db.prepare<[{ id: number; draft_id: string }], RevisionRow>(
      'SELECT * FROM revisions WHERE id = @id AND draft_id = @draft_id',
    ),
    newestRevision: db.prepare<[string], RevisionContentRow & { created_at: number }>(
      `SELECT headline, standfirst, byline, body, created_at FROM revisions
       WHERE draft_id = ? ORDER BY id DESC LIMIT 1`,
    ),
    newestRevisionTime: db.prepare<[string], { created_at: number }>(
      'SELECT created_at FROM revisions WHERE draft_id = ? ORDER BY id DESC LIMIT 1',
    ),
    listRevisions: db.prepare<[string], RevisionSummaryRow>(
      `SELECT ${REVISION_SUMMARY_COLUMNS} FROM revisions WHERE draft_id = ? ORDER BY id DESC`,
    ),
    updateMeta: db.prepare<[{ id: string; meta: string; updated_at: number }]>(
      'UPDATE drafts SET meta = @meta, updated_at = @updated_at WHERE id = @id',
    ),
    draftHasAsset: db.prepare<[{ draft_id: string; sha256: string }], { sha256: string }>(
      'SELECT sha256 FROM draft_assets WHERE draft_id = @draft_id AND sha256 = @sha256',
    ),
    assetExists: db.prepare<[string], { sha256: string }>('SELECT sha256 FROM assets WHERE sha256 = ?'),
    linkAsset: db.prepare<[{ draft_id: string; sha256: string; added_at: number }]>(
      `INSERT INTO draft_assets (draft_id, sha256, added_at) VALUES (@draft_id, @sha256, @added_at)
       ON CONFLICT (draft_id, sha256) DO NOTHING`,
    ),
    counts: db.prepare<[], { live: number; trashed: number }>(
      `SELECT count(*) FILTER (WHERE deleted_at IS NULL) AS live,
              count(*) FILTER (WHERE deleted_at IS NOT NULL) AS trashed
       FROM drafts`,
    ),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
