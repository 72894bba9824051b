import { afterEach, beforeEach, describe, expect, onTestFinished, test } from 'vitest';
import { startGhostContractServer, type GhostContractServer } from '../../../../e2e/ghost/contract-server';
import type { Draft } from '../../../../shared/article/draft';
import type { PublishJob } from '../../../../shared/ipc/contract';
import { openAppServices } from '../../app-services';
import { png } from '../../assets/testImages';
import { tempDir } from '../../drafts/testFixtures';
import { nodeCipher } from '../accounts/node-cipher';
import type { FetchLike } from '../http';
import { createGhostClient } from './client';
import { dispatchAs } from '../../testing/dispatchAs';

// The Ghost adapter through the IPC channels and the outbox, against the loopback server that
// implements Ghost's Admin API contract (e2e/ghost/contract-server.ts).

const ORIGIN = 'app://copydesk';
let ghost: GhostContractServer;
beforeEach(async () => {
  ghost = await startGhostContractServer();
});
afterEach(() => ghost.close());

function open(fetch?: FetchLike) {
  const services = openAppServices({
    profileDir: tempDir(),
    appOrigin: ORIGIN,
    log: { warn: () => {}, error: () => {} },
    ports: { cipher: nodeCipher({ keyring: 'ghost test' }) },
    publishingTuning: { retry: { baseMs: 20, maxMs: 50 }, ...(fetch ? { fetch } : {}) },
  });
  onTestFinished(() => services.close());
  const { ok, refused } = dispatchAs(services, ORIGIN);
  const settle = async (jobId: string): Promise<PublishJob> => {
    for (;;) {
      const job = (await ok<PublishJob[]>('listJobs', {})).find((j) => j.id === jobId)!;
      if (['done', 'needs_attention', 'conflict', 'cancelled'].includes(job.state)) return job;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  return {
    ok,
    refused,
    settle,
    async account() {
      const { id } = await ok('saveAccount', { kind: 'ghost', label: 'Blog', siteUrl: ghost.url });
      await ok('setAccountSecret', { id, secret: ghost.adminKey });
      return id as string;
    },
    async article(): Promise<Draft> {
      const draft = await ok<Draft>('createDraft', {});
      const { asset } = await ok('importImage', { draftId: draft.id, name: 'quay.png', dataBase64: png(24, 16).toString('base64') });
      const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' });
      const body = JSON.stringify({
        root: {
          type: 'root',
          version: 1,
          children: [
            { type: 'paragraph', version: 1, children: [text('Boats came in at dawn.')] },
            { type: 'figure', version: 1, asset, alt: 'Boats at the quay', caption: [text('The quay')], credit: '', creditUrl: '' },
          ],
        },
      });
      await ok('saveDraft', { id: draft.id, headline: 'Harbour reopens', standfirst: 'After the storm.', byline: 'Staff', body });
      await ok('saveDraftMeta', { id: draft.id, meta: { ...draft.meta, tags: ['harbour'], featuredImage: asset.sha256 } });
      // Going live needs approval (the workflow's house rule): a one-person newsroom approves it here.
      await ok('setPerson', { name: 'Desk', role: 'admin' });
      await ok('transition', { id: draft.id, action: 'submit', note: '' });
      await ok('transition', { id: draft.id, action: 'approve', note: '' });
      return ok<Draft>('getDraft', { id: draft.id });
    },
    async publish(input: Record<string, unknown>) {
      return settle((await ok<{ jobId: string }>('publishDraft', input)).jobId);
    },
  };
}

describe('publishing to Ghost (contract server)', () => {
  test('publishes with ?source=html, the image uploaded once, the marker tag kept; re-publishing updates the same post', async () => {
    const app = open();
    const draft = await app.article();
    const accountId = await app.account();
    const job = await app.publish({ draftId: draft.id, accountId, status: 'publish' });
    expect(job).toMatchObject({ state: 'done', url: `${ghost.url}/harbour-reopens/` });

    expect(ghost.images).toEqual([{ name: 'boats-at-the-quay.png', type: 'image/png', size: expect.any(Number) }]);
    const [post] = [...ghost.posts.values()];
    expect(post).toMatchObject({ title: 'Harbour reopens', status: 'published', custom_excerpt: 'After the storm.' });
    expect(post!.feature_image).toMatch(/\/content\/images\/.+boats-at-the-quay-1\.png$/);
    expect(post!.html).toContain(`<img src="${post!.feature_image}" alt="Boats at the quay"`);
    expect(post!.tags.map((tag) => [tag.name, tag.visibility])).toEqual([
      ['harbour', 'public'],
      [expect.stringMatching(/^#copydesk-[0-9a-f-]{36}$/), 'internal'],
    ]);

    await app.ok('saveDraft', { id: draft.id, headline: 'Harbour reopens early', standfirst: draft.standfirst, byline: draft.byline, body: draft.body });
    // Publishing a live article again is a correction, with its note.
    expect(await app.publish({ draftId: draft.id, accountId, status: 'publish', note: 'The harbour reopened a day early.' })).toMatchObject({ state: 'done' });
    expect((await app.ok('getReview', { id: draft.id })).review).toMatchObject({ state: 'corrected', correctionNumber: 1 });
    expect(ghost.posts.size).toBe(1);
    expect(ghost.images).toHaveLength(1);
    expect([...ghost.posts.values()][0]).toMatchObject({ id: post!.id, title: 'Harbour reopens early', tags: post!.tags.map((t) => ({ name: t.name })) });
  });

  test('changed in Ghost since our push: 409 UPDATE_COLLISION becomes a conflict showing what changed; overwrite wins it back', async () => {
    const app = open();
    const draft = await app.article();
    const accountId = await app.account();
    await app.publish({ draftId: draft.id, accountId, status: 'publish' });
    const [post] = [...ghost.posts.values()];
    const editor = createGhostClient({ siteUrl: ghost.url, adminKey: ghost.adminKey });
    await editor.updatePost(post!.id, post!.updated_at, { title: 'Harbour reopens (corrected)', html: '<p>Corrected by the desk.</p>' });

    const conflicted = await app.publish({ draftId: draft.id, accountId, status: 'publish', note: 'Restored our text.' });
    expect(conflicted).toMatchObject({
      state: 'conflict',
      error: { code: 'UPDATE_COLLISION', retryable: false },
      conflict: { ourTitle: 'Harbour reopens', theirTitle: 'Harbour reopens (corrected)', titleChanged: true, contentChanged: true, theirExcerpt: 'Corrected by the desk.' },
    });
    expect(ghost.posts.get(post!.id)?.title).toBe('Harbour reopens (corrected)');

    await app.ok('resolveConflict', { jobId: conflicted.id, choice: 'overwrite' });
    expect(await app.settle(conflicted.id)).toMatchObject({ state: 'done' });
    expect(ghost.posts.get(post!.id)?.title).toBe('Harbour reopens');
    expect(ghost.posts.size).toBe(1);
  });

  test('a create whose answer was lost is found by its internal tag and brought up to date, never made twice', async () => {
    let dropped = false;
    const losing: FetchLike = async (input, init) => {
      const response = await fetch(input, init);
      if (!dropped && init?.method === 'POST' && String(input).includes('/posts/')) {
        dropped = true;
        throw new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
      }
      return response;
    };
    const app = open(losing);
    const draft = await app.article();
    const accountId = await app.account();
    const job = await app.publish({ draftId: draft.id, accountId, status: 'draft' });
    expect(job).toMatchObject({ state: 'done', attempts: 2 });
    expect(dropped).toBe(true);
    expect(ghost.posts.size).toBe(1);
    expect([...ghost.posts.values()][0]).toMatchObject({ status: 'draft', title: 'Harbour reopens' });
  });

  test('scheduling sends published_at; Ghost has no review status and no term ids', async () => {
    const app = open();
    const draft = await app.article();
    const accountId = await app.account();
    const at = Date.now() + 3600_000;
    expect(await app.publish({ draftId: draft.id, accountId, status: 'future', scheduledAt: at })).toMatchObject({ state: 'done' });
    expect([...ghost.posts.values()][0]).toMatchObject({ status: 'scheduled', published_at: new Date(at).toISOString() });
    expect((await app.refused('publishDraft', { draftId: draft.id, accountId, status: 'pending' })).message).toContain('no review status');
    expect((await app.refused('publishDraft', { draftId: draft.id, accountId, status: 'draft', tags: [3] })).message).toContain('no categories');
  });
});
