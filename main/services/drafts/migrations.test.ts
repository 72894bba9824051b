import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_META } from '../../../shared/article/meta';
import { DEFAULT_APPEALS } from '../appeals/defaults';
import { createAppealsLibrary } from '../appeals/library';
import { openDatabase } from './database';
import { LATEST_VERSION, migrations, userVersion } from './migrations';
import { createDraftStore, openDraftStore } from './store';
import { bodyOf, databaseAtVersion, fakeClock, tempDir } from './testFixtures';

const v1 = migrations.find((step) => step.version === 1);
const v2 = migrations.find((step) => step.version === 2);
const LIGHTHOUSE = '6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
const TRASHED = '7a2d3b45-6c7e-4f80-9bac-1d2e3f4a5b6c';

/** A database as Copydesk's second format left it: a draft with a revision, and one in Trash. */
function buildV2Database(file: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(v1?.sql ?? '');
  db.exec(v2?.sql ?? '');
  db.pragma('user_version = 2');
  const insert = db.prepare(
    `INSERT INTO drafts (id, headline, standfirst, byline, body, body_text, created_at, updated_at, deleted_at)
     VALUES (?, ?, '', 'Coast desk', ?, ?, 1000, 2000, ?)`,
  );
  insert.run(LIGHTHOUSE, 'Lighthouse keeper retires after forty years', bodyOf('He climbed the tower every night.'), 'He climbed the tower every night.', null);
  insert.run(TRASHED, 'Old harbour notice', bodyOf('Moved.'), 'Moved.', 3000);
  db.prepare(
    `INSERT INTO revisions (draft_id, kind, restored_from, headline, standfirst, byline, body, word_count, created_at)
     VALUES (?, 'manual', NULL, 'Lighthouse keeper retires', '', 'Coast desk', ?, 9, 1500)`,
  ).run(LIGHTHOUSE, bodyOf('He climbed the tower.'));
  db.close();
}

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
    expect(LATEST_VERSION).toBe(5);
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
        meta: DEFAULT_META,
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

  test('a version 2 database keeps its drafts, revisions and Trash, and gains metadata, assets and appeals', () => {
    const file = path.join(tempDir(), 'drafts.sqlite');
    buildV2Database(file);
    const clock = fakeClock();
    const store = openDraftStore({ file, now: clock.now });
    try {
      expect(store.get(LIGHTHOUSE)).toMatchObject({
        headline: 'Lighthouse keeper retires after forty years',
        createdAt: 1_000,
        updatedAt: 2_000,
        deletedAt: null,
        meta: DEFAULT_META,
      });
      expect(store.listRevisions(LIGHTHOUSE)).toMatchObject([{ kind: 'manual', headline: 'Lighthouse keeper retires', createdAt: 1_500 }]);
      expect(store.listTrash().map((draft) => draft.id)).toEqual([TRASHED]);
      expect(store.search('lighthouse').map((draft) => draft.id)).toEqual([LIGHTHOUSE]);
      expect(store.counts()).toEqual({ live: 1, trashed: 1 });

      // Metadata saves on the migrated draft, and the text is untouched by it.
      clock.advance(1_000);
      const meta = { ...DEFAULT_META, section: 'Coast', tags: ['lighthouses'], slug: 'lighthouse-keeper-retires' };
      expect(store.saveMeta(LIGHTHOUSE, meta)).toEqual({ id: LIGHTHOUSE, updatedAt: clock.now() });
      expect(store.get(LIGHTHOUSE)).toMatchObject({ meta, body: bodyOf('He climbed the tower every night.') });
      expect(store.listRevisions(LIGHTHOUSE)).toHaveLength(1);
    } finally {
      store.close();
    }
    const db = new Database(file);
    expect(userVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT id, version, kind FROM appeals ORDER BY id').all()).toEqual(
      DEFAULT_APPEALS.map(({ id, entry }) => ({ id, version: 1, kind: entry.kind })).sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(db.prepare('SELECT count(*) FROM assets').pluck().get()).toBe(0);
    expect(db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    db.close();
  });

  test('a version 3 database keeps its drafts, assets and appeals, and gains empty publishing tables', () => {
    const file = path.join(tempDir(), 'drafts.sqlite');
    databaseAtVersion(file, 3, { id: LIGHTHOUSE, headline: 'Lighthouse keeper retires', text: 'He climbed.' }).close();

    const store = openDraftStore({ file });
    try {
      expect(store.get(LIGHTHOUSE).headline).toBe('Lighthouse keeper retires');
    } finally {
      store.close();
    }
    const db = new Database(file);
    expect(userVersion(db)).toBe(LATEST_VERSION);
    for (const table of ['publish_jobs', 'remote_posts', 'remote_media']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
    expect(db.prepare('SELECT count(*) FROM appeals').pluck().get()).toBe(DEFAULT_APPEALS.length);
    // A job in a state the outbox does not know is refused by the database itself.
    expect(() =>
      db
        .prepare(
          `INSERT INTO publish_jobs (id, draft_id, account_id, client_guid, headline, options, snapshot, state, created_at, updated_at)
           VALUES ('j', ?, 'a', 'g', 'h', '{}', '{}', 'lost', 0, 0)`,
        )
        .run(LIGHTHOUSE),
    ).toThrow(/CHECK constraint/);
    expect(db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
    db.close();
  });

  test('the default appeals are seeded once, when the library is created, and never again', () => {
    const file = path.join(tempDir(), 'drafts.sqlite');
    const db = openDatabase(file, undefined);
    const library = createAppealsLibrary(db);
    expect(library.list().map((appeal) => appeal.id).sort()).toEqual(DEFAULT_APPEALS.map((appeal) => appeal.id).sort());
    // The newsroom edits one entry and removes another behind the library's back.
    const donation = library.history('donation')[0]!;
    if (donation.kind !== 'donation') throw new Error('the donation appeal is not a donation appeal');
    library.save('donation', 'Our donations appeal', { kind: 'donation', variants: donation.variants });
    db.prepare("DELETE FROM appeals WHERE id = 'support-banner'").run();
    createDraftStore(db).close();

    const reopened = openDatabase(file, undefined);
    try {
      const again = createAppealsLibrary(reopened);
      expect(again.history('donation').map((appeal) => [appeal.version, appeal.name])).toEqual([
        [2, 'Our donations appeal'],
        [1, 'Reader donations'],
      ]);
      expect(again.list().map((appeal) => appeal.id)).not.toContain('support-banner');
    } finally {
      reopened.close();
    }
  });
});
