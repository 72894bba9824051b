import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parseLine, seqOf, type ChildLine } from './crashProtocol';
import { openDraftStore } from './store';
import { bundleChild, NODE_MODULES, type BundledChild } from '../testing/bundledChild';

// Proves that a save acknowledged to the reporter survives the process dying at any moment:
// a child saves in a tight loop and is killed with SIGKILL over and over on the same database.

const KILLS = Number(process.env.COPYDESK_CRASH_KILLS ?? 200);
/** Every tenth kill comes at a random moment after spawning, to hit opening and recovery too. */
const EARLY_KILL_EVERY = 10;
const EARLY_KILL_MAX_MS = 150;
/** The other kills wait for a first acknowledgement, so the child is busy saving when it dies. */
const KILL_AFTER_ACK_MAX_MS = 40;

const here = path.dirname(fileURLToPath(import.meta.url));
let bundled: BundledChild | undefined;

beforeAll(async () => {
  bundled = await bundleChild(path.join(here, 'crash-child.ts'), 'crash-child');
});

afterAll(() => {
  if (bundled) rmSync(bundled.dir, { recursive: true, force: true });
});

const randomMs = (max: number): number => Math.floor(Math.random() * (max + 1));

/**
 * Starts the child on `file` and SIGKILLs it: early, or shortly after its first acknowledgement.
 * Resolves with every complete line the child wrote before it died.
 */
function runAndKill(file: string, early: boolean): Promise<ChildLine[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundled!.script, file], {
      env: { ...process.env, NODE_PATH: NODE_MODULES },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: ChildLine[] = [];
    let pending = '';
    let stderr = '';
    let killTimer: NodeJS.Timeout | undefined;
    const killLater = (ms: number) => {
      killTimer ??= setTimeout(() => child.kill('SIGKILL'), ms);
    };
    if (early) killLater(randomMs(EARLY_KILL_MAX_MS));

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const parts = (pending + chunk).split('\n');
      // A line cut short by the kill is not a promise: only complete lines count.
      pending = parts.pop() ?? '';
      for (const part of parts) {
        const line = parseLine(part);
        lines.push(line);
        if (line.kind === 'ack') killLater(randomMs(KILL_AFTER_ACK_MAX_MS));
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(killTimer);
      if (signal === 'SIGKILL') resolve(lines);
      else reject(new Error(`crash child stopped by itself (${signal ?? code}):\n${stderr}`));
    });
  });
}

/** Runs SQLite's own consistency checks, on the file as the kill left it and on the search index. */
function checkIntegrity(file: string): void {
  const db = new Database(file);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const hasIndex = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'drafts_fts'").get() !== undefined;
    // Compares the full-text index with the drafts table row by row; throws on any difference.
    if (hasIndex) db.exec("INSERT INTO drafts_fts (drafts_fts, rank) VALUES ('integrity-check', 1)");
  } finally {
    db.close();
  }
}

/** Records acknowledged saves not found in the database: a draft missing, or holding an older save. */
function findLostSaves(file: string, acknowledged: ReadonlyMap<string, number>, lost: Map<string, string>): void {
  const store = openDraftStore({ file });
  try {
    for (const [id, seq] of acknowledged) {
      try {
        const stored = seqOf(store.get(id).byline);
        if (stored < seq) lost.set(`${id} ${seq}`, `${id}: acknowledged save ${seq}, found ${stored}`);
      } catch (error) {
        lost.set(`${id} ${seq}`, `${id}: acknowledged save ${seq}, ${(error as Error).message}`);
      }
    }
  } finally {
    store.close();
  }
}

test(`acknowledged saves survive ${KILLS} SIGKILLs`, async () => {
  const file = path.join(bundled!.dir, 'drafts.sqlite');
  /** Per draft, the newest save the child acknowledged; 0 for a created draft not yet saved. */
  const acknowledged = new Map<string, number>();
  /** Keyed by draft and save, so that a loss seen again after later kills counts once. */
  const lost = new Map<string, string>();
  let kills = 0;
  let killsInsideSave = 0;
  let acks = 0;
  let created = 0;
  const started = Date.now();

  for (let round = 0; round < KILLS; round += 1) {
    const lines = await runAndKill(file, round % EARLY_KILL_EVERY === EARLY_KILL_EVERY - 1);
    kills += 1;
    if (lines.at(-1)?.kind === 'save') killsInsideSave += 1;
    for (const line of lines) {
      if (line.kind === 'created') {
        created += 1;
        acknowledged.set(line.id, acknowledged.get(line.id) ?? 0);
      } else if (line.kind === 'ack') {
        acks += 1;
        acknowledged.set(line.id, Math.max(line.seq, acknowledged.get(line.id) ?? 0));
      }
    }
    checkIntegrity(file);
    findLostSaves(file, acknowledged, lost);
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `crash test: ${kills} kills, ${acks} acknowledged saves, ${lost.size} lost saves, integrity ok ` +
      `(${killsInsideSave} kills inside save(), ${created} drafts created, ${seconds} s)`,
  );
  expect([...lost.values()]).toEqual([]);
  expect(kills).toBeGreaterThanOrEqual(KILLS);
  expect(KILLS).toBeGreaterThanOrEqual(200);
});
