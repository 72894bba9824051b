import { AppError } from '../../../shared/ipc/result';

/** What the store was doing when SQLite failed: it decides what the reporter is told was lost. */
export type Operation = 'open' | 'read' | 'write';

const CONSEQUENCE: Record<Operation, string> = {
  open: 'Copydesk cannot open your drafts.',
  read: 'Your drafts could not be read.',
  write: 'Your last change was not saved.',
};

// Matched as prefixes, so extended codes (SQLITE_IOERR_FSYNC, SQLITE_BUSY_SNAPSHOT, …) land on
// their family's sentence.
const CAUSES: readonly (readonly [string, string])[] = [
  ['SQLITE_FULL', 'The drafts database is full: free some disk space.'],
  ['SQLITE_BUSY', 'The drafts database is in use by another program (is Copydesk open twice?).'],
  ['SQLITE_LOCKED', 'The drafts database is in use by another program (is Copydesk open twice?).'],
  ['SQLITE_CORRUPT', 'The drafts database is damaged.'],
  ['SQLITE_NOTADB', 'The drafts file is damaged or is not a Copydesk database.'],
  ['SQLITE_READONLY', 'The drafts database is read-only: check the permissions of your profile folder.'],
  ['SQLITE_PERM', 'The drafts database is read-only: check the permissions of your profile folder.'],
  ['SQLITE_CANTOPEN', 'The drafts database cannot be opened: check that your profile folder exists and is writable.'],
  ['SQLITE_IOERR', 'The disk reported an error while using the drafts database.'],
  ['SQLITE_NOMEM', 'Copydesk ran out of memory while using the drafts database.'],
];

const sqliteCode = (error: unknown): string | null => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
};

/**
 * The error a caller should see: AppErrors pass through, SQLite failures become a readable
 * AppError('storage'), anything else (a bug) is left as it is for the dispatcher to log.
 */
export function toAppError(error: unknown, operation: Operation): unknown {
  if (error instanceof AppError) return error;
  const code = sqliteCode(error);
  if (code === null) return error;
  const cause =
    CAUSES.find(([prefix]) => code.startsWith(prefix))?.[1] ?? `The drafts database reported an error (${code}).`;
  return new AppError('storage', `${cause} ${CONSEQUENCE[operation]}`);
}

/** Wraps a database call so that whatever SQLite throws reaches the caller as a readable AppError. */
export const guarded =
  <A extends unknown[], R>(operation: Operation, fn: (...args: A) => R) =>
  (...args: A): R => {
    try {
      return fn(...args);
    } catch (error) {
      throw toAppError(error, operation);
    }
  };
