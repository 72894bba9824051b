import type Database from 'better-sqlite3';
import { IMAGE_TYPES } from '../../../shared/blocks/figure/schema';
import { DEFAULT_APPEALS } from '../appeals/defaults';

export interface Migration {
  /** The `PRAGMA user_version` the database has once this step is applied. */
  version: number;
  sql: string;
  /** Rows the step adds after its SQL, in the same transaction (seed data for new tables). */
  seed?: (db: Database.Database, now: number) => void;
}

const sqlList = (values: readonly string[]): string => values.map((value) => `'${value}'`).join(', ');

// Spelled out rather than read from the enum: a shipped step must not change when the enum does.
const WORKFLOW_STATES = ['draft', 'submitted', 'in_edit', 'approved', 'scheduled', 'published', 'corrected', 'withdrawn', 'spiked'];

/** The appeals library's first contents; later releases never re-seed, so a newsroom's edits stay. */
function seedAppeals(db: Database.Database, now: number): void {
  const insert = db.prepare(
    'INSERT INTO appeals (id, version, name, kind, variants, updated_at) VALUES (?, 1, ?, ?, ?, ?)',
  );
  for (const { id, name, entry } of DEFAULT_APPEALS) {
    insert.run(id, name, entry.kind, JSON.stringify(entry.variants), now);
  }
}

/**
 * The drafts database's format, one step per release that changed it. Steps are only ever
 * appended: a shipped step is never edited, because reporters' databases have already run it.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    // `doc` is the rowid the full-text index points at. It is declared as INTEGER PRIMARY KEY so
    // that it is stable: a plain rowid may be renumbered by VACUUM, which would detach the index.
    sql: `
      CREATE TABLE drafts (
        doc INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        headline TEXT NOT NULL,
        standfirst TEXT NOT NULL,
        byline TEXT NOT NULL,
        body TEXT NOT NULL,
        body_text TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX drafts_by_updated ON drafts (updated_at);

      CREATE VIRTUAL TABLE drafts_fts USING fts5 (
        headline, standfirst, body_text,
        content = 'drafts', content_rowid = 'doc',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER drafts_fts_insert AFTER INSERT ON drafts BEGIN
        INSERT INTO drafts_fts (rowid, headline, standfirst, body_text)
          VALUES (new.doc, new.headline, new.standfirst, new.body_text);
      END;
      CREATE TRIGGER drafts_fts_delete AFTER DELETE ON drafts BEGIN
        INSERT INTO drafts_fts (drafts_fts, rowid, headline, standfirst, body_text)
          VALUES ('delete', old.doc, old.headline, old.standfirst, old.body_text);
      END;
      CREATE TRIGGER drafts_fts_update AFTER UPDATE OF headline, standfirst, body_text ON drafts BEGIN
        INSERT INTO drafts_fts (drafts_fts, rowid, headline, standfirst, body_text)
          VALUES ('delete', old.doc, old.headline, old.standfirst, old.body_text);
        INSERT INTO drafts_fts (rowid, headline, standfirst, body_text)
          VALUES (new.doc, new.headline, new.standfirst, new.body_text);
      END;
    `,
  },
  {
    version: 2,
    // Trashed drafts stay in the full-text index (restoring them costs nothing); searches filter
    // on deleted_at instead.
    sql: `
      ALTER TABLE drafts ADD COLUMN deleted_at INTEGER;
      CREATE INDEX drafts_by_deleted ON drafts (deleted_at);

      CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('auto', 'manual', 'restore')),
        restored_from INTEGER,
        headline TEXT NOT NULL,
        standfirst TEXT NOT NULL,
        byline TEXT NOT NULL,
        body TEXT NOT NULL,
        word_count INTEGER NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX revisions_by_draft ON revisions (draft_id, id);
    `,
  },
  {
    version: 3,
    // Article blocks. `meta` is the article's metadata as JSON; NULL means the defaults (drafts
    // from before this step). Images are stored as files named by their SHA-256 (see
    // services/assets); `assets` describes each once, `draft_assets` says which drafts use it.
    // Appeals are versioned: a save appends a row, and articles pin (id, version).
    sql: `
      ALTER TABLE drafts ADD COLUMN meta TEXT;

      CREATE TABLE assets (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        mime TEXT NOT NULL CHECK (mime IN (${sqlList(IMAGE_TYPES)})),
        width INTEGER NOT NULL CHECK (width > 0),
        height INTEGER NOT NULL CHECK (height > 0),
        bytes INTEGER NOT NULL CHECK (bytes > 0),
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE draft_assets (
        draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        sha256 TEXT NOT NULL REFERENCES assets (sha256),
        added_at INTEGER NOT NULL,
        PRIMARY KEY (draft_id, sha256)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX draft_assets_by_asset ON draft_assets (sha256);

      CREATE TABLE appeals (
        id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version > 0),
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('donation', 'newsletter', 'banner')),
        variants TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (id, version)
      ) STRICT;

      CREATE TABLE profile (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `,
    seed: seedAppeals,
  },
  {
    version: 4,
    // Publishing (services/publishing). A job is a durable publish request with a frozen copy of
    // what it publishes, so it can resume after a crash. `remote_posts` is the one post a draft
    // has per account: its client GUID is the marker that finds a create whose answer was lost,
    // and `create_sent` says whether such a create may have happened. `remote_media` remembers
    // what each site already holds, so an image is uploaded once per site. No foreign keys to
    // drafts: a job keeps its snapshot, and what exists on a site outlives the local draft.
    sql: `
      CREATE TABLE publish_jobs (
        id TEXT PRIMARY KEY,
        draft_id TEXT NOT NULL,
        account_id TEXT NOT NULL,
        client_guid TEXT NOT NULL,
        headline TEXT NOT NULL,
        options TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        state TEXT NOT NULL
          CHECK (state IN ('queued', 'running', 'retrying', 'needs_attention', 'conflict', 'done', 'cancelled')),
        steps_done TEXT NOT NULL DEFAULT '[]',
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at INTEGER,
        last_error TEXT,
        conflict TEXT,
        overwrite INTEGER NOT NULL DEFAULT 0 CHECK (overwrite IN (0, 1)),
        url TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX publish_jobs_by_state ON publish_jobs (state, next_attempt_at);
      CREATE INDEX publish_jobs_by_draft ON publish_jobs (draft_id, created_at);

      CREATE TABLE remote_posts (
        draft_id TEXT NOT NULL,
        account_id TEXT NOT NULL,
        site TEXT NOT NULL,
        client_guid TEXT NOT NULL UNIQUE,
        remote_id TEXT,
        create_sent INTEGER NOT NULL DEFAULT 0 CHECK (create_sent IN (0, 1)),
        url TEXT,
        remote_modified TEXT,
        pushed_title TEXT,
        pushed_hash TEXT,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (draft_id, account_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE remote_media (
        site TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        remote_id TEXT NOT NULL,
        url TEXT NOT NULL,
        alt TEXT NOT NULL,
        caption TEXT NOT NULL,
        attached INTEGER NOT NULL DEFAULT 0 CHECK (attached IN (0, 1)),
        created_at INTEGER NOT NULL,
        PRIMARY KEY (site, sha256)
      ) STRICT, WITHOUT ROWID;
    `,
  },
  {
    version: 5,
    // The newsroom workflow (services/workflow). `reviews` holds an article's review state (none:
    // a draft never reviewed) and the account whose post it is linked to; the post itself is the
    // outbox's `remote_posts` row, so publishing updates the same post. `synced_hash` is the
    // article as last pushed or pulled, to tell unsent local edits from the site's. The audit log
    // has its own table that refuses UPDATE and DELETE, and no foreign key: it outlives the draft
    // (emptying the Trash removes the review and its snapshots, never its history).
    sql: `
      CREATE TABLE reviews (
        draft_id TEXT PRIMARY KEY REFERENCES drafts (id) ON DELETE CASCADE,
        state TEXT NOT NULL CHECK (state IN (${sqlList(WORKFLOW_STATES)})),
        previous_state TEXT CHECK (previous_state IN (${sqlList(WORKFLOW_STATES)})),
        correction_number INTEGER NOT NULL DEFAULT 0 CHECK (correction_number >= 0),
        approval TEXT,
        comments TEXT NOT NULL DEFAULT '[]',
        author TEXT,
        account_id TEXT,
        synced_hash TEXT,
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE review_audit (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL,
        draft_id TEXT NOT NULL,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        from_state TEXT NOT NULL,
        to_state TEXT NOT NULL,
        note TEXT NOT NULL,
        override INTEGER NOT NULL CHECK (override IN (0, 1)),
        correction_number INTEGER,
        UNIQUE (draft_id, id)
      ) STRICT;
      CREATE INDEX review_audit_by_draft ON review_audit (draft_id, seq);
      CREATE TRIGGER review_audit_no_update BEFORE UPDATE ON review_audit BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
      END;
      CREATE TRIGGER review_audit_no_delete BEFORE DELETE ON review_audit BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
      END;

      CREATE TABLE review_snapshots (
        draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        since TEXT NOT NULL CHECK (since IN ('submitted', 'approved')),
        at INTEGER NOT NULL,
        headline TEXT NOT NULL,
        standfirst TEXT NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (draft_id, since)
      ) STRICT, WITHOUT ROWID;
    `,
  },
];

export const LATEST_VERSION = migrations.at(-1)?.version ?? 0;

export const userVersion = (db: Database.Database): number => db.pragma('user_version', { simple: true }) as number;

/** Brings the database up to LATEST_VERSION, one transaction per step. */
export function migrate(db: Database.Database, now: () => number = Date.now): void {
  for (const step of migrations) {
    // IMMEDIATE takes the write lock before the version is read, so two processes opening the
    // same new file cannot both apply a step.
    db.transaction(() => {
      if (userVersion(db) >= step.version) return;
      db.exec(step.sql);
      step.seed?.(db, now());
      db.pragma(`user_version = ${step.version}`);
    }).immediate();
  }
}
