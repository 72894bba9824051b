import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LATEST_VERSION, migrations, userVersion } from './migrations';
import { openDraftStore } from './store';
import { bodyOf, fakeClock, tempDir } from './testFixtures';

const v1 = migrations.find((step) => step.version === 1);

/** A database as Copydesk's first format left it, holding one draft. */
function buildV1Database(file: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(v1?.sql ?? '');
  db.pragma('user_version = 1');
  db.prepare(
    `INSERT INTO drafts (id, headline, standfirst, byline, body, body_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    '6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
    'Lighthouse keeper retires after forty years',
    'The last keeper on the headland hands over to an automatic lamp.',
    'Coast desk',
    bodyOf('He climbed the tower every night.'),
    'He climbed the tower every night.',
    1_000,
    2_000,
  );
  db.close();
}

describe('migrations', () => {
  test('are numbered 1, 2, … in order', () => {
    expect(migrations.map((step) => step.version)).toEqual(migrations.map((_, index) => index + 1));
    expect(LATEST_VERSION).toBe(2);
  });

  test('a version 1 database keeps its drafts and gains revisions and Trash', () => {
    const file = path.join(tempDir(), 'drafts.sqlite');
    buildV1Database(file);
    const clock = fakeClock();
    const store = openDraftStore({ file, now: clock.now });
    try {
      const id = '6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
      expect(store.get(id)).toEqual({
        id,
        headline: 'Lighthouse keeper retires after forty years',
        standfirst: 'The last keeper on the headland hands over to an automatic lamp.',
        byline: 'Coast desk',
        body: bodyOf('He climbed the tower every night.'),
        createdAt: 1_000,
        updatedAt: 2_000,
        deletedAt: null,
      });
      expect(store.search('lighthouse').map((s) => s.id)).toEqual([id]);

      expect(store.saveVersion(id)).toMatchObject({ draftId: id, kind: 'manual', wordCount: 6 + 12 + 6 });
      store.trash(id);
      expect(store.listTrash().map((s) => s.id)).toEqual([id]);
      expect(store.search('lighthouse')).toEqual([]);
      expect(store.emptyTrash()).toEqual({ deleted: 1 });
    } finally {
      store.close();
    }
    const db = new Database(file);
    expect(userVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT count(*) FROM revisions').pluck().get()).toBe(0);
    db.close();
  });

  test('opening twice applies nothing twice', () => {
    const file = path.join(tempDir(), 'drafts.sqlite');
    openDraftStore({ file }).close();
    const store = openDraftStore({ file });
    expect(store.list()).toEqual([]);
    store.close();
  });
});
