// The benches that run in Node: the drafts store on 10,000 drafts, and the renderers.
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createAppealsLibrary } from '../../main/services/appeals/library';
import { openDatabase } from '../../main/services/drafts/database';
import { toFtsQuery } from '../../main/services/drafts/ftsQuery';
import { createDraftStore } from '../../main/services/drafts/store';
import { DEFAULT_META } from '../../shared/article/meta';
import { toGutenberg, toHtml, toNinjs, type RenderableArticle, type RenderContext } from '../../shared/render/index';
import { generateDraftBody, rng, type BlockRefs } from './generate';
import { figure, row, single, timeSync, type Row } from './stats';

export const DRAFT_COUNT = 10_000;
/** Bump when the generator changes, so a cached database is rebuilt. */
const STORE_VERSION = 1;

const fileSize = (file: string): number => (existsSync(file) ? statSync(file).size : 0);

/** A database of DRAFT_COUNT generated drafts (100–1,200 words, 70% English), cached between runs. */
function draftsDatabase(cacheDir: string, log: (line: string) => void): string {
  const dir = path.join(cacheDir, `drafts-${DRAFT_COUNT}-v${STORE_VERSION}`);
  const file = path.join(dir, 'drafts.sqlite');
  if (existsSync(path.join(dir, 'complete'))) return file;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const db = openDatabase(file, undefined);
  let clock = Date.UTC(2026, 0, 1);
  const store = createDraftStore(db, { now: () => (clock += 1_000) });
  const random = rng(42);
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      const lang = random() < 0.3 ? 'ru' : 'en';
      const { body, headline, standfirst } = generateDraftBody(random, 100 + Math.floor(random() * 1_100), lang);
      const draft = store.create();
      store.save(draft.id, { headline, standfirst, byline: 'Bench Reporter', body });
    }
  });
  for (let i = 0; i < DRAFT_COUNT; i += 500) batch(i, Math.min(DRAFT_COUNT, i + 500));
  store.close();
  // Written last: an interrupted build has no marker and is redone.
  writeFileSync(path.join(dir, 'complete'), String(Date.now()));
  log(`  built ${DRAFT_COUNT} drafts in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return file;
}

const QUERIES = ['council', 'ferry timetable', 'паро', 'паром расписание', 'hosp', 'court ruling', 'бюджет', 'strike talks', 'journ', 'суд решение'];

export function storeBench(cacheDir: string, log: (line: string) => void): Row[] {
  const file = draftsDatabase(cacheDir, log);
  const db = openDatabase(file, undefined);
  const store = createDraftStore(db);
  try {
    const ids = db.prepare<[], { id: string }>('SELECT id FROM drafts ORDER BY doc').all().map((r) => r.id);
    const random = rng(7);
    const sample = Array.from({ length: 300 }, () => ids[Math.floor(random() * ids.length)]!);

    // The floor: what a list row shows (id, headline, standfirst) of every draft, in table order.
    const bareList = db.prepare('SELECT id, headline, standfirst FROM drafts');
    const bareOpen = db.prepare('SELECT * FROM drafts WHERE id = ?');
    const bareSearch = db.prepare('SELECT rowid FROM drafts_fts WHERE drafts_fts MATCH ? LIMIT 200');

    const list = figure(timeSync(() => store.list(), 20));
    const listBase = figure(timeSync(() => bareList.all(), 20));
    const open = figure(timeSync((i) => store.get(sample[i]!), 300));
    const openBase = figure(timeSync((i) => bareOpen.get(sample[i]!), 300));
    const search = figure(timeSync((i) => store.search(QUERIES[i % QUERIES.length]!), 40));
    const searchBase = figure(timeSync((i) => bareSearch.all(toFtsQuery(QUERIES[i % QUERIES.length]!)), 40));
    const listed = store.list().length;
    const found = QUERIES.map((q) => store.search(q).length);
    log(`  list returns ${listed} drafts; searches return ${found.join(', ')} (capped at 200)`);

    const mib = (bytes: number) => bytes / 1024 / 1024;
    const size = mib(fileSize(file) + fileSize(`${file}-wal`));
    const textBytes = db.prepare<[], { b: number }>('SELECT sum(length(CAST(body_text AS BLOB))) AS b FROM drafts').get()!.b;
    const S = `drafts store, ${DRAFT_COUNT.toLocaleString('en')} drafts`;
    return [
      row(S, 'list (all live drafts)', 'ms', list, listBase, 'bare SELECT of id, headline, standfirst', '≤ 50 ms'),
      row(S, 'open one draft', 'ms', open, openBase, 'bare SELECT by id', '≤ 50 ms'),
      row(S, 'full-text search (ranked, highlighted)', 'ms', search, searchBase, 'bare FTS MATCH', '≤ 50 ms'),
      row(S, 'database size', 'MiB', single(size), single(mib(textBytes)), 'plain text of the bodies'),
    ];
  } finally {
    store.close();
  }
}

export function rendererBench(body: string, refs: BlockRefs, words: number, appealsDbFile: string): Row[] {
  const db = openDatabase(appealsDbFile, undefined);
  try {
    const appeals = createAppealsLibrary(db);
    const library = new Map(appeals.getVersions([refs.donation, refs.newsletter]).map((a) => [`${a.id}@${a.version}`, a]));
    const ctx: RenderContext = {
      appeal: (id, version) => library.get(`${id}@${version}`),
      assetUrl: (asset) => `https://cdn.example.org/${asset.sha256}`,
    };
    const article: RenderableArticle = {
      id: 'bench',
      headline: 'Bench article',
      standfirst: 'A generated article for the renderer bench.',
      byline: 'Bench Reporter',
      body,
      meta: DEFAULT_META,
      createdAt: Date.UTC(2026, 0, 1),
      updatedAt: Date.UTC(2026, 0, 2),
    };
    const floor = figure(timeSync(() => JSON.stringify(JSON.parse(body)), 200, 10));
    const S = `renderers, ${Math.round(words / 1000)}k-word article`;
    const base = 'JSON.parse + stringify';
    return [
      row(S, 'toHtml', 'ms', figure(timeSync(() => toHtml(article, ctx), 200, 10)), floor, base, '≤ 5 ms'),
      row(S, 'toGutenberg', 'ms', figure(timeSync(() => toGutenberg(article, ctx), 200, 10)), floor, base, '≤ 5 ms'),
      row(S, 'toNinjs', 'ms', figure(timeSync(() => toNinjs(article, ctx), 200, 10)), floor, base, '≤ 5 ms'),
    ];
  } finally {
    db.close();
  }
}
