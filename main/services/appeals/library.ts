import type Database from 'better-sqlite3';
import { AppealVersion, type AppealEntry, type AppealKind } from '../../../shared/appeals/library';
import { AppError } from '../../../shared/ipc/result';
import { guarded } from '../drafts/storageErrors';

export interface AppealsLibrary {
  /** The latest version of every entry, by name. */
  list(): AppealVersion[];
  /** The requested versions that exist, in the order asked, each once. */
  getVersions(refs: readonly { id: string; version: number }[]): AppealVersion[];
  /**
   * A new entry (version 1) or a new version of an existing one. The kind of an existing entry
   * cannot change (AppError 'conflict'). Saving exactly what the latest version says appends
   * nothing and returns it; `created` says whether a version was added.
   */
  save(id: string, name: string, entry: AppealEntry): { appeal: AppealVersion; created: boolean };
  /** Every version of one entry, newest first; AppError('not_found') for an unknown id. */
  history(id: string): AppealVersion[];
}

interface AppealRow {
  id: string;
  version: number;
  name: string;
  kind: AppealKind;
  variants: string;
  updated_at: number;
}

const KIND_NAME: Record<AppealKind, string> = { donation: 'donation appeal', newsletter: 'newsletter sign-up', banner: 'banner' };

/** A stored row as the contract has it; the schema check means a damaged row is never passed on as valid. */
const toAppeal = (row: AppealRow): AppealVersion =>
  AppealVersion.parse({
    id: row.id,
    version: row.version,
    name: row.name,
    updatedAt: row.updated_at,
    kind: row.kind,
    variants: JSON.parse(row.variants) as unknown,
  });

const LANGUAGE_NAME = { en: 'English', ru: 'Russian' } as const;

/** What the schema cannot say: a donation's default frequency is one it offers, each offered once. */
function requireConsistent(entry: AppealEntry): void {
  if (entry.kind !== 'donation') return;
  for (const language of ['en', 'ru'] as const) {
    const { frequencies, defaultFrequency } = entry.variants[language];
    if (new Set(frequencies).size !== frequencies.length) {
      throw new AppError('bad_request', `The ${LANGUAGE_NAME[language]} text offers the same frequency twice.`);
    }
    if (!frequencies.includes(defaultFrequency)) {
      throw new AppError('bad_request', `The ${LANGUAGE_NAME[language]} text’s default frequency (${defaultFrequency}) is not one it offers.`);
    }
  }
}

export function createAppealsLibrary(db: Database.Database, { now = Date.now }: { now?: () => number } = {}): AppealsLibrary {
  const sql = {
    latestAll: db.prepare<[], AppealRow>(
      `SELECT a.* FROM appeals AS a
       JOIN (SELECT id, max(version) AS version FROM appeals GROUP BY id) AS newest
         ON newest.id = a.id AND newest.version = a.version
       ORDER BY a.name COLLATE NOCASE, a.id`,
    ),
    latest: db.prepare<[string], AppealRow>('SELECT * FROM appeals WHERE id = ? ORDER BY version DESC LIMIT 1'),
    version: db.prepare<[{ id: string; version: number }], AppealRow>('SELECT * FROM appeals WHERE id = @id AND version = @version'),
    history: db.prepare<[string], AppealRow>('SELECT * FROM appeals WHERE id = ? ORDER BY version DESC'),
    insert: db.prepare<[AppealRow]>(
      `INSERT INTO appeals (id, version, name, kind, variants, updated_at)
       VALUES (@id, @version, @name, @kind, @variants, @updated_at)`,
    ),
  };


  const saveVersion = db.transaction((id: string, name: string, entry: AppealEntry) => {
    requireConsistent(entry);
    const latest = sql.latest.get(id);
    if (latest && latest.kind !== entry.kind) {
      throw new AppError(
        'conflict',
        `“${latest.name}” is a ${KIND_NAME[latest.kind]}; it cannot become a ${KIND_NAME[entry.kind]}. Save it as a new appeal instead.`,
      );
    }
    const variants = JSON.stringify(entry.variants);
    if (latest && latest.name === name && latest.variants === variants) return { appeal: toAppeal(latest), created: false };
    const row: AppealRow = { id, version: (latest?.version ?? 0) + 1, name, kind: entry.kind, variants, updated_at: now() };
    sql.insert.run(row);
    return { appeal: toAppeal(row), created: true };
  });

  return {
    list: guarded('read', () => sql.latestAll.all().map(toAppeal)),

    getVersions: guarded('read', (refs: readonly { id: string; version: number }[]) => {
      const seen = new Set<string>();
      const found: AppealVersion[] = [];
      for (const ref of refs) {
        const key = `${ref.id}@${ref.version}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const row = sql.version.get({ id: ref.id, version: ref.version });
        if (row) found.push(toAppeal(row));
      }
      return found;
    }),

    save: guarded('write', (id: string, name: string, entry: AppealEntry) => saveVersion.immediate(id, name.trim(), entry)),

    history: guarded('read', (id: string) => {
      const rows = sql.history.all(id);
      if (rows.length === 0) throw new AppError('not_found', 'This appeal is not in the library.');
      return rows.map(toAppeal);
    }),
  };
}
