// Publishing to the local WordPress: the adapter's whole time for a publish (queue, snapshot,
// render, every REST call, the outbox's bookkeeping), against the same REST calls sent raw.
// The adapter's requests are recorded through its fetch port and replayed as they were, right
// after each publish, to a twin of the post (see replay).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startWordPress } from '../../e2e/wordpress/site';
import { openAppServices } from '../../main/services/app-services';
import { nodeCipher } from '../../main/services/publishing/accounts/node-cipher';
import type { FetchLike } from '../../main/services/publishing/http';
import type { Draft } from '../../shared/article/draft';
import { refsOf } from './editor-bench';
import { generateArticle } from './generate';
import { figure, row, type Row } from './stats';

export interface PublishPlan {
  /** Words in each article published. */
  words: number;
  /** New articles published (a create each), after one unmeasured. */
  creates: number;
  /** Re-publishes of those articles with a changed paragraph (an update each). */
  updates: number;
}

interface Recorded {
  url: string;
  init: RequestInit;
}

const ORIGIN = 'app://copydesk';
const SENDER = { url: `${ORIGIN}/`, isMainFrame: true };

const POST_ID = /(\/wp\/v2\/posts\/)(\d+)/;

/**
 * Sends the recorded requests again, one after another as the adapter did, reading each answer.
 * They go to a twin of the adapter's post, so that the replay never changes the post Copydesk
 * publishes to (it would rightly see that as someone else's edit): a replayed create makes the
 * twin, recorded in `twins` under the original's id, and a replayed update goes to the twin.
 */
async function replay(requests: readonly Recorded[], twins: Map<string, string>): Promise<number> {
  let created: string | null = null;
  const started = performance.now();
  for (const { url, init } of requests) {
    const target = url.replace(POST_ID, (whole, prefix: string, id: string) => {
      if (!twins.has(id) && created !== null) twins.set(id, created);
      return twins.has(id) ? `${prefix}${twins.get(id)}` : whole;
    });
    const response = await fetch(target, init);
    const body = await response.text();
    if (response.status >= 400) throw new Error(`replayed ${init.method ?? 'GET'} ${new URL(url).pathname} answered ${response.status}`);
    if (init.method === 'POST' && new URL(url).pathname.endsWith('/wp/v2/posts')) {
      created = String((JSON.parse(body) as { id: number }).id);
    }
  }
  return performance.now() - started;
}

export async function publishBench({ plan, log }: { plan: PublishPlan; log: (line: string) => void }): Promise<Row[]> {
  const started = performance.now();
  const site = await startWordPress();
  log(`  WordPress ready at ${site.url} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const profileDir = await mkdtemp(path.join(tmpdir(), 'copydesk-bench-publish-'));
  let recording: Recorded[] = [];
  const recordingFetch: FetchLike = (input, init) => {
    // Replayed without the adapter's abort signal (its timeout), everything else as sent.
    const { signal: _signal, ...rest } = init ?? {};
    recording.push({ url: String(input), init: rest });
    return fetch(input, init);
  };
  const services = openAppServices({
    profileDir,
    appOrigin: ORIGIN,
    log: { warn: () => {}, error: (message, details) => console.error(`[copydesk] ${message}`, details ?? '') },
    ports: { cipher: nodeCipher({ keyring: profileDir }) },
    publishingTuning: { fetch: recordingFetch },
  });
  const ok = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await services.dispatch(channel, input, SENDER);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };

  /** Queues a publish and resolves with its time to publishFinished and the requests it made. */
  const publish = async (draftId: string, accountId: string) => {
    recording = [];
    const begun = performance.now();
    let jobId = '';
    const done = new Promise<number>((resolve, reject) => {
      const stop = services.onEvent((event, payload) => {
        const job = payload as { jobId?: string; message?: string };
        if (job.jobId !== jobId) return;
        if (event === 'publishFinished') resolve(performance.now() - begun);
        else if (event === 'publishFailed' || event === 'publishConflict') reject(new Error(`the publish failed: ${job.message ?? event}`));
        else return;
        stop();
      });
    });
    ({ jobId } = await ok<{ jobId: string }>('publishDraft', { draftId, accountId, status: 'publish', note: 'Bench.' }));
    return { ms: await done, requests: recording };
  };

  try {
    const { id: accountId } = await ok<{ id: string }>('saveAccount', { kind: 'wordpress', label: 'Bench', siteUrl: site.url, username: site.users.editor.username });
    await ok('setAccountSecret', { id: accountId, secret: site.users.editor.appPassword });
    await ok('checkConnection', { id: accountId });
    // A one-person desk: its admin approves each article before it first goes live.
    await ok('setPerson', { name: 'Bench desk', role: 'admin' });
    const sample = await ok<Draft>('createSampleDraft', {});
    const refs = refsOf(sample.body);

    const drafts: Draft[] = [];
    const adapter = { create: [] as number[], update: [] as number[] };
    const raw = { create: [] as number[], update: [] as number[] };
    const twins = new Map<string, string>();
    // What each publish sent, for the log.
    const sequences = { create: [] as Recorded[][], update: [] as Recorded[][] };
    // The first create also uploads the photo (once per site): unmeasured.
    for (let i = 0; i <= plan.creates; i += 1) {
      const article = generateArticle(plan.words, refs, 1_000 + i);
      const draft = await ok<Draft>('createDraft', {});
      await ok('saveDraft', { id: draft.id, headline: `Bench publish ${i}`, standfirst: 'Generated for the publishing bench.', byline: 'Bench Reporter', body: article.body });
      for (const action of ['submit', 'approve']) await ok('transition', { id: draft.id, action, note: '' });
      const { ms, requests } = await publish(draft.id, accountId);
      if (i === 0) continue;
      drafts.push(draft);
      adapter.create.push(ms);
      raw.create.push(await replay(requests, twins));
      sequences.create.push(requests);
    }
    for (let i = 0; i < plan.updates; i += 1) {
      const draft = drafts[i % drafts.length]!;
      const article = generateArticle(plan.words, refs, 2_000 + i);
      await ok('saveDraft', { id: draft.id, headline: `Bench publish, revised ${i}`, standfirst: 'Revised for the publishing bench.', byline: 'Bench Reporter', body: article.body });
      const { ms, requests } = await publish(draft.id, accountId);
      adapter.update.push(ms);
      raw.update.push(await replay(requests, twins));
      sequences.update.push(requests);
    }
    for (const kind of ['create', 'update'] as const) {
      const calls = sequences[kind][0]!.map(({ url, init }) => `${init.method ?? 'GET'} ${new URL(url).pathname.replace(/\/\d+$/, '/<id>')}`);
      log(`  publishing: ${kind === 'create' ? 'a create' : 'an update'} makes ${calls.length} REST calls: ${calls.join(', ')}`);
    }

    const S = `publishing, ${plan.words.toLocaleString('en')}-word article, local WordPress`;
    const base = 'the same REST calls sent raw';
    return [
      row(S, 'publish a new article (create)', 'ms', figure(adapter.create), figure(raw.create), base),
      row(S, 're-publish it (update)', 'ms', figure(adapter.update), figure(raw.update), base),
    ];
  } finally {
    services.close();
    await rm(profileDir, { recursive: true, force: true });
    await site.stop();
  }
}
