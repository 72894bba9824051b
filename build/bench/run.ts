// `npm run bench`: every figure as median and p95, beside a baseline measured in the same run on
// the same machine, and their ratio. Prints a Markdown table and writes .cache/bench/results.json.
// Not part of `npm test`: the targets are reported, never asserted.
//
//   npm run bench                        everything (builds the renderer into .cache/bench/renderer)
//   npm run bench -- --only store,render one or more of: editor, autosave, store, render, publish, bundle
//   npm run bench -- --renderer dist/renderer   bench an existing renderer build instead
//   npm run bench -- --only editor --sizes 10000 editor articles of these word counts only
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, mkdirSync, writeFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../e2e/bridge/chromium';
import { autosaveBench } from './autosave-bench';
import { buildBarePage, editorBench, sampleRefs, type EditorPlan } from './editor-bench';
import { generateArticle } from './generate';
import { rendererBench, storeBench } from './node-benches';
import { publishBench } from './publish-bench';
import { row, single, table, type Row } from './stats';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cacheDir = path.join(root, '.cache', 'bench');
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const only = new Set((arg('only') ?? 'editor,autosave,store,render,publish,bundle').split(','));
const inChromium = only.has('editor') || only.has('autosave');
const log = (line: string) => console.log(line);
const startedAt = performance.now();
const elapsed = () => `${((performance.now() - startedAt) / 1000).toFixed(0)} s`;

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    return line?.split(':')[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  } catch {
    return os.cpus()[0]?.model ?? 'unknown';
  }
}

/** gzip -9 size of the .js and .css files under `dir`, in KiB. */
function gzipKiB(dir: string): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const file = path.join(d, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(js|css)$/.test(entry.name) && !/^bare-\d+\.js$/.test(entry.name)) {
        const bytes = readFileSync(file);
        raw += bytes.length;
        gzip += gzipSync(bytes, { level: 9 }).length;
      }
    }
  };
  walk(dir);
  return { raw: raw / 1024, gzip: gzip / 1024 };
}

const plan = (words: number): EditorPlan => ({
  loads: words >= 50_000 ? 5 : 9,
  keystrokes: 220,
  warmupKeys: 20,
  pastes: words >= 50_000 ? 3 : 5,
});

async function main(): Promise<void> {
  mkdirSync(cacheDir, { recursive: true });
  const rows: Row[] = [];
  const bareDir = path.join(cacheDir, 'bare');
  let rendererDir = arg('renderer') ? path.resolve(arg('renderer')!) : path.join(cacheDir, 'renderer');

  if (inChromium || only.has('bundle')) {
    if (!arg('renderer')) {
      log(`building the production renderer into ${path.relative(root, rendererDir)} …`);
      execFileSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--outDir', rendererDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    }
    statSync(path.join(rendererDir, 'index.html'));
    log('bundling the bare Lexical page …');
    await buildBarePage(bareDir);
  }
  rendererDir = path.resolve(rendererDir);

  const { refs, dbFile } = await sampleRefs(cacheDir);

  if (only.has('render')) {
    log(`renderers … (${elapsed()})`);
    const article = generateArticle(10_000, refs);
    rows.push(...rendererBench(article.body, refs, article.words, dbFile));
  }
  if (only.has('store')) {
    log(`drafts store … (${elapsed()})`);
    rows.push(...storeBench(cacheDir, log));
  }
  if (only.has('bundle')) {
    const app = gzipKiB(rendererDir);
    const bare = gzipKiB(bareDir);
    rows.push(row('bundle', 'renderer JS + CSS, gzip -9', 'KiB', single(app.gzip), single(bare.gzip), 'bare Lexical page'));
    rows.push(row('bundle', 'renderer JS + CSS, minified', 'KiB', single(app.raw), single(bare.raw), 'bare Lexical page'));
  }
  let browserVersion = 'not run';
  if (inChromium) {
    const browser = await chromium.launch(chromiumLaunchOptions(true));
    browserVersion = browser.version();
    try {
      if (only.has('editor')) {
        log(`editor in Chromium … (${elapsed()})`);
        rows.push(...(await editorBench(browser, { rendererDir, bareDir, sizes: (arg('sizes') ?? '1000,10000,50000').split(',').map(Number), plan, log })));
      }
      if (only.has('autosave')) {
        log(`autosave in Chromium … (${elapsed()})`);
        rows.push(...(await autosaveBench(browser, { rendererDir, bareDir, plan: { words: 10_000, saves: 30, keystrokes: 100 }, log })));
      }
    } finally {
      await browser.close();
    }
  }
  if (only.has('publish')) {
    log(`publishing to the local WordPress … (${elapsed()})`);
    rows.push(...(await publishBench({ plan: { words: 1_000, creates: 30, updates: 30 }, log })));
  }

  const machine = {
    cpus: os.availableParallelism(),
    cpu: cpuModel(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: browserVersion,
    lexical: (JSON.parse(readFileSync(path.join(root, 'node_modules/lexical/package.json'), 'utf8')) as { version: string }).version,
  };
  const when = new Date().toISOString();
  const out = path.join(cacheDir, 'results.json');
  writeFileSync(out, `${JSON.stringify({ when, machine, durationSeconds: Math.round((performance.now() - startedAt) / 1000), rows }, null, 2)}\n`);
  console.log(
    `\nMachine: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB, ${machine.os}; Node ${machine.node}; Chromium ${machine.chromium} (headless); Lexical ${machine.lexical}. ${when}\n`,
  );
  console.log(table(rows));
  console.log(`\nWrote ${path.relative(root, out)} in ${elapsed()}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
