// Autosave on a 10k-word draft: what a save costs the renderer's main thread and main, and
// whether a keystroke made while a save is under way waits for it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openBridge, type Bridge } from '../../e2e/bridge/bridge';
import { serveRenderer } from '../../e2e/bridge/static-server';
import { openDatabase } from '../../main/services/drafts/database';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { keyAt, newContext, quiet, seedProfile, writeBareDocument } from './editor-bench';
import { generateArticle } from './generate';
import { traceMainThread } from './main-thread';
import { figure, row, timeSync, type Row } from './stats';

export interface AutosavePlan {
  words: number;
  /** Saves traced for their main-thread time. */
  saves: number;
  /** Keystrokes measured in each condition (a save under way, none). */
  keystrokes: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Times main's handling of every saveDraft the window sends, by wrapping the bridge's dispatch. */
function timeMainSaves(bridge: Bridge) {
  const times: number[] = [];
  const bodies: string[] = [];
  const dispatch = bridge.services.dispatch;
  bridge.services.dispatch = async (channel, input, sender) => {
    if (channel !== 'saveDraft') return dispatch(channel, input, sender);
    const started = performance.now();
    const result = await dispatch(channel, input, sender);
    times.push(performance.now() - started);
    if (!result.ok) throw new Error(`a save failed: ${result.error.message}`);
    bodies.push((input as { body: string }).body);
    return result;
  };
  return {
    times,
    bodies,
    /** Resolves once main has answered `count` saves in all. */
    async answered(count: number): Promise<void> {
      for (let waited = 0; times.length < count; waited += 1) {
        if (waited > 30_000) throw new Error(`main answered ${times.length} saves, not ${count}`);
        await pause(1);
      }
    },
  };
}

/**
 * Installed in the page once it has loaded: times the call that hands each save to the test
 * bridge's transport (a Playwright binding, which serializes the 150 KiB body into a DevTools
 * message on the page's main thread: a cost of the harness, not of the app, which uses Electron's
 * IPC), and notes when the page has each save's answer.
 */
const WATCH_TRANSPORT = `{
  const invoke = window.__copydeskInvoke;
  const record = (window.__benchTransport = { sendMs: [], answeredAt: [] });
  window.__copydeskInvoke = (channel, input) => {
    if (channel !== 'saveDraft') return invoke(channel, input);
    const started = performance.now();
    const answer = invoke(channel, input);
    record.sendMs.push(performance.now() - started);
    const i = record.answeredAt.push(Number.NaN) - 1;
    return answer.finally(() => { record.answeredAt[i] = performance.now(); });
  };
}`;

interface TransportRecord {
  sendMs: number[];
  answeredAt: number[];
}

/** Lets what follows an answered save (its draftChanged push, the list refresh) finish. */
async function settle(page: Page): Promise<void> {
  await pause(120);
  await page.evaluate('window.__bench.nextFrame()');
}

export async function autosaveBench(
  browser: Browser,
  { rendererDir, bareDir, plan, log }: { rendererDir: string; bareDir: string; plan: AutosavePlan; log: (line: string) => void },
): Promise<Row[]> {
  const { words, saves, keystrokes } = plan;
  const profileDir = await mkdtemp(path.join(tmpdir(), 'copydesk-bench-autosave-'));
  const article = seedProfile(profileDir, (refs) => generateArticle(words, refs));
  const bridge = await openBridge({ profileDir, rendererDir, log: quiet });
  const main = timeMainSaves(bridge);
  const renderer: number[] = [];
  const mainPerSave: number[] = [];
  const transport: number[] = [];
  const typing = { busy: { dom: [] as number[], frame: [] as number[] }, idle: { dom: [] as number[], frame: [] as number[] } };
  try {
    const context = await newContext(browser);
    await bridge.attach(context);
    const page = await context.newPage();
    await page.goto(bridge.url);
    await page.evaluate(`window.__bench.loaded(${JSON.stringify(article.endMarker)})`);
    await page.evaluate('window.__bench.placeCaret()');
    await page.evaluate('window.__bench.armTyping()');
    await page.evaluate(WATCH_TRANSPORT);
    // Saves made before the watch was installed are in main's list only.
    const unwatched = main.times.length;

    // A save per keystroke: type, let the keystroke's own work finish, save, wait for "Saved" on
    // screen and for what follows it. The trace counts every task between the two marks.
    const saveAfterKey = async (i: number, marks?: [string, string]) => {
      await page.keyboard.press(keyAt(i));
      await page.evaluate('window.__bench.collect()');
      await pause(150);
      await page.evaluate(`${marks ? `performance.mark(${JSON.stringify(marks[0])});` : ''} window.__bench.saveNow()`);
      await page.evaluate('window.__bench.saved()');
      await settle(page);
      if (marks) await page.evaluate(`performance.mark(${JSON.stringify(marks[1])})`);
    };
    for (let i = 0; i < 3; i += 1) await saveAfterKey(i);
    const before = main.times.length;
    const trace = await traceMainThread(page, async () => {
      for (let i = 0; i < saves; i += 1) await saveAfterKey(i, [`save-${i}`, `save-${i}-end`]);
    });
    const sent = ((await page.evaluate('window.__benchTransport')) as TransportRecord).sendMs.slice(before - unwatched);
    for (let i = 0; i < saves; i += 1) {
      transport.push(sent[i]!);
      renderer.push(trace.busyBetween(`save-${i}`, `save-${i}-end`) - sent[i]!);
    }
    mainPerSave.push(...main.times.slice(before));
    log(
      `  autosave: ${saves} saves of a ${article.words}-word draft (body ${(main.bodies.at(-1)!.length / 1024).toFixed(0)} KiB); ` +
        `the test bridge's transport took ${figure(transport).median.toFixed(1)} ms median per save on the page's main thread, left out below`,
    );

    // Keystrokes with a save under way (sent the moment before the key) and with none (the save
    // answered and settled first), alternating, so both see the same document at the same size.
    await page.keyboard.press(keyAt(0));
    await page.evaluate('window.__bench.collect()');
    const warmup = 10;
    const underWayKeys: { save: number; at: number }[] = [];
    for (let i = 0; i < warmup + 2 * keystrokes; i += 1) {
      const underWay = i % 2 === 0;
      const sent = main.times.length;
      await page.evaluate('window.__bench.saveNow()');
      if (!underWay) {
        await main.answered(sent + 1);
        await page.evaluate('window.__bench.saved()');
        await settle(page);
      }
      await page.keyboard.press(keyAt(i + 1));
      const { dom, frame, at } = (await page.evaluate('window.__bench.collect()')) as { dom: number | null; frame: number | null; at: number };
      if (underWay) {
        await main.answered(sent + 1);
        if (i >= warmup) underWayKeys.push({ save: sent - unwatched, at });
        await settle(page);
      }
      if (i < warmup) continue;
      if (dom === null || frame === null) throw new Error(`keystroke ${i} changed nothing in the editor`);
      const into = underWay ? typing.busy : typing.idle;
      into.dom.push(dom);
      into.frame.push(frame);
    }
    const { answeredAt } = (await page.evaluate('window.__benchTransport')) as TransportRecord;
    const beforeAnswer = underWayKeys.filter(({ save, at }) => at < answeredAt[save]!).length;
    log(`  autosave: ${beforeAnswer} of ${underWayKeys.length} keys "during a save" went down before the page had the save's answer`);
    await context.close();
  } finally {
    await bridge.close();
  }

  // Baselines. The bare page's least possible save work: its state as JSON, traced the same way.
  const bareServer = await serveRenderer(bareDir, contentSecurityPolicy);
  const bareSerialize: number[] = [];
  try {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${bareServer.origin}/${writeBareDocument(bareDir, words, article)}`);
    await page.evaluate(`window.__bench.loaded(${JSON.stringify(article.endMarker)})`);
    for (let i = 0; i < 3; i += 1) await page.evaluate('window.__benchSerialize()');
    const trace = await traceMainThread(page, async () => {
      for (let i = 0; i < saves; i += 1) {
        await page.evaluate(`performance.mark('bare-${i}'); window.__benchSerialize(); performance.mark('bare-${i}-end')`);
        await pause(50);
      }
    });
    for (let i = 0; i < saves; i += 1) bareSerialize.push(trace.busyBetween(`bare-${i}`, `bare-${i}-end`));
    await context.close();
  } finally {
    await bareServer.close();
  }
  // Main's floor: the same bodies written durably to the same database file, one row, nothing else.
  const db = openDatabase(path.join(profileDir, 'drafts.sqlite'), undefined);
  let bareWrite: number[];
  try {
    db.exec('CREATE TABLE bench_floor (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const write = db.prepare('INSERT OR REPLACE INTO bench_floor (id, body) VALUES (1, ?)');
    bareWrite = timeSync((i) => write.run(main.bodies[i % main.bodies.length]), saves);
  } finally {
    db.close();
    await rm(profileDir, { recursive: true, force: true });
  }

  const S = `autosave, ${words / 1000}k words`;
  const none = 'Copydesk, no save under way';
  return [
    row(S, 'renderer main thread per save (serialize, show "Saved", refresh list; without the test transport)', 'ms', figure(renderer), figure(bareSerialize), 'bare Lexical: state → JSON'),
    row(S, 'main per save (validate, store, index, revision)', 'ms', figure(mainPerSave), figure(bareWrite), 'one-row durable SQLite write of the body'),
    row(S, 'typing during a save: keydown → DOM updated', 'ms', figure(typing.busy.dom), figure(typing.idle.dom), none, '≈ 1×'),
    row(S, 'typing during a save: keydown → next frame', 'ms', figure(typing.busy.frame), figure(typing.idle.frame), none, '≈ 1×'),
  ];
}
