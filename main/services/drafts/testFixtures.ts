import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import type { DraftContent } from '../../../shared/article/draft';
import { AppError, type ErrorCode } from '../../../shared/ipc/result';
import { migrations } from './migrations';
import { openDraftStore, type DraftStoreOptions } from './store';
import type { DraftStore } from './store-api';

/** A Lexical body with one paragraph per string. */
export const bodyOf = (...paragraphs: string[]): string =>
  JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      children: paragraphs.map((text) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] })),
    },
  });

export const article = (headline: string, standfirst: string, ...paragraphs: string[]): DraftContent => ({
  headline,
  standfirst,
  byline: 'Staff reporter',
  body: bodyOf(...paragraphs),
});

/** A clock that only moves when told to. */
export function fakeClock(start = Date.UTC(2025, 2, 3, 9, 0)) {
  let time = start;
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

/** A fresh directory removed when the current test finishes. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-drafts-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A drafts database on `file` as Copydesk's format `version` left it (every step up to it run and
 * seeded), holding one draft written at 1000 and saved at 2000; open, for more rows of that age.
 */
export function databaseAtVersion(file: string, version: number, draft: { id: string; headline: string; text: string }): Database.Database {
  const db = new Database(file);
  for (const step of migrations.filter((s) => s.version <= version)) {
    db.exec(step.sql);
    step.seed?.(db, 1_000);
  }
  db.pragma(`user_version = ${version}`);
  db.prepare(
    `INSERT INTO drafts (id, headline, standfirst, byline, body, body_text, created_at, updated_at)
     VALUES (?, ?, '', '', ?, ?, 1000, 2000)`,
  ).run(draft.id, draft.headline, bodyOf(draft.text), draft.text);
  return db;
}

export interface TestStore {
  store: DraftStore;
  file: string;
  clock: ReturnType<typeof fakeClock>;
  /** A second connection to the same file, for looking behind the store's back. */
  raw(): Database.Database;
}

/** A store on a temporary file with a fake clock; everything is closed when the test finishes. */
export function openTestStore(options: Partial<DraftStoreOptions> = {}): TestStore {
  const file = path.join(tempDir(), 'drafts.sqlite');
  const clock = fakeClock();
  const store = openDraftStore({ file, now: clock.now, ...options });
  const connections: Database.Database[] = [];
  // Registered after tempDir's cleanup, so it runs first: connections close before files go.
  onTestFinished(() => {
    for (const connection of connections) connection.close();
    store.close();
  });
  return {
    store,
    file,
    clock,
    raw() {
      const connection = new Database(file);
      connections.push(connection);
      return connection;
    },
  };
}

/** Runs `fn` and returns the AppError it threw, failing when it threw nothing or something else. */
export function appErrorOf(fn: () => unknown): { code: ErrorCode; message: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected an AppError, nothing was thrown');
}

// Invented news copy for the tests, in English and Russian.
export const ferry = article(
  'Ferry to the islands cancelled for a third day',
  'Gales in the strait keep the morning crossing in port.',
  'The harbour master said the swell outside the breakwater was above four metres on Tuesday.',
  'Islanders who commute to the mainland have been offered seats on a chartered flight.',
);
export const council = article(
  'Council approves budget for library repairs',
  '',
  'Councillors voted nine to two on Monday evening to fund a new roof for the central library.',
  'The ferry terminal car park will also be resurfaced from the same fund.',
);
export const parom = article(
  'Паром на острова не ходит третий день',
  'Шторм в проливе держит утренний рейс у причала.',
  'Капитан порта сообщил, что волнение за молом превышает четыре метра.',
  'Жителям островов предложили места на дополнительном авиарейсе.',
);
