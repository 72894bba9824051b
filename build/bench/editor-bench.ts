// The editor in Chromium: Copydesk's production renderer behind the real services (the e2e
// bridge), against the bare Lexical page served by the same static server with the same CSP.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openBridge } from '../../e2e/bridge/bridge';
// window.copydesk's page-side globals, which the bridge's types refer to.
import type {} from '../../e2e/bridge/page-api';
import { serveRenderer } from '../../e2e/bridge/static-server';
import { createAppealsLibrary } from '../../main/services/appeals/library';
import { createAssetStore } from '../../main/services/assets/store';
import { openDatabase } from '../../main/services/drafts/database';
import { createDraftStore } from '../../main/services/drafts/store';
import { createSampleService } from '../../main/services/sample/sample';
import { assetsDirOf } from '../../main/services/app-services';
import { parseBody, type SerializedNode } from '../../shared/article/body';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { generateArticle, generatePasteHtml, type BlockRefs, type GeneratedArticle } from './generate';
import { figure, row, type Row } from './stats';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Bundles the bare Lexical page (minified, as Vite minifies the renderer) into `dir`. */
export async function buildBarePage(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [path.join(here, 'bare-page.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'chrome120',
    // Vite resolves Lexical's production build for the renderer; the bare page gets the same one.
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: path.join(dir, 'bare.js'),
    logLevel: 'warning',
  });
  writeFileSync(path.join(dir, 'bare.css'), readFileSync(path.join(here, 'bare.css')));
}

let probeScript: string | undefined;
async function loadProbe(): Promise<string> {
  probeScript ??= (
    await build({ entryPoints: [path.join(here, 'page-probe.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome120' })
  ).outputFiles[0]!.text;
  return probeScript;
}

/** A fresh Copydesk profile holding one draft with `article` as its body; returns the article. */
export function seedProfile(profileDir: string, make: (refs: BlockRefs) => GeneratedArticle): GeneratedArticle {
  const db = openDatabase(path.join(profileDir, 'drafts.sqlite'), undefined);
  const drafts = createDraftStore(db);
  try {
    const assets = createAssetStore({ db, dir: assetsDirOf(profileDir) });
    const appeals = createAppealsLibrary(db);
    const sample = createSampleService({ db, drafts, assets, appeals }).createSampleDraft();
    const refs = refsOf(sample.body);
    const article = make(refs);
    drafts.save(sample.id, { headline: `Bench article, ${article.words} words`, standfirst: 'Generated for the benchmarks.', byline: 'Bench Reporter', body: article.body });
    return article;
  } finally {
    drafts.close();
  }
}

/** The sample article's photo and appeals, which the generated articles reuse. */
export function refsOf(body: string): BlockRefs {
  const nodes = parseBody(body).root.children;
  const find = (pred: (n: SerializedNode) => boolean) => {
    const node = nodes.find(pred);
    if (!node) throw new Error('the sample article lacks a block the bench needs');
    return node;
  };
  const figureNode = find((n) => n.type === 'figure');
  const ref = (kind: string) => {
    const n = find((node) => node.type === 'appeal' && node.kind === kind);
    return { id: n.appealId as string, version: n.appealVersion as number };
  };
  return { image: figureNode.asset as BlockRefs['image'], newsletter: ref('newsletter'), donation: ref('donation') };
}

/** Seeds a throwaway profile only to learn the refs and render the article (renderer bench). */
export async function sampleRefs(cacheDir: string): Promise<{ refs: BlockRefs; dbFile: string }> {
  const dir = path.join(cacheDir, 'refs-profile');
  await rm(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let refs: BlockRefs | undefined;
  seedProfile(dir, (r) => {
    refs = r;
    return generateArticle(100, r);
  });
  return { refs: refs!, dbFile: path.join(dir, 'drafts.sqlite') };
}

/** The bare page holding `article` (the same words, core nodes only); returns its file name. */
export function writeBareDocument(bareDir: string, words: number, article: GeneratedArticle): string {
  const bare = `bare-${words}`;
  writeFileSync(path.join(bareDir, `${bare}.js`), `window.__benchDoc = ${JSON.stringify(article.bareBody)};\n`);
  writeFileSync(path.join(bareDir, `${bare}.html`), readFileSync(path.join(here, 'bare.html'), 'utf8').replace('./doc.js', `./${bare}.js`));
  return `${bare}.html`;
}

interface EditorSample {
  load: number[];
  typingDom: number[];
  typingFrame: number[];
  pasteDom: number[];
  pasteFrame: number[];
}

export interface EditorPlan {
  loads: number;
  keystrokes: number;
  warmupKeys: number;
  pastes: number;
}

const KEYS = 'abcdefghijklmnopqrstuvwxyz';
/** The i-th key the benches type: letters, with a space every sixth. */
export const keyAt = (i: number): string => (i % 6 === 5 ? 'Space' : KEYS[i % KEYS.length]!);

async function measurePage(page: Page, url: string, marker: string, plan: EditorPlan, paste: { html: string; text: string; marker: string }): Promise<EditorSample> {
  const out: EditorSample = { load: [], typingDom: [], typingFrame: [], pasteDom: [], pasteFrame: [] };
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (let i = 0; i < plan.loads + 1; i += 1) {
    await page.goto(url);
    const ms = (await page.evaluate(`window.__bench.loaded(${JSON.stringify(marker)})`)) as number;
    if (i > 0) out.load.push(ms); // the first load warms the disk cache and V8's code cache
  }
  await page.evaluate('window.__bench.placeCaret()');
  await page.evaluate('window.__bench.armTyping()');
  for (let i = 0; i < plan.warmupKeys + plan.keystrokes; i += 1) {
    await page.keyboard.press(keyAt(i));
    const { dom, frame } = (await page.evaluate('window.__bench.collect()')) as { dom: number | null; frame: number | null };
    if (i < plan.warmupKeys) continue;
    if (dom === null || frame === null) throw new Error(`keystroke ${i} changed nothing in the editor`);
    out.typingDom.push(dom);
    out.typingFrame.push(frame);
  }
  // Let the autosave that follows typing finish first: a paste is measured on an idle editor.
  await page.evaluate(`(document.querySelector('[aria-label="Article body"]').__benchTag = 1)`);
  await page.waitForTimeout(2_500);
  const remounted = await page.evaluate(`document.querySelector('[aria-label="Article body"]').__benchTag !== 1`);
  if (remounted) console.log(`  note: the editor element was replaced after typing stopped (${url})`);
  for (let i = 0; i < plan.pastes; i += 1) {
    await page.evaluate('window.__bench.placeCaret()');
    const pasted = page.evaluate(`window.__bench.paste(${JSON.stringify(paste.html)}, ${JSON.stringify(paste.text)}, ${JSON.stringify(paste.marker)})`) as Promise<{
      dom: number;
      frame: number;
    }>;
    const r = await pasted;
    out.pasteDom.push(r.dom);
    out.pasteFrame.push(r.frame);
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(300);
  }
  if (errors.length) throw new Error(`the page threw: ${errors.join('; ')}`);
  return out;
}

export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: await loadProbe() });
  return context;
}

export const quiet = { warn: () => {}, error: (message: string, details?: unknown) => console.error(`[copydesk] ${message}`, details ?? '') };

export async function editorBench(
  browser: Browser,
  { rendererDir, bareDir, sizes, plan, log }: { rendererDir: string; bareDir: string; sizes: number[]; plan: (words: number) => EditorPlan; log: (line: string) => void },
): Promise<Row[]> {
  const rows: Row[] = [];
  const pasteMarker = 'benchpasteend';
  const paste = { ...generatePasteHtml(5_000, pasteMarker), marker: pasteMarker };
  const bareServer = await serveRenderer(bareDir, contentSecurityPolicy);
  try {
    for (const words of sizes) {
      const p = plan(words);
      const profileDir = await mkdtemp(path.join(tmpdir(), 'copydesk-bench-'));
      const article = seedProfile(profileDir, (refs) => generateArticle(words, refs));
      log(`  ${words} words: ${article.words} words, ${article.paragraphs} paragraphs, blocks ${JSON.stringify(article.blocks)}, body ${(article.body.length / 1024).toFixed(0)} KiB`);
      const bare = writeBareDocument(bareDir, words, article);

      const bridge = await openBridge({ profileDir, rendererDir, log: quiet });
      let copydesk: EditorSample;
      try {
        const context = await newContext(browser);
        await bridge.attach(context);
        copydesk = await measurePage(await context.newPage(), bridge.url, article.endMarker, p, paste);
        await context.close();
      } finally {
        await bridge.close();
        await rm(profileDir, { recursive: true, force: true });
      }
      const context = await newContext(browser);
      const baseline = await measurePage(await context.newPage(), `${bareServer.origin}/${bare}`, article.endMarker, p, paste);
      await context.close();

      const S = `editor, ${words / 1000}k words`;
      const B = 'bare Lexical';
      rows.push(
        row(S, 'load (navigation → document on screen)', 'ms', figure(copydesk.load), figure(baseline.load), B, '≤ 1.2×'),
        row(S, 'typing: keydown → DOM updated', 'ms', figure(copydesk.typingDom), figure(baseline.typingDom), B, words === 10_000 ? 'p95 ≤ 1.1×' : undefined),
        row(S, 'typing: keydown → next frame', 'ms', figure(copydesk.typingFrame), figure(baseline.typingFrame), B, words === 10_000 ? 'p95 ≤ 1.1×' : undefined),
        row(S, 'paste 5,000-word HTML: → DOM updated', 'ms', figure(copydesk.pasteDom), figure(baseline.pasteDom), B),
        row(S, 'paste 5,000-word HTML: → next frame', 'ms', figure(copydesk.pasteFrame), figure(baseline.pasteFrame), B),
      );
    }
  } finally {
    await bareServer.close();
  }
  return rows;
}
