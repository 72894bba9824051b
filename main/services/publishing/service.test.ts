import { afterEach, beforeEach, describe, expect, onTestFinished, test } from 'vitest';
import { startGhostContractServer, type GhostContractServer } from '../../../e2e/ghost/contract-server';
import type { Draft } from '../../../shared/article/draft';
import type { PublishJob } from '../../../shared/ipc/contract';
import { openAppServices } from '../app-services';
import { png } from '../assets/testImages';
import { tempDir } from '../drafts/testFixtures';
import { nodeCipher } from './accounts/node-cipher';
import { dispatchAs } from '../testing/dispatchAs';

// The publish channels' checks and the job controls, through the dispatcher. The Ghost contract
// server stands in for a site where a job has to finish.

const ORIGIN = 'app://copydesk';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
let ghost: GhostContractServer;
beforeEach(async () => {
  ghost = await startGhostContractServer();
});
afterEach(() => ghost.close());

async function open() {
  const opened: string[] = [];
  const services = openAppServices({
    profileDir: tempDir(),
    appOrigin: ORIGIN,
    log: { warn: () => {}, error: () => {} },
    ports: { cipher: nodeCipher({ keyring: 'k' }), openExternal: async (url) => void opened.push(url) },
  });
  onTestFinished(() => services.close());
  const { ok, refused } = dispatchAs(services, ORIGIN);
  const { id: accountId } = await ok('saveAccount', { kind: 'ghost', label: 'Blog', siteUrl: ghost.url });
  await ok('setAccountSecret', { id: accountId, secret: ghost.adminKey });
  const draft = await ok<Draft>('createDraft', {});
  await ok('saveDraft', { id: draft.id, headline: 'Harbour reopens', standfirst: '', byline: '', body: draft.body });
  // Going live needs approval (the workflow's house rule): a one-person newsroom approves it here.
  await ok('setPerson', { name: 'Desk', role: 'admin' });
  await ok('transition', { id: draft.id, action: 'submit', note: '' });
  await ok('transition', { id: draft.id, action: 'approve', note: '' });
  const settle = async (jobId: string, states = ['done', 'needs_attention', 'conflict', 'cancelled']) => {
    for (;;) {
      const job = (await ok<PublishJob[]>('listJobs', { draftId: draft.id })).find((j) => j.id === jobId)!;
      if (states.includes(job.state)) return job;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  return { ok, refused, settle, opened, accountId: accountId as string, draft };
}

describe('publishDraft refuses what cannot be published, before queueing anything', () => {
  test.each([
    ['a draft in the Trash', 'trash', 'in the Trash'],
    ['"schedule" without a time', { status: 'future' }, 'only with it'],
    ['a time without "schedule"', { status: 'draft', scheduledAt: Date.now() + 60_000 }, 'only with it'],
    ['a time in the past', { status: 'future', scheduledAt: 1_000 }, 'in the past'],
    ['a featured image that is not the article’s', { status: 'draft', featuredImage: 'f'.repeat(64) }, 'not one of this article’s images'],
  ] as const)('%s', async (_, change, message) => {
    const { ok, refused, accountId, draft } = await open();
    if (change === 'trash') await ok('trashDraft', { id: draft.id });
    const input = { draftId: draft.id, accountId, ...(change === 'trash' ? { status: 'draft' } : change) };
    expect(await refused('publishDraft', input)).toEqual({ code: 'bad_request', message: expect.stringContaining(message) });
    expect(await ok('listJobs', {})).toEqual([]);
  });

  test('an unknown draft or account: not_found', async () => {
    const { refused, accountId, draft } = await open();
    expect((await refused('publishDraft', { draftId: UNKNOWN, accountId, status: 'draft' })).code).toBe('not_found');
    expect((await refused('publishDraft', { draftId: draft.id, accountId: UNKNOWN, status: 'draft' })).code).toBe('not_found');
  });

  test('an account without its password', async () => {
    const { ok, refused, accountId, draft } = await open();
    await ok('clearAccountSecret', { id: accountId });
    expect((await refused('publishDraft', { draftId: draft.id, accountId, status: 'draft' })).message).toContain('needs its password');
  });

  test('a featured image the article owns but does not show is uploaded too', async () => {
    const { ok, settle, accountId, draft } = await open();
    const { asset } = await ok('importImage', { draftId: draft.id, name: 'lead.png', dataBase64: png(10, 8).toString('base64') });
    const { jobId } = await ok('publishDraft', { draftId: draft.id, accountId, status: 'draft', featuredImage: asset.sha256 });
    expect(await settle(jobId)).toMatchObject({ state: 'done' });
    expect(ghost.images).toHaveLength(1);
    expect([...ghost.posts.values()][0]!.feature_image).toContain('/content/images/');
  });
});

describe('the job controls', () => {
  test('a done job: listed with its URL, opened in the browser; it cannot be retried or cancelled', async () => {
    const { ok, refused, settle, opened, accountId, draft } = await open();
    const { jobId } = await ok('publishDraft', { draftId: draft.id, accountId, status: 'publish' });
    const job = await settle(jobId);
    expect(job).toMatchObject({ state: 'done', url: `${ghost.url}/harbour-reopens/`, draftId: draft.id, accountId, status: 'publish' });
    expect(await ok('listJobs', { draftId: UNKNOWN })).toEqual([]);
    expect(await ok('openPublishedPost', { jobId })).toEqual({ opened: true });
    expect(opened).toEqual([job.url]);
    expect((await refused('retryJob', { jobId })).message).toContain('publish again');
    expect((await refused('cancelJob', { jobId })).message).toContain('the post is on the site');
    expect((await refused('resolveConflict', { jobId, choice: 'overwrite' })).message).toContain('no conflict');
    expect((await refused('retryJob', { jobId: UNKNOWN })).code).toBe('not_found');
  });

  test('a waiting job can be retried at once; a newer publish replaces a stalled one', async () => {
    const { ok, settle, accountId, draft } = await open();
    await ghost.close();
    const { jobId } = await ok('publishDraft', { draftId: draft.id, accountId, status: 'draft' });
    const waiting = await settle(jobId, ['retrying']);
    expect(waiting.error).toMatchObject({ retryable: true, message: expect.stringContaining('refused the connection') });
    expect(await ok('openPublishedPost', { jobId })).toEqual({ opened: false });
    expect((await ok('retryJob', { jobId })).nextAttemptAt).toBeNull();
    await settle(jobId, ['retrying']);
    expect((await ok<PublishJob[]>('listJobs', {}))[0]).toMatchObject({ id: jobId, attempts: 2 });

    const { jobId: newer } = await ok('publishDraft', { draftId: draft.id, accountId, status: 'draft' });
    expect((await ok<PublishJob[]>('listJobs', {})).map((j) => [j.id, j.state])).toEqual([
      [newer, expect.stringMatching(/running|retrying|queued/)],
      [jobId, 'cancelled'],
    ]);
    expect(await ok('cancelJob', { jobId: newer })).toMatchObject({ state: 'cancelled' });
  });
});
