import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { AppError } from '../../../shared/ipc/result';
import { toAppError } from './storageErrors';
import { tempDir } from './testFixtures';

/** The error SQLite really throws for `fn`, rather than a hand-made imitation. */
function sqliteErrorFrom(fn: () => void): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected SQLite to fail');
}

describe('toAppError', () => {
  test('a full disk tells the reporter what to do and what was lost', () => {
    const db = new Database(path.join(tempDir(), 'full.sqlite'));
    db.exec('CREATE TABLE t (x TEXT)');
    db.pragma('max_page_count = 3');
    const full = sqliteErrorFrom(() => db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(100_000)));
    db.close();
    expect((full as { code: string }).code).toBe('SQLITE_FULL');
    expect(toAppError(full, 'write')).toEqual(
      new AppError('storage', 'The drafts database is full: free some disk space. Your last change was not saved.'),
    );
  });

  test('a database locked by another connection is reported as busy', () => {
    const file = path.join(tempDir(), 'busy.sqlite');
    const holder = new Database(file);
    holder.exec('CREATE TABLE t (x)');
    holder.exec('BEGIN EXCLUSIVE');
    const waiter = new Database(file, { timeout: 0 });
    const busy = sqliteErrorFrom(() => waiter.exec('INSERT INTO t VALUES (1)'));
    holder.close();
    waiter.close();
    const error = toAppError(busy, 'write');
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'storage', message: expect.stringMatching(/^The drafts database is in use .*not saved\.$/) });
  });

  test('extended codes fall into their family, unknown ones name the code', () => {
    const fsync = Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_FSYNC' });
    expect(toAppError(fsync, 'read')).toMatchObject({
      message: 'The disk reported an error while using the drafts database. Your drafts could not be read.',
    });
    const odd = Object.assign(new Error('?'), { code: 'SQLITE_SCHEMA' });
    expect(toAppError(odd, 'write')).toMatchObject({ code: 'storage', message: expect.stringContaining('(SQLITE_SCHEMA)') });
  });

  test('AppErrors and non-SQLite errors pass through unchanged', () => {
    const notFound = new AppError('not_found', 'gone');
    const bug = new TypeError('undefined is not a function');
    expect(toAppError(notFound, 'write')).toBe(notFound);
    expect(toAppError(bug, 'write')).toBe(bug);
  });
});
