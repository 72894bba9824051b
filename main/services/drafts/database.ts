import Database from 'better-sqlite3';
import { AppError } from '../../../shared/ipc/result';
import { LATEST_VERSION, migrate, userVersion } from './migrations';
import { toAppError } from './storageErrors';

/** How long a write waits for another connection's lock before giving up with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens the drafts database and brings it to the current format. A reporter's edits are
 * acknowledged only after a commit, so every commit is made durable (WAL + synchronous=FULL).
 */
export function openDatabase(file: string, nativeBinding: string | undefined): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { nativeBinding, timeout: BUSY_TIMEOUT_MS });
    // Checked before anything below writes to the file: a newer format must be left untouched.
    const version = userVersion(db);
    if (version > LATEST_VERSION) {
      throw new AppError(
        'storage',
        `The drafts database was written by a newer version of Copydesk (format ${version}; this version reads up to ${LATEST_VERSION}). Update Copydesk to open it.`,
      );
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    throw toAppError(error, 'open');
  }
}
