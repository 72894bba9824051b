import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readFileSync, readdirSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { DraftContent } from '../../../shared/article/draft';
import { openAppServices } from '../app-services';
import { checkDatabase, openCheckedDatabase } from './recovery';
import { createDraftStore, openDraftStore } from './store';
import { article, tempDir } from './testFixtures';

// A corrupted drafts file is found at start, kept aside untouched, and whatever still reads
// cleanly is carried into a fresh database, with a report for the reporter.

const DRAFTS = 300;
const contentOf = (n: number): DraftContent =>
  article(`Story number ${n}`, `Standfirst ${n}`, `Paragraph of story ${n}. `.repeat(60), `Second paragraph ${n}.`);

/** A closed drafts database holding DRAFTS drafts (each with one revision), ids by story number. */
function populated(): { file: string; ids: Map<string, number> } {
  const file = path.join(tempDir(), 'drafts.sqlite');
  const store = openDraftStore({ file });
  const ids = new Map<string, number>();
  for (let n = 0; n < DRAFTS; n += 1) {
    const { id } = store.create();
    store.save(id, contentOf(n));
    ids.set(id, n);
  }
  store.close();
  expect(existsSync(`${file}-wal`)).toBe(false);
  return { file, ids };
}

/** Pages of the drafts table's leaves, in page order. */
function draftLeafPages(file: string): number[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT pageno FROM dbstat WHERE name = 'drafts' AND pagetype = 'leaf' ORDER BY pageno").pluck().all() as number[];
  } finally {
    db.close();
  }
}

function writeGarbage(file: string, pageNo: number, pageSize = 4096): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (pageNo - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

const corruptFilesIn = (dir: string): string[] => readdirSync(dir).filter((name) => name.startsWith('drafts.corrupt-'));

/** Opens the profile as the app does, then checks that every recovered draft is exactly what was saved. */
function recoverAndVerify(file: string, ids: Map<string, number>) {
  const started = performance.now();
  const { db, recovery } = openCheckedDatabase(file, undefined, { now: () => Date.UTC(2026, 10, 28, 6, 40) });
  const ms = performance.now() - started;
  const store = createDraftStore(db);
  try {
    expect(recovery).not.toBeNull();
    const drafts = store.list();
    expect(drafts.length).toBe(recovery!.recovered.drafts);
    for (const summary of drafts) {
      const n = ids.get(summary.id);
      expect(n).toBeDefined();
      const { headline, standfirst, byline, body } = store.get(summary.id);
      expect({ headline, standfirst, byline, body }).toEqual(contentOf(n!));
    }
    // The fresh database is healthy and works: search finds recovered text, saves are accepted.
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.exec("INSERT INTO drafts_fts (drafts_fts, rank) VALUES ('integrity-check', 1)");
    if (drafts.length > 0) expect(store.search('story').length).toBeGreaterThan(0);
    const fresh = store.create();
    store.save(fresh.id, contentOf(9999));
    expect(store.get(fresh.id).headline).toBe('Story number 9999');
    return { recovery: recovery!, recovered: drafts.length, ms };
  } finally {
    store.close();
  }
}

describe('checkDatabase and openCheckedDatabase', () => {
  test('a healthy database opens as it is, with no report', () => {
    const { file } = populated();
    expect(checkDatabase(file)).toEqual({ ok: true });
    const { db, recovery } = openCheckedDatabase(file, undefined);
    db.close();
    expect(recovery).toBeNull();
    expect(corruptFilesIn(path.dirname(file))).toEqual([]);
  });

  test('a missing file is a new profile, not damage', () => {
    const file = path.join(tempDir(), 'drafts.sqlite');
    const { db, recovery } = openCheckedDatabase(file, undefined);
    db.close();
    expect(recovery).toBeNull();
  });

  test('a file that is not a database is kept aside and a fresh database is started', () => {
    const file = path.join(tempDir(), 'drafts.sqlite');
    const junk = 'These are my notes, not a database.\n'.repeat(500);
    writeFileSync(file, junk);
    expect(checkDatabase(file)).toMatchObject({ ok: false });
    const { recovery, recovered } = recoverAndVerify(file, new Map());
    expect(recovered).toBe(0);
    expect(recovery.movedTo).toBe(path.join(path.dirname(file), 'drafts.corrupt-2026-11-28T06-40-00-000Z.sqlite'));
    expect(readFileSync(recovery.movedTo, 'utf8')).toBe(junk);
    expect(recovery.message).toBe(
      `The drafts database was damaged. Nothing in it could be read, so Copydesk started a new, empty one. The damaged file was kept at ${recovery.movedTo}.`,
    );
  });

  test('a truncated file: the drafts before the cut are recovered, the file kept as found', () => {
    const { file, ids } = populated();
    const size = statSync(file).size;
    truncateSync(file, Math.floor(size / 4096 / 2) * 4096);
    const damaged = readFileSync(file);
    expect(checkDatabase(file)).toMatchObject({ ok: false });
    const { recovery, recovered, ms } = recoverAndVerify(file, ids);
    expect(readFileSync(recovery.movedTo).equals(damaged)).toBe(true);
    expect(recovered).toBeGreaterThan(0);
    expect(recovered).toBeLessThan(DRAFTS);
    expect(recovery.message).toMatch(new RegExp(`^The drafts database was damaged\\. Copydesk recovered ${recovered} drafts and \\d+ saved versions into a new database\\. Some text may be missing\\.`));
    console.log(`truncated: ${recovered}/${DRAFTS} drafts, ${recovery.recovered.revisions} revisions recovered in ${ms.toFixed(0)} ms (${recovery.reason})`);
  });

  test('garbage in a page of the drafts table: every other draft and revision is recovered', () => {
    const { file, ids } = populated();
    const leaves = draftLeafPages(file);
    expect(leaves.length).toBeGreaterThan(10);
    writeGarbage(file, leaves[Math.floor(leaves.length / 2)]!);
    expect(checkDatabase(file)).toMatchObject({ ok: false });
    const { recovery, recovered, ms } = recoverAndVerify(file, ids);
    // One leaf holds only a few drafts; the rest are read past it.
    expect(recovered).toBeLessThan(DRAFTS);
    expect(recovered).toBeGreaterThanOrEqual(DRAFTS - 10);
    expect(recovery.damagedAreas).toBeGreaterThan(0);
    // Revisions of the lost drafts have nothing to belong to; everyone else's are all there.
    expect(recovery.recovered.revisions).toBe(recovered);
    expect(corruptFilesIn(path.dirname(file))).toHaveLength(1);
    console.log(`garbage page: ${recovered}/${DRAFTS} drafts recovered in ${ms.toFixed(0)} ms (${recovery.reason})`);
  });
});

describe('the app on a damaged profile', () => {
  test('opens with the recovery report on AppServices and in the log, and works', async () => {
    const { file, ids } = populated();
    const leaves = draftLeafPages(file);
    writeGarbage(file, leaves[Math.floor(leaves.length / 2)]!);
    const warnings: { message: string; details?: Record<string, unknown> }[] = [];
    const services = openAppServices({
      profileDir: path.dirname(file),
      appOrigin: 'app://copydesk',
      log: { warn: (message, details) => warnings.push({ message, details }), error() {} },
    });
    try {
      expect(services.recovery).not.toBeNull();
      expect(services.recovery!.recovered.drafts).toBeGreaterThanOrEqual(ids.size - 10);
      expect(services.recovery!.message).toMatch(/^The drafts database was damaged\. Copydesk recovered \d+ drafts/);
      expect(warnings).toEqual([{ message: 'drafts database recovered', details: expect.objectContaining({ movedTo: services.recovery!.movedTo }) }]);
      const reply = await services.dispatch('listDrafts', {}, { url: 'app://copydesk/index.html', isMainFrame: true });
      expect(reply).toMatchObject({ ok: true });
      // The window asks for the notice over IPC and gets the report's figures and sentence.
      const { at, recovered, movedTo, message } = services.recovery!;
      expect(await services.dispatch('recoveryNotice', {}, { url: 'app://copydesk/index.html', isMainFrame: true })).toEqual({
        ok: true,
        value: { at, recovered: { drafts: recovered.drafts, revisions: recovered.revisions }, keptAt: movedTo, message },
      });
    } finally {
      services.close();
    }
    // The next start finds a healthy database: nothing to tell.
    const again = openAppServices({ profileDir: path.dirname(file), appOrigin: 'app://copydesk', log: { warn() {}, error() {} } });
    try {
      expect(again.recovery).toBeNull();
      expect(await again.dispatch('recoveryNotice', {}, { url: 'app://copydesk/index.html', isMainFrame: true })).toEqual({ ok: true, value: null });
    } finally {
      again.close();
    }
  });
});
