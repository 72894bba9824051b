import type Database from 'better-sqlite3';

export interface Migration {
  /** The `PRAGMA user_version` the database has once this step is applied. */
  version: number;
  sql: string;
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
];

export const LATEST_VERSION = migrations.at(-1)?.version ?? 0;

export const userVersion = (db: Database.Database): number => db.pragma('user_version', { simple: true }) as number;

/** Brings the database up to LATEST_VERSION, one transaction per step. */
export function migrate(db: Database.Database): void {
  for (const step of migrations) {
    // IMMEDIATE takes the write lock before the version is read, so two processes opening the
    // same new file cannot both apply a step.
    db.transaction(() => {
      if (userVersion(db) >= step.version) return;
      db.exec(step.sql);
      db.pragma(`user_version = ${step.version}`);
    }).immediate();
  }
}
