import { execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { openDatabase } from './database';
import { createDraftStore, openDraftStore } from './store';
import { appErrorOf, article, bodyOf, tempDir } from './testFixtures';

// Storage faults a reporter can meet: a full disk in the middle of a save, and the database held
// by another program. Each gives a readable error, loses nothing already saved, and the store
// carries on once the cause is gone.

const betterSqlite = createRequire(import.meta.url).resolve('better-sqlite3');

describe('a full disk during a save', () => {
  test('SQLITE_FULL: a clear error, the previous version intact, saving works once space is freed', () => {
    const file = path.join(tempDir(), 'drafts.sqlite');
    const db = openDatabase(file, undefined);
    const store = createDraftStore(db);
    try {
      const { id } = store.create();
      const first = article('Flood defences hold', 'The river peaked overnight.', 'Water reached the top step.');
      store.save(id, first);
      // The disk is "full": the file may not grow by a single page.
      db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
      const bigger = { ...first, body: bodyOf('The river peaked overnight. '.repeat(20_000)) };
      expect(appErrorOf(() => store.save(id, bigger))).toEqual({
        code: 'storage',
        message: 'The drafts database is full: free some disk space. Your last change was not saved.',
      });
      // The previous version is intact, for this connection and for a fresh one.
      expect(store.get(id).body).toBe(first.body);
      const reopened = openDraftStore({ file });
      expect(reopened.get(id).body).toBe(first.body);
      reopened.close();
      // Space freed: the same save goes through.
      db.pragma('max_page_count = 1073741823');
      store.save(id, bigger);
      expect(store.get(id).body).toBe(bigger.body);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      store.close();
    }
  });
});

/** A 3 MB tmpfs mounted for the test, where this process may mount one (root on Linux); else null. */
function smallDisk(): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const dir = path.join(tempDir(), 'disk');
  mkdirSync(dir);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  onTestFinished(() => {
    execFileSync('umount', [dir], { stdio: 'ignore' });
  });
  return dir;
}

/** Fills the file system holding `file` until it has no space left. */
function fillDisk(file: string): void {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(16 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

describe('a really full disk (tmpfs, where it can be mounted)', () => {
  test('ENOSPC during a save: a clear error, the previous version intact, saving works once space is freed', (context) => {
    const disk = smallDisk();
    if (disk === null) {
      context.skip('skipped: cannot mount a tmpfs here (needs root on Linux); the max_page_count test above covers SQLITE_FULL');
      return;
    }
    const file = path.join(disk, 'drafts.sqlite');
    const store = openDraftStore({ file });
    try {
      const { id } = store.create();
      const first = article('Flood defences hold', 'The river peaked overnight.', 'Water reached the top step.');
      store.save(id, first);
      fillDisk(path.join(disk, 'filler'));
      const bigger = { ...first, body: bodyOf('Sandbags were stacked along the quay. '.repeat(30_000)) };
      const error = appErrorOf(() => store.save(id, bigger));
      expect(error.code).toBe('storage');
      expect(error.message).toMatch(/^The drafts database is full: free some disk space\. Your last change was not saved\.$/);
      expect(store.get(id).body).toBe(first.body);
      rmSync(path.join(disk, 'filler'));
      const reopened = openDraftStore({ file });
      expect(reopened.get(id).body).toBe(first.body);
      reopened.close();
      store.save(id, bigger);
      expect(store.get(id).body).toBe(bigger.body);
    } finally {
      store.close();
    }
  });
});

/** A child process that opens `file`, takes BEGIN EXCLUSIVE, says "locked", and commits on any input. */
function lockHolder(file: string) {
  const script = `
    const Database = require(${JSON.stringify(betterSqlite)});
    const db = new Database(${JSON.stringify(file)});
    db.exec('BEGIN EXCLUSIVE');
    db.prepare("UPDATE drafts SET byline = byline").run();
    process.stdout.write('locked\\n');
    process.stdin.once('data', () => { db.exec('COMMIT'); db.close(); process.exit(0); });
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const locked = new Promise<void>((resolve, reject) => {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => chunk.includes('locked') && resolve());
    child.on('exit', (code) => reject(new Error(`lock holder exited (${code})`)));
  });
  const released = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    locked,
    release: async () => {
      child.stdin.write('go\n');
      await released;
    },
  };
}

describe('a database locked by another process', () => {
  test('a clear message after the busy timeout, nothing lost, and saving works once the lock is gone', async () => {
    const file = path.join(tempDir(), 'drafts.sqlite');
    const store = openDraftStore({ file });
    try {
      const { id } = store.create();
      const first = article('Tram line opens in June', '', 'The first tram leaves at six.');
      store.save(id, first);
      const holder = lockHolder(file);
      await holder.locked;
      const started = Date.now();
      const second = { ...first, standfirst: 'Eleven stops, one depot.' };
      expect(appErrorOf(() => store.save(id, second))).toEqual({
        code: 'storage',
        message: 'The drafts database is in use by another program (is Copydesk open twice?). Your last change was not saved.',
      });
      console.log(`locked database: save refused after ${Date.now() - started} ms`);
      // Reading still works (WAL lets readers past a writer) and shows the last saved version.
      expect(store.get(id).standfirst).toBe('');
      await holder.release();
      store.save(id, second);
      expect(store.get(id).standfirst).toBe('Eleven stops, one depot.');
    } finally {
      store.close();
    }
  }, 30_000);
});
