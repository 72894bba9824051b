import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUSY_TIMEOUT_MS, openDatabase } from './database';
import { LATEST_VERSION } from './migrations';
import { openDraftStore } from './store';
import { appErrorOf, tempDir } from './testFixtures';

describe('openDatabase', () => {
  test('sets up the connection for durable commits', () => {
    const db = openDatabase(path.join(tempDir(), 'drafts.sqlite'), undefined);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(BUSY_TIMEOUT_MS);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    } finally {
      db.close();
    }
  });

  test('refuses a database from a newer Copydesk and leaves it untouched', () => {
    const file = path.join(tempDir(), 'drafts.sqlite');
    const newer = new Database(file);
    newer.exec('CREATE TABLE future_things (x)');
    newer.pragma(`user_version = ${LATEST_VERSION + 5}`);
    newer.close();
    const before = readFileSync(file);

    expect(appErrorOf(() => openDraftStore({ file }))).toEqual({
      code: 'storage',
      message: `The drafts database was written by a newer version of Copydesk (format ${LATEST_VERSION + 5}; this version reads up to ${LATEST_VERSION}). Update Copydesk to open it.`,
    });
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test('a file that is not a database is a readable storage error', () => {
    const file = path.join(tempDir(), 'drafts.sqlite');
    writeFileSync(file, 'These are notes, not a database. '.repeat(100));
    expect(appErrorOf(() => openDraftStore({ file }))).toEqual({
      code: 'storage',
      message: 'The drafts file is damaged or is not a Copydesk database. Copydesk cannot open your drafts.',
    });
  });
});
