// IPC fuzz: payloads that are invalid by construction, against every channel through the real
// dispatcher on real services (a temporary profile). Each must be refused with a validation error
// (bad_request or too_large) before any handler runs: the database and the profile's files stay
// exactly as they were, Object.prototype is untouched and the process keeps serving requests.
//
// Every payload is a valid input for its channel (checked against the contract first) with one
// mutation that must make it invalid whatever the field schemas say: the input replaced by a
// non-object; an extra key (every input is a strict object); a required key removed; a field
// replaced by a value of another JSON type (or NaN/Infinity/a fraction where an integer goes);
// a string larger than the channel's size cap.
//
// The seed is fixed so that the run is repeatable; COPYDESK_FUZZ_SEED=<n> explores another.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { z } from 'zod';
import { DEFAULT_META } from '../../../shared/article/meta';
import { channels, contract, maxRequestBytesFor, type Channel, type ChannelInput } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { openAppServices, type AppServices } from '../app-services';
import { bodyOf } from '../drafts/testFixtures';
import type { Logger } from '../ipc/dispatcher';
import { nodeCipher } from '../publishing/accounts/node-cipher';

/** At least 10,500 payloads in all, spread evenly over the channels. */
const RUNS_PER_CHANNEL = Math.ceil(10_500 / channels.length);
const SEED = Number(process.env.COPYDESK_FUZZ_SEED ?? 20_260_601);
const APP_ORIGIN = 'app://copydesk';
const SENDER = { url: `${APP_ORIGIN}/index.html`, isMainFrame: true };

const DRAFT = '3f2c1e4a-8b7d-4c6e-9f1a-2b3c4d5e6f70';
const ACCOUNT = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const JOB = 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e';
const THREAD = 'c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f';
const SHA = 'a'.repeat(64);
const donation: { frequencies: ('once' | 'monthly' | 'annual')[]; defaultFrequency: 'monthly' } & Record<'heading' | 'body' | 'buttonLabel' | 'remindLaterLabel', string> = {
  heading: 'Support us',
  body: 'We are funded by readers.',
  frequencies: ['once', 'monthly'],
  defaultFrequency: 'monthly',
  buttonLabel: 'Give',
  remindLaterLabel: 'Later',
};

/** One valid input per channel; a channel added to the contract without one fails typecheck. */
const VALID: { [C in Channel]: ChannelInput<C> } = {
  createDraft: {},
  getDraft: { id: DRAFT },
  saveDraft: { id: DRAFT, headline: 'Headline', standfirst: 'Standfirst', byline: 'Staff', body: bodyOf('Text') },
  listDrafts: {},
  searchDrafts: { query: 'river' },
  trashDraft: { id: DRAFT },
  listTrash: {},
  restoreDraft: { id: DRAFT },
  emptyTrash: {},
  listRevisions: { id: DRAFT },
  saveVersion: { id: DRAFT },
  restoreRevision: { id: DRAFT, revisionId: 1 },
  saveDraftMeta: { id: DRAFT, meta: { ...DEFAULT_META, tags: ['news'], slug: 'a-slug' } },
  importImage: { draftId: DRAFT, name: 'photo.png', dataBase64: 'iVBORw0KGgo=' },
  listAppeals: {},
  getAppealVersions: { ids: [{ id: 'donate', version: 1 }] },
  saveAppeal: { id: 'donate', name: 'Donate', entry: { kind: 'donation', variants: { en: donation, ru: donation } } },
  appealHistory: { id: 'donate' },
  createSampleDraft: {},
  profileStatus: {},
  listAccounts: {},
  saveAccount: { kind: 'wordpress', label: 'Site', siteUrl: 'https://example.org', username: 'editor' },
  deleteAccount: { id: ACCOUNT },
  secretStorage: {},
  setAccountSecret: { id: ACCOUNT, secret: 'not-a-real-secret', acceptWeakStorage: false },
  clearAccountSecret: { id: ACCOUNT },
  checkConnection: { id: ACCOUNT },
  listTerms: { accountId: ACCOUNT },
  publishDraft: {
    draftId: DRAFT,
    accountId: ACCOUNT,
    status: 'future',
    scheduledAt: 1,
    categories: [1],
    tags: [2],
    featuredImage: SHA,
    note: 'Embargo lifts at nine.',
    override: true,
  },
  listJobs: { draftId: DRAFT },
  retryJob: { jobId: JOB },
  cancelJob: { jobId: JOB },
  resolveConflict: { jobId: JOB, choice: 'cancel' },
  openPublishedPost: { jobId: JOB },
  exportDraft: { id: DRAFT, format: 'html' },
  getPerson: {},
  setPerson: { name: 'Анна Петрова', role: 'editor' },
  getReview: { id: DRAFT },
  transition: { id: DRAFT, action: 'return', note: 'Check the second quote.', override: false, accountId: ACCOUNT },
  addComment: { id: DRAFT, threadId: THREAD, quote: 'the harbour', text: 'Source?' },
  replyComment: { id: DRAFT, threadId: THREAD, text: 'The harbour master.' },
  resolveComment: { id: DRAFT, threadId: THREAD, resolved: true },
  reviewSnapshot: { id: DRAFT, since: 'submitted' },
  reviewQueue: { accountId: ACCOUNT },
  openFromQueue: { accountId: ACCOUNT, postId: 7 },
  refreshReview: { id: DRAFT },
  recoveryNotice: {},
  desktopState: {},
  setOpenDraft: { id: DRAFT },
  setTheme: { theme: 'dark' },
  setUiLanguage: { language: 'ru' },
  setSpellcheckLanguage: { language: 'ru' },
  listHouseWords: {},
  addHouseWord: { word: 'Хабаровск' },
  removeHouseWord: { word: 'Navalny' },
  importHouseWords: { name: 'house.txt', dataBase64: 'TmF2YWxueQo=' },
  exportHouseWords: {},
};

type Shape = Record<string, z.ZodType>;
const shapeOf = (channel: Channel): Shape => (contract[channel].input as unknown as { shape: Shape }).shape;

type Kind = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';
const kindOf = (value: unknown): Kind =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : (typeof value as Kind);

// ---- arbitraries -----------------------------------------------------------------------------

const typedArray = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 64 }),
  fc.int32Array({ minLength: 1, maxLength: 16 }),
  fc.float64Array({ minLength: 1, maxLength: 16 }),
);
const oddNumber = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0.5, -0.25, 1e308);
const longString = fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'A'.repeat(n));

/** Nested `depth` levels deep, in arrays or objects; very deep ones may not even serialize. */
const deep = fc.tuple(fc.integer({ min: 2, max: 20_000 }), fc.boolean()).map(([depth, arrays]) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = arrays ? [value] : { nest: value };
  return value;
});

const anyValue = fc.oneof(
  { weight: 4, arbitrary: fc.anything({ maxDepth: 3 }) },
  { weight: 1, arbitrary: typedArray },
  { weight: 1, arbitrary: oddNumber },
  { weight: 1, arbitrary: longString },
  { weight: 1, arbitrary: deep },
);

/** A value of another JSON type than `kind` (never null when the field accepts null). */
function wrongTypeFor(kind: Kind, nullable: boolean): fc.Arbitrary<unknown> {
  const byKind: Record<Kind, fc.Arbitrary<unknown>> = {
    string: fc.oneof(fc.string({ maxLength: 40 }), longString),
    number: fc.oneof(fc.integer(), fc.double()),
    boolean: fc.boolean(),
    null: fc.constant(null),
    array: fc.oneof(fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }), deep.filter(Array.isArray)),
    object: fc.oneof(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.anything({ maxDepth: 2 }), { minKeys: 1 }), typedArray),
  };
  const others = (Object.keys(byKind) as Kind[]).filter((other) => other !== kind && !(other === 'null' && nullable));
  const options = others.map((other) => byKind[other]);
  // Not another JSON type, but never an integer: every number in the contract is an integer.
  if (kind === 'number') options.push(oddNumber);
  return fc.oneof(...options);
}

const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'then'];

interface Payload {
  mutation: string;
  input: unknown;
}

/** Own keys even for __proto__: what JSON.parse makes of hostile JSON arriving over IPC. */
function withOwnKey(base: object, key: string, valueJson: string): Record<string, unknown> {
  const rest = JSON.stringify(base).slice(1);
  return JSON.parse(`{${JSON.stringify(key)}:${valueJson}${rest === '}' ? '}' : `,${rest}`}`) as Record<string, unknown>;
}

function payloadsFor(channel: Channel): fc.Arbitrary<Payload> {
  const base = VALID[channel] as Record<string, unknown>;
  const shape = shapeOf(channel);
  const clone = () => JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  const keys = Object.keys(base);
  const required = Object.keys(shape).filter((key) => !shape[key]!.safeParse(undefined).success);

  const notAnObject = fc
    .oneof(
      fc.string({ maxLength: 50 }),
      fc.integer(),
      oddNumber,
      fc.boolean(),
      fc.constantFrom(null, undefined),
      fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
      fc.constant([base]),
      fc.constant(Object.entries(base)),
      typedArray,
      deep.filter(Array.isArray),
    )
    .map((input) => ({ mutation: 'not an object', input }));

  const extraKey = fc
    .tuple(fc.string({ minLength: 1, maxLength: 30 }).filter((key) => !(key in shape)), anyValue)
    .map(([key, value]) => {
      const input = clone();
      Object.defineProperty(input, key, { value, enumerable: true, writable: true, configurable: true });
      return { mutation: 'extra key', input };
    });

  const pollutingKey = fc
    .tuple(fc.constantFrom(...POLLUTING_KEYS), fc.jsonValue({ maxDepth: 3 }), fc.boolean())
    .map(([key, value, nested]) => {
      const valueJson = nested ? JSON.stringify({ polluted: 'yes', prototype: { polluted: 'yes' }, inner: value }) : JSON.stringify(value);
      return { mutation: `own "${key}" key`, input: withOwnKey(base, key, valueJson) };
    });

  const options: fc.Arbitrary<Payload>[] = [notAnObject, extraKey, pollutingKey];

  if (required.length) {
    options.push(
      fc.constantFrom(...required).map((key) => {
        const input = clone();
        delete input[key];
        return { mutation: `missing ${key}`, input };
      }),
    );
  }
  if (keys.length) {
    options.push(
      fc
        .constantFrom(...keys)
        .chain((key) => wrongTypeFor(kindOf(base[key]), shape[key]!.safeParse(null).success).map((value) => [key, value] as const))
        .map(([key, value]) => {
          const input = clone();
          input[key] = value;
          return { mutation: `wrong type for ${key}`, input };
        }),
    );
  }
  return fc.oneof(...options);
}

// ---- the profile, its digest and the run -------------------------------------------------------

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? walk(file) : [file];
  });
}

let profileDir: string;
let services: AppServices;
const warnings: string[] = [];
const errors: string[] = [];
const crashes: unknown[] = [];
const onCrash = (error: unknown) => crashes.push(error);

/** Every row of every table, and every file of the profile other than the database's own. */
function digest(): string {
  const hash = createHash('sha256');
  const db = new Database(path.join(profileDir, 'drafts.sqlite'), { readonly: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[];
    for (const { name } of tables) {
      const rows = db
        .prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`)
        .raw()
        .all()
        .map((row) => JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value)))
        .sort();
      hash.update(`${name}\n${rows.join('\n')}\n`);
    }
  } finally {
    db.close();
  }
  for (const file of walk(profileDir).sort()) {
    if (/drafts\.sqlite(-wal|-shm|-journal)?$/.test(file)) continue;
    hash.update(`${path.relative(profileDir, file)}\n`).update(readFileSync(file));
  }
  return hash.digest('hex');
}

const dispatch = (channel: string, input: unknown): Promise<Result<unknown>> => services.dispatch(channel, input, SENDER);

beforeAll(async () => {
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  profileDir = mkdtempSync(path.join(tmpdir(), 'copydesk-fuzz-'));
  const log: Logger = {
    warn: (message, details) => warnings.push(`${message} ${JSON.stringify(details ?? {})}`),
    error: (message, details) => errors.push(`${message} ${JSON.stringify(details ?? {})}`),
  };
  services = openAppServices({ profileDir, appOrigin: APP_ORIGIN, log, ports: { cipher: nodeCipher({ keyring: profileDir }) } });
  // Something in every store, so that "unchanged" means something.
  const draft = await dispatch('createDraft', {});
  if (!draft.ok) throw new Error(draft.error.message);
  const id = (draft.value as { id: string }).id;
  for (const [channel, input] of [
    ['saveDraft', { ...VALID.saveDraft, id }],
    ['saveDraftMeta', { ...VALID.saveDraftMeta, id }],
    ['saveVersion', { id }],
    ['createSampleDraft', {}],
    ['saveAppeal', VALID.saveAppeal],
    ['saveAccount', VALID.saveAccount],
  ] as const) {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  }
  warnings.length = 0;
});

afterAll(() => {
  services?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  process.off('uncaughtException', onCrash);
  process.off('unhandledRejection', onCrash);
});

test('every valid base input passes its channel schema (so each mutation is what fails)', () => {
  for (const channel of channels) expect(contract[channel].input.safeParse(VALID[channel]).success, channel).toBe(true);
});

test('fuzz: every channel refuses every invalid payload, and nothing changes', { timeout: 300_000 }, async () => {
  const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
  const before = digest();
  const started = performance.now();
  const counts = new Map<string, number>();
  let sent = 0;

  const expectRefused = async (channel: Channel, payload: Payload) => {
    const result = await dispatch(channel, payload.input);
    sent++;
    const kind = payload.mutation.replace(/^missing .*/, 'missing key').replace(/ for .*/, '').replace(/ ".*" key/, ' polluting key');
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    if (result.ok || !['bad_request', 'too_large'].includes(result.error.code)) {
      throw new Error(`${channel} (${payload.mutation}) answered ${JSON.stringify(result).slice(0, 300)}`);
    }
  };

  for (const channel of channels) {
    await fc.assert(
      fc.asyncProperty(payloadsFor(channel), (payload) => expectRefused(channel, payload)),
      { numRuns: RUNS_PER_CHANNEL, seed: SEED + channels.indexOf(channel) },
    );
    // Larger than the channel's cap, in a field and in an extra key: refused before parsing.
    const huge = 'x'.repeat(maxRequestBytesFor(channel) + 1);
    const base = VALID[channel] as Record<string, unknown>;
    const [first] = Object.keys(base);
    if (first) await expectRefused(channel, { mutation: 'huge string', input: { ...base, [first]: huge } });
    await expectRefused(channel, { mutation: 'huge string', input: { ...base, padding: huge } });
  }
  const seconds = (performance.now() - started) / 1000;

  expect(sent).toBeGreaterThanOrEqual(10_000);
  // Every refusal was logged as one, and nothing reached a handler that then failed.
  expect(errors).toEqual([]);
  expect(warnings.length).toBe(sent);
  expect(warnings.every((line) => line.startsWith('ipc request rejected'))).toBe(true);
  expect(crashes).toEqual([]);
  // Nothing polluted.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  // Nothing written.
  expect(digest()).toBe(before);
  // Still up and serving.
  const list = await dispatch('listDrafts', {});
  expect(list.ok).toBe(true);

  const byMutation = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([mutation, n]) => `${mutation}: ${n}`)
    .join(', ');
  console.log(
    `[ipc-fuzz] ${sent} invalid payloads over ${channels.length} channels (seed ${SEED}), all refused (bad_request/too_large) in ${seconds.toFixed(1)} s; database and profile unchanged. ${byMutation}`,
  );
});
