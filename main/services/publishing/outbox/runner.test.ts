import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, onTestFinished, test, vi } from 'vitest';
import { AppError } from '../../../../shared/ipc/result';
import { openDatabase } from '../../drafts/database';
import { tempDir } from '../../drafts/testFixtures';
import { PublishError } from '../errors';
import { ConflictError, type Publisher, type PublishOptions, type Snapshot } from '../publisher';
import { createJobsStore } from './jobs-store';
import { createOutbox, type OutboxDeps } from './runner';

// The outbox's state machine with a fake CMS: what is retried and when, what waits for the
// user, and that no sequence of failures, crashes and retries ever makes a second post.

const DRAFT = '6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
const ACCOUNT = '7a2d3b45-6c7e-4f80-9bac-1d2e3f4a5b6c';
const SHA = 'a'.repeat(64);
const OPTIONS: PublishOptions = { status: 'publish', scheduledAt: null, categories: [], tags: [], featuredImage: null };
const SNAPSHOT = { article: { headline: 'Ferry back in service' }, appeals: [], images: [] } as unknown as Snapshot;
const BASE_MS = 1_000;

/** How the fake site treats one request: as asked, lost before it arrives, or done with the answer lost. */
type Fault = 'ok' | 'lost-before' | 'lost-after' | PublishError;

/** A CMS in memory, with the same marker contract as the real adapters: a create carries the client GUID. */
function fakeSite() {
  const posts = new Map<string, { guid: string; status: string }>();
  const faults: Fault[] = [];
  const counts = { creates: 0, lookups: 0, requests: 0 };
  let hang: Promise<void> | null = null;
  let silentFrom = Infinity;

  async function request<T>(apply: () => T): Promise<T> {
    counts.requests += 1;
    if (hang) await hang;
    const fault = faults.shift() ?? 'ok';
    if (fault instanceof PublishError) throw fault;
    if (fault === 'lost-before') throw new PublishError('unreachable', 'site dropped the connection.');
    const result = apply();
    if (counts.requests >= silentFrom) await new Promise(() => {});
    if (fault === 'lost-after') throw new PublishError('timeout', 'site did not answer in time.');
    return result;
  }

  const publisher: Publisher = {
    plan: ({ records, clientGuid, options, readImage }) => [
      {
        id: `upload:${SHA}`,
        label: 'Uploading image 1 of 1',
        run: async () => {
          if (records.media(SHA)) return;
          readImage(SHA);
          const id = await request(() => 'm1');
          records.saveMedia(SHA, { remoteId: id, url: `https://site/${id}.png`, alt: '', caption: '', attached: false });
        },
      },
      {
        id: 'post',
        label: 'Creating post',
        run: async () => {
          const post = records.post();
          if (post.remoteId !== null) return;
          if (post.createSent) {
            counts.lookups += 1;
            const found = await request(() => [...posts].find(([, p]) => p.guid === clientGuid)?.[0]);
            if (found) return void records.savePost({ remoteId: found });
          }
          records.markCreateSent();
          const id = await request(() => {
            counts.creates += 1;
            const next = String(posts.size + 1);
            posts.set(next, { guid: clientGuid, status: 'draft' });
            return next;
          });
          records.savePost({ remoteId: id });
        },
      },
      {
        id: 'finish',
        label: 'Publishing',
        run: async () => {
          const id = records.post().remoteId!;
          await request(() => posts.set(id, { guid: clientGuid, status: options.status }));
          records.savePost({ url: `https://site/?p=${id}` });
        },
      },
    ],
  };
  return {
    posts,
    faults,
    counts,
    publisher,
    /** From the nth request on, the site does what is asked and never answers (until `answer`). */
    silentFrom(n: number) {
      silentFrom = n;
    },
    answer() {
      silentFrom = Infinity;
    },
    /** Requests wait until `release` is called. */
    hold() {
      let release!: () => void;
      hang = new Promise((resolve) => (release = resolve));
      return () => {
        hang = null;
        release();
      };
    },
  };
}

function harness(overrides: Partial<OutboxDeps> = {}) {
  const db = openDatabase(path.join(tempDir(), 'drafts.sqlite'), undefined);
  onTestFinished(() => void db.close());
  const store = createJobsStore(db, Date.now);
  const site = fakeSite();
  const events: { event: string; payload: Record<string, unknown> }[] = [];
  const logged: string[] = [];
  const deps: OutboxDeps = {
    store,
    open: async () => ({ publisher: site.publisher, site: 'https://site' }),
    readImage: () => new Uint8Array([1]),
    emit: (event, payload) => events.push({ event, payload: payload as Record<string, unknown> }),
    log: { warn: (message) => logged.push(message), error: (message, details) => logged.push(`ERROR ${message} ${JSON.stringify(details)}`) },
    random: () => 0.5, // no jitter: the waits below are exact
    retry: { baseMs: BASE_MS, maxMs: 8 * BASE_MS },
    ...overrides,
  };
  let outbox = createOutbox(deps);
  onTestFinished(() => outbox.stop());
  const enqueue = (options: Partial<PublishOptions> = {}) => {
    const { id } = store.enqueue(DRAFT, ACCOUNT, 'https://site', { ...OPTIONS, ...options }, SNAPSHOT);
    outbox.kick();
    return id;
  };
  return {
    store,
    site,
    events,
    logged,
    enqueue,
    get outbox() {
      return outbox;
    },
    /** A new process on the same database: what a restart after a crash does. */
    restart() {
      outbox.stop();
      outbox = createOutbox(deps);
      outbox.start();
    },
    job: (id: string) => store.summary(id)!,
    /** Lets time pass: due retries run, and each settles before the next tick. */
    async wait(ms: number) {
      await vi.advanceTimersByTimeAsync(ms);
      await outbox.settled();
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the outbox', () => {
  test('runs a job step by step, reporting progress, and records the post', async () => {
    const h = harness();
    h.outbox.start();
    const id = h.enqueue();
    await h.outbox.settled();
    expect(h.job(id)).toMatchObject({ state: 'done', url: 'https://site/?p=1', attempts: 1, error: null, headline: 'Ferry back in service' });
    expect(h.events.map(({ event, payload }) => (event === 'publishProgress' ? `${payload.done}/${payload.total} ${payload.label}` : event))).toEqual([
      '0/3 Uploading image 1 of 1',
      '1/3 Creating post',
      '2/3 Publishing',
      'publishFinished',
    ]);
    expect(h.events.at(-1)?.payload).toEqual({ jobId: id, draftId: DRAFT, url: 'https://site/?p=1' });
    expect(h.site.counts.creates).toBe(1);
  });

  test.each([
    ['a dropped connection', new PublishError('unreachable', 'site dropped the connection.')],
    ['a timeout', new PublishError('timeout', 'site did not answer in time.')],
    ['500', new PublishError('server', 'site failed (500).', { status: 500 })],
    ['502', new PublishError('server', 'site failed (502).', { status: 502 })],
    ['429 without Retry-After', new PublishError('rate_limited', 'slow down (429).', { status: 429 })],
  ])('%s is retried with exponential backoff until it goes through', async (_, error) => {
    const h = harness();
    h.outbox.start();
    h.site.faults.push(error, error, error);
    const started = Date.now();
    const id = h.enqueue();
    await h.outbox.settled();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const job = h.job(id);
      expect(job).toMatchObject({ state: 'retrying', attempts: attempt, error: { message: error.message, retryable: true } });
      waits.push(job.nextAttemptAt! - Date.now());
      await h.wait(job.nextAttemptAt! - Date.now() - 1);
      expect(h.job(id).state).toBe('retrying');
      await h.wait(1);
    }
    expect(waits).toEqual([BASE_MS, 2 * BASE_MS, 4 * BASE_MS]);
    expect(h.job(id)).toMatchObject({ state: 'done', attempts: 4, error: null });
    expect(Date.now() - started).toBe(7 * BASE_MS);
    expect(h.events.filter((e) => e.event === 'publishFailed').map((e) => e.payload.retryable)).toEqual([true, true, true]);
  });

  test('429 with Retry-After waits as long as the site asked, not less', async () => {
    const h = harness();
    h.outbox.start();
    h.site.faults.push(new PublishError('rate_limited', 'slow down (429).', { status: 429, retryAfterMs: 30_000 }));
    const id = h.enqueue();
    await h.outbox.settled();
    expect(h.job(id).nextAttemptAt! - Date.now()).toBe(30_000);
    await h.wait(29_999);
    expect(h.job(id).state).toBe('retrying');
    await h.wait(1);
    expect(h.job(id).state).toBe('done');
  });

  test('the backoff stops growing at its ceiling', async () => {
    const h = harness();
    h.outbox.start();
    const down = new PublishError('server', 'site failed (503).', { status: 503 });
    h.site.faults.push(...Array<PublishError>(8).fill(down));
    const id = h.enqueue();
    await h.outbox.settled();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      const wait = h.job(id).nextAttemptAt! - Date.now();
      waits.push(wait);
      await h.wait(wait);
    }
    expect(waits).toEqual([1, 2, 4, 8, 8, 8].map((n) => n * BASE_MS));
  });

  test.each([
    ['403 rest_cannot_publish', new PublishError('permission', 'This WordPress account may not publish posts.', { status: 403, code: 'rest_cannot_publish' })],
    ['401', new PublishError('credentials', 'WordPress refused the username or application password.', { status: 401 })],
    ['400', new PublishError('rejected', 'WordPress did not accept the request (400).', { status: 400, code: 'rest_invalid_param' })],
    ['a redirect', new PublishError('redirected', 'site redirects Copydesk elsewhere.', { status: 301 })],
  ])('%s is not retried: the job needs attention until the user retries it', async (_, error) => {
    const h = harness();
    h.outbox.start();
    h.site.faults.push(error);
    const id = h.enqueue();
    await h.outbox.settled();
    expect(h.job(id)).toMatchObject({
      state: 'needs_attention',
      nextAttemptAt: null,
      error: { message: error.message, retryable: false, code: error.details.code ?? null },
    });
    expect(h.events.at(-1)).toMatchObject({ event: 'publishFailed', payload: { retryable: false, nextAttemptAt: null } });
    await h.wait(24 * 3600_000);
    expect(h.job(id)).toMatchObject({ state: 'needs_attention', attempts: 1 });

    h.store.requeue(id);
    h.outbox.kick();
    await h.outbox.settled();
    expect(h.job(id)).toMatchObject({ state: 'done', attempts: 2 });
  });

  test('a job whose account cannot publish (AppError) waits for the user; a bug in Copydesk does too, and is logged', async () => {
    let failure: Error = new AppError('bad_request', '“Gazette” needs its password.');
    const h = harness({
      open: async () => {
        throw failure;
      },
    });
    h.outbox.start();
    const first = h.enqueue();
    await h.outbox.settled();
    expect(h.job(first)).toMatchObject({ state: 'needs_attention', error: { message: '“Gazette” needs its password.', retryable: false } });

    failure = new TypeError("Cannot read properties of undefined (reading 'id')");
    const second = h.enqueue();
    await h.outbox.settled();
    expect(h.job(first).state).toBe('cancelled'); // replaced by the newer publish
    expect(h.job(second)).toMatchObject({ state: 'needs_attention', error: { message: expect.stringContaining('error of its own') } });
    expect(h.logged.some((line) => line.startsWith('ERROR publish job failed unexpectedly') && line.includes('TypeError'))).toBe(true);
  });

  test('a create whose answer was lost is looked up by its GUID before any second create', async () => {
    const h = harness();
    h.outbox.start();
    h.site.faults.push('ok', 'lost-after'); // the upload, then the create: made, but the answer lost
    const id = h.enqueue();
    await h.outbox.settled();
    expect(h.job(id)).toMatchObject({ state: 'retrying', error: { message: 'site did not answer in time.' } });
    expect(h.site.posts.size).toBe(1);
    await h.wait(BASE_MS);
    expect(h.job(id).state).toBe('done');
    expect(h.site.counts).toMatchObject({ creates: 1, lookups: 1 });
    expect(h.site.posts).toEqual(new Map([['1', { guid: expect.any(String), status: 'publish' }]]));
  });

  test('a crash while the create is in flight: the next start resumes the job, finds the post, makes no other', async () => {
    const h = harness();
    h.outbox.start();
    h.site.silentFrom(2); // the upload is answered; the create is made and its answer never comes
    const id = h.enqueue();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.job(id).state).toBe('running');
    expect(h.site.counts.creates).toBe(1);
    h.outbox.stop(); // the process dies: nothing more is written

    h.site.answer();
    h.restart();
    await h.outbox.settled();
    expect(h.job(id)).toMatchObject({ state: 'done', attempts: 2 });
    expect(h.site.counts).toMatchObject({ creates: 1, lookups: 1 });
    expect(h.site.posts.size).toBe(1);
  });

  test('a conflict stops the job and shows what changed; overwrite runs it again, cancel ends it', async () => {
    const conflict = {
      remoteModifiedAt: 1_700_000_000_000,
      ourTitle: 'Ferry back in service',
      theirTitle: 'Ferry back in service (updated)',
      titleChanged: true,
      contentChanged: false,
      theirExcerpt: 'The ferry…',
    };
    let overwrite = false;
    const h = harness({
      open: async () => ({
        site: 'https://site',
        publisher: {
          plan: (job) => [
            {
              id: 'post',
              label: 'Checking the post on the site',
              run: async () => {
                overwrite = job.overwrite;
                if (!job.overwrite) throw new ConflictError('Someone changed this post on the site.', conflict);
                job.records.savePost({ remoteId: '9', url: 'https://site/?p=9' });
              },
            },
          ],
        },
      }),
    });
    h.outbox.start();
    const id = h.enqueue();
    await h.outbox.settled();
    expect(h.job(id)).toMatchObject({ state: 'conflict', conflict, error: { retryable: false } });
    expect(h.events.at(-1)).toEqual({ event: 'publishConflict', payload: { jobId: id, draftId: DRAFT, conflict } });
    await h.wait(3600_000);
    expect(h.job(id).state).toBe('conflict');

    h.store.requeue(id, true);
    h.outbox.kick();
    await h.outbox.settled();
    expect(overwrite).toBe(true);
    expect(h.job(id)).toMatchObject({ state: 'done', conflict: null, url: 'https://site/?p=9' });
  });

  test('cancelling a waiting job stops its retries; cancelling a running one aborts it', async () => {
    const h = harness();
    h.outbox.start();
    h.site.faults.push(new PublishError('server', 'site failed (502).'));
    const waiting = h.enqueue();
    await h.outbox.settled();
    expect(h.store.transition(waiting, ['retrying'], 'cancelled')).toBe(true);
    await h.wait(60_000);
    expect(h.job(waiting)).toMatchObject({ state: 'cancelled', attempts: 1 });

    const release = h.site.hold();
    const running = h.enqueue();
    await vi.advanceTimersByTimeAsync(0);
    h.store.transition(running, ['running'], 'cancelled');
    h.outbox.interrupt(running);
    release();
    await h.outbox.settled();
    expect(h.job(running).state).toBe('cancelled');
    expect(h.events.filter((e) => e.payload.jobId === running && e.event !== 'publishProgress')).toEqual([]);
  });

  test('never two posts, whatever fails, however often, with crashes in between', async () => {
    const fault = fc.constantFrom<Fault>(
      'ok',
      'ok',
      'lost-before',
      'lost-after',
      new PublishError('server', 'site failed (500).'),
      new PublishError('rate_limited', 'slow down (429).', { retryAfterMs: 2_000 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fault, { maxLength: 12 }), fc.array(fc.boolean(), { maxLength: 12 }), async (faults, crashes) => {
        const h = harness();
        h.outbox.start();
        h.site.faults.push(...faults);
        const id = h.enqueue();
        for (let round = 0; round < 40 && h.job(id).state !== 'done'; round += 1) {
          await h.outbox.settled();
          if (crashes[round]) h.restart();
          const next = h.job(id).nextAttemptAt;
          await h.wait(next === null ? 0 : next - Date.now());
        }
        expect(h.job(id).state).toBe('done');
        expect(h.site.posts.size).toBe(1);
        expect(h.site.counts.creates).toBe(1);
        expect([...h.site.posts.values()][0]!.status).toBe('publish');
      }),
      { numRuns: 60 },
    );
  });
});
