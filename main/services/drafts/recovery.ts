import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, fstatSync, ftruncateSync, mkdtempSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUSY_TIMEOUT_MS, openDatabase } from './database';
import { toAppError } from './storageErrors';

/**
 * What happened when the drafts database was found damaged at start: where the damaged file was
 * put, what could be carried over into the fresh database, and the sentence the reporter is shown.
 */
export interface RecoveryReport {
  /** When the damage was found (ms since the epoch). */
  at: number;
  /** What SQLite said about the file (quick_check's first finding, or the error it threw). */
  reason: string;
  /** The damaged file, kept as it was found; its -wal and -shm sit beside it with the same name. */
  movedTo: string;
  recovered: { drafts: number; revisions: number; rows: number };
  /** Rows that were read but could not be written back (a draft they belong to was lost, say). */
  rejectedRows: number;
  /** Places where reading stopped on damage and skipped ahead: each may have lost rows. */
  damagedAreas: number;
  /** For the reporter. */
  message: string;
}

export type DatabaseCheck = { ok: true } | { ok: false; reason: string };

const isCorruption = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB'));
};

/**
 * `PRAGMA quick_check` on the file (O(N), without the index-content comparison that makes
 * integrity_check several times slower). A missing file is fine (it will be created); errors
 * other than damage (busy, permissions) are thrown as readable AppErrors, never taken for damage.
 */
export function checkDatabase(file: string, nativeBinding?: string): DatabaseCheck {
  if (!existsSync(file)) return { ok: true };
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { nativeBinding, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    const findings = rows.map((row) => row.quick_check).filter((finding) => finding !== 'ok');
    return findings.length === 0 ? { ok: true } : { ok: false, reason: findings.slice(0, 3).join('; ') };
  } catch (error) {
    if (isCorruption(error)) return { ok: false, reason: (error as Error).message };
    throw toAppError(error, 'open');
  } finally {
    try {
      db?.close();
    } catch {
      // A damaged file may fail its closing checkpoint; the check's answer stands.
    }
  }
}

const SIDE_FILES = ['-wal', '-shm', '-journal'] as const;

/** `drafts.corrupt-2026-11-28T06-40-00-000Z.sqlite` beside `drafts.sqlite`. */
export function corruptNameFor(file: string, at: number): string {
  const stamp = new Date(at).toISOString().replace(/[:.]/g, '-');
  const ext = path.extname(file) || '.sqlite';
  const base = path.basename(file, path.extname(file));
  return path.join(path.dirname(file), `${base}.corrupt-${stamp}${ext}`);
}

/** Moves the file and its -wal/-shm/-journal aside under `target` (the side files keep their suffix). */
function moveAside(file: string, target: string): void {
  renameSync(file, target);
  for (const suffix of SIDE_FILES) {
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
  }
}

interface TableInfo {
  name: string;
  withoutRowid: boolean;
}

/** Ordinary tables in creation order (parents before children), without FTS shadow tables. */
function tablesOf(db: Database.Database): TableInfo[] {
  const order = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")
    .pluck()
    .all() as string[];
  const list = db.prepare('PRAGMA table_list').all() as { name: string; schema: string; type: string; wr: number }[];
  const kinds = new Map(list.filter((t) => t.schema === 'main').map((t) => [t.name, t]));
  return order
    .filter((name) => kinds.get(name)?.type === 'table')
    .map((name) => ({ name, withoutRowid: kinds.get(name)?.wr === 1 }));
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

const columnsOf = (db: Database.Database, table: string): string[] =>
  (db.prepare(`PRAGMA table_info(${quote(table)})`).all() as { name: string }[]).map((c) => c.name);

interface CopyCount {
  copied: number;
  rejected: number;
  damaged: number;
}

const MIN_ROWID = -(2 ** 53 - 1);
/** How far ahead a skip over a damaged page may probe: 2^48 rowids, in doubling steps. */
const MAX_PROBES = 48;

/**
 * Copies the rows of one table that read cleanly. A rowid table is read in rowid order; when a
 * damaged page stops the read, the copy probes ahead in doubling steps for the next row it can
 * reach and carries on from there. A WITHOUT ROWID table is read until the first damage.
 */
function copyTable(src: Database.Database, dst: Database.Database, table: TableInfo, columns: string[]): CopyCount {
  const count: CopyCount = { copied: 0, rejected: 0, damaged: 0 };
  const list = columns.map(quote).join(', ');
  const hadRows = dst.prepare(`SELECT 1 FROM ${quote(table.name)} LIMIT 1`).get() !== undefined;
  // Rows a fresh database seeds (profile defaults, say) give way to the reporter's own.
  const insert = dst.prepare(
    `INSERT ${hadRows ? 'OR REPLACE ' : ''}INTO ${quote(table.name)} (${list}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  const put = (row: Record<string, unknown>): void => {
    try {
      insert.run(columns.map((c) => row[c]));
      count.copied += 1;
    } catch {
      count.rejected += 1;
    }
  };

  if (table.withoutRowid) {
    try {
      for (const row of src.prepare(`SELECT ${list} FROM ${quote(table.name)}`).iterate()) put(row as Record<string, unknown>);
    } catch {
      count.damaged += 1;
    }
    return count;
  }

  const read = src.prepare(`SELECT rowid AS "__rowid", ${list} FROM ${quote(table.name)} WHERE rowid > ? ORDER BY rowid`);
  const next = src.prepare(`SELECT rowid FROM ${quote(table.name)} WHERE rowid > ? ORDER BY rowid LIMIT 1`).pluck();
  let last = MIN_ROWID;
  for (;;) {
    try {
      for (const row of read.iterate(last)) {
        const record = row as Record<string, unknown> & { __rowid: number };
        last = record.__rowid;
        put(record);
      }
      return count;
    } catch {
      count.damaged += 1;
    }
    // Skip ahead past the damage to the next row that can be reached.
    let resumed = false;
    for (let probe = 0, step = 1; probe < MAX_PROBES; probe += 1, step *= 2) {
      try {
        const found = next.get(Math.max(last, 0) + step) as number | undefined;
        if (found === undefined) return count;
        last = found - 1;
        resumed = true;
        break;
      } catch {
        // Still inside the damaged part: probe further.
      }
    }
    if (!resumed) return count;
  }
}

/** Copies whatever reads cleanly from `damagedCopy` into the fresh, migrated `db`. */
function salvage(damagedCopy: string, db: Database.Database, nativeBinding: string | undefined): Omit<CopyCount, 'copied'> & { perTable: Map<string, number> } {
  const perTable = new Map<string, number>();
  let rejected = 0;
  let damaged = 0;
  let src: Database.Database;
  try {
    src = new Database(damagedCopy, { nativeBinding, fileMustExist: true });
  } catch {
    return { perTable, rejected, damaged: 1 };
  }
  try {
    let sourceTables: Set<string>;
    try {
      sourceTables = new Set(tablesOf(src).map((t) => t.name));
    } catch {
      // The schema itself is unreadable (or it was never a database): nothing to carry over.
      return { perTable, rejected, damaged: 1 };
    }
    for (const table of tablesOf(db)) {
      if (!sourceTables.has(table.name)) continue;
      let columns: string[];
      try {
        const there = new Set(columnsOf(src, table.name));
        columns = columnsOf(db, table.name).filter((c) => there.has(c));
      } catch {
        damaged += 1;
        continue;
      }
      if (columns.length === 0) continue;
      const count = db.transaction(() => copyTable(src, db, table, columns))();
      perTable.set(table.name, count.copied);
      rejected += count.rejected;
      damaged += count.damaged;
    }
  } finally {
    try {
      src.close();
    } catch {
      // Nothing more to read from it.
    }
  }
  return { perTable, rejected, damaged };
}

/**
 * SQLite refuses a whole file whose header declares more pages than it holds (a truncated copy);
 * padding the scratch copy with zeroed pages makes only the missing pages unreadable.
 */
function padToDeclaredSize(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    const header = Buffer.alloc(100);
    if (readSync(fd, header, 0, 100, 0) < 100 || header.toString('latin1', 0, 15) !== 'SQLite format 3') return;
    const rawSize = header.readUInt16BE(16);
    const pageSize = rawSize === 1 ? 65_536 : rawSize;
    const declared = header.readUInt32BE(28) * pageSize;
    if (declared > fstatSync(fd).size && declared <= 2 ** 40) ftruncateSync(fd, declared);
  } finally {
    closeSync(fd);
  }
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function recoveryMessage(report: Omit<RecoveryReport, 'message'>): string {
  const { drafts, revisions } = report.recovered;
  const what =
    drafts === 0 && revisions === 0
      ? 'Nothing in it could be read, so Copydesk started a new, empty one.'
      : `Copydesk recovered ${plural(drafts, 'draft', 'drafts')} and ${plural(revisions, 'saved version', 'saved versions')} into a new database.`;
  const partial = (drafts > 0 || revisions > 0) && (report.damagedAreas > 0 || report.rejectedRows > 0) ? ' Some text may be missing.' : '';
  return `The drafts database was damaged. ${what}${partial} The damaged file was kept at ${report.movedTo}.`;
}

export interface CheckedDatabase {
  db: Database.Database;
  /** Null when the file was healthy (or new). */
  recovery: RecoveryReport | null;
}

/**
 * Opens the drafts database as openDatabase does, after checking it. A damaged file (or one that
 * is not a database) is moved aside to `drafts.corrupt-<timestamp>.sqlite` with its -wal and -shm,
 * a fresh database is created in its place, and every row that still reads cleanly is copied into
 * it; the report says what happened. Busy, read-only or newer-format files are never moved: those
 * errors are thrown as they are.
 */
export function openCheckedDatabase(
  file: string,
  nativeBinding: string | undefined,
  { now = Date.now }: { now?: () => number } = {},
): CheckedDatabase {
  const check = checkDatabase(file, nativeBinding);
  if (check.ok) return { db: openDatabase(file, nativeBinding), recovery: null };

  const at = now();
  const movedTo = corruptNameFor(file, at);
  moveAside(file, movedTo);
  const db = openDatabase(file, nativeBinding);
  // Read from a scratch copy, so that the kept file stays exactly as it was found.
  const scratch = mkdtempSync(path.join(tmpdir(), 'copydesk-salvage-'));
  try {
    const copy = path.join(scratch, 'damaged.sqlite');
    copyFileSync(movedTo, copy);
    for (const suffix of ['-wal'] as const) {
      if (existsSync(movedTo + suffix)) copyFileSync(movedTo + suffix, copy + suffix);
    }
    padToDeclaredSize(copy);
    const result = salvage(copy, db, nativeBinding);
    const rows = [...result.perTable.values()].reduce((a, b) => a + b, 0);
    const base = {
      at,
      reason: check.reason,
      movedTo,
      recovered: { drafts: result.perTable.get('drafts') ?? 0, revisions: result.perTable.get('revisions') ?? 0, rows },
      rejectedRows: result.rejected,
      damagedAreas: result.damaged,
    };
    return { db, recovery: { ...base, message: recoveryMessage(base) } };
  } catch (error) {
    db.close();
    throw toAppError(error, 'open');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
