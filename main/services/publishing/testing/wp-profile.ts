// Helpers for the publishing tests against WordPress (*.wp.ts): a Copydesk profile with the real
// services behind the IPC dispatcher, articles to publish, and the site's REST API read directly.
import { afterEach, beforeEach, onTestFinished } from 'vitest';
import { startFaultProxy, type FaultProxy } from '../../../../e2e/publishing/fault-proxy';
import type { Credentials, WordPressSite } from '../../../../e2e/wordpress/site';
import { freshSitePerTest } from '../../../../e2e/wordpress/vitest';
import { routeUrl } from '../wordpress/routes';
import { openAppServices } from '../../app-services';
import { png } from '../../assets/testImages';
import { tempDir } from '../../drafts/testFixtures';
import { nodeCipher } from '../accounts/node-cipher';
import type { PublishingTuning } from '../service';
import type { SerializedNode } from '../../../../shared/article/body';
import type { Draft } from '../../../../shared/article/draft';
import type { EventName, PublishJob } from '../../../../shared/ipc/contract';
import { bodyOf, paragraphNode, textNode } from '../../../../shared/render/lexicalNodes';
import { dispatchAs } from '../../testing/dispatchAs';

const ORIGIN = 'app://copydesk';
const SETTLED: readonly PublishJob['state'][] = ['done', 'needs_attention', 'conflict', 'cancelled'];

/** Short waits, so that retries happen within a test. */
export const FAST: PublishingTuning = { retry: { baseMs: 150, maxMs: 600 }, timeoutMs: 4_000 };

const paragraph = (value: string) => paragraphNode([textNode(value)]);
/** A body as drafts keep it: Lexical's JSON. */
const bodyJson = (...children: SerializedNode[]): string => JSON.stringify(bodyOf(children));

/** Paragraphs of plain text, as a draft's body. */
export const plainBody = (...paragraphs: string[]): string => bodyJson(...paragraphs.map(paragraph));

export function openProfile({ profileDir = tempDir(), keyring = 'test keyring', tuning = FAST } = {}) {
  const logged: string[] = [];
  const services = openAppServices({
    profileDir,
    appOrigin: ORIGIN,
    log: {
      warn: (message, details) => logged.push(`${message} ${JSON.stringify(details ?? {})}`),
      error: (message, details) => logged.push(`ERROR ${message} ${JSON.stringify(details ?? {})}`),
    },
    ports: { cipher: nodeCipher({ keyring }) },
    publishingTuning: tuning,
  });
  let open = true;
  const close = () => {
    if (open) services.close();
    open = false;
  };
  onTestFinished(close);
  const events: { event: EventName; payload: unknown }[] = [];
  services.onEvent((event, payload) => events.push({ event, payload }));

  const { call, ok, refused } = dispatchAs(services, ORIGIN);

  const figure = (asset: unknown, alt: string, caption: string): SerializedNode => ({
    type: 'figure',
    version: 1,
    asset,
    alt,
    caption: [textNode(caption)],
    credit: 'Photo: Gazette',
    creditUrl: '',
  });

  const profile = {
    profileDir,
    logged,
    events,
    call,
    ok,
    refused,
    close,

    /**
     * The house rule says only approved articles go live: this profile works as an admin and
     * approves the draft on this computer (submit, approve), as a one-person newsroom would.
     */
    async approve(draftId: string): Promise<void> {
      await ok('setPerson', { name: 'Test desk', role: 'admin' });
      await ok('transition', { id: draftId, action: 'submit', note: '' });
      await ok('transition', { id: draftId, action: 'approve', note: '' });
    },

    /** An account as Settings → Publishing makes it: saved, its password set, the connection checked. */
    async addAccount(siteUrl: string, credentials: Credentials, label = 'Gazette'): Promise<string> {
      const { id } = await ok('saveAccount', { kind: 'wordpress', label, siteUrl, username: credentials.username });
      await ok('setAccountSecret', { id, secret: credentials.appPassword });
      await ok('checkConnection', { id });
      return id;
    },

    async textArticle(headline: string, ...paragraphs: string[]): Promise<Draft> {
      const draft = await ok<Draft>('createDraft', {});
      await ok('saveDraft', { id: draft.id, headline, standfirst: 'A short standfirst.', byline: 'Staff', body: plainBody(...paragraphs) });
      return ok<Draft>('getDraft', { id: draft.id });
    },

    /** Text, one figure whose image is also the featured image. */
    async articleWithImage(headline: string): Promise<Draft> {
      const draft = await ok<Draft>('createDraft', {});
      const { asset } = await ok('importImage', { draftId: draft.id, name: 'quay.png', dataBase64: png(24, 16).toString('base64') });
      const body = bodyJson(paragraph('Boats came in at dawn.'), figure(asset, 'Boats at the quay', 'The quay at dawn'));
      await ok('saveDraft', { id: draft.id, headline, standfirst: 'The harbour reopened.', byline: 'Staff', body });
      await ok('saveDraftMeta', { id: draft.id, meta: { ...draft.meta, featuredImage: asset.sha256 } });
      return ok<Draft>('getDraft', { id: draft.id });
    },

    /** The sample article (figure, quote, pull quote, appeals, Russian text) with a second figure. */
    async fullArticle(): Promise<Draft> {
      const sample = await ok<Draft>('createSampleDraft', {});
      const { asset } = await ok('importImage', { draftId: sample.id, name: 'timetable.png', dataBase64: png(32, 20).toString('base64') });
      const body = JSON.parse(sample.body) as { root: { children: object[] } };
      body.root.children.push(figure(asset, 'The new timetable at the terminal', 'The 6.15am sailing, added this week.'));
      await ok('saveDraft', { id: sample.id, headline: sample.headline, standfirst: sample.standfirst, byline: sample.byline, body: JSON.stringify(body) });
      return ok<Draft>('getDraft', { id: sample.id });
    },

    /** Waits until the job reaches one of `states` (by default: any state it stays in without the user). */
    async settle(jobId: string, states: readonly PublishJob['state'][] = SETTLED, timeoutMs = 30_000): Promise<PublishJob> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const job = (await ok<PublishJob[]>('listJobs', {})).find((j) => j.id === jobId);
        if (!job) throw new Error(`no job ${jobId}`);
        if (states.includes(job.state)) return job;
        if (Date.now() > deadline) throw new Error(`job ${jobId} is still ${job.state}: ${JSON.stringify(job.error)}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },

    async publish(input: Record<string, unknown>): Promise<PublishJob> {
      const { jobId } = await ok<{ jobId: string }>('publishDraft', input);
      return profile.settle(jobId);
    },
  };
  return profile;
}

/** The site's REST API as its administrator, for reading back what Copydesk made and for editing behind its back. */
export function siteRest(site: WordPressSite) {
  const { username, appPassword } = site.users.administrator;
  const authorization = `Basic ${Buffer.from(`${username}:${appPassword}`).toString('base64')}`;
  const request = async (method: string, route: string, query: Record<string, string | number> = {}, body?: unknown) => {
    const response = await fetch(routeUrl(site.rest, route, query), {
      method,
      headers: { Authorization: authorization, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return (await response.json()) as any;
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const allPosts = async (): Promise<any[]> =>
    request('GET', 'wp/v2/posts', { status: 'draft,pending,future,publish,private', context: 'edit', per_page: 100 });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const allMedia = async (): Promise<any[]> => request('GET', 'wp/v2/media', { context: 'edit', per_page: 100 });
  let before = new Set<number>();
  return {
    /** Remembers what the site holds now (its sample post, or an external site's content), to leave it out below. */
    async baseline() {
      before = new Set([...(await allPosts()), ...(await allMedia())].map((item: { id: number }) => item.id));
    },
    /** Posts made since the baseline, newest first. */
    posts: async () => (await allPosts()).filter((post) => !before.has(post.id)),
    post: (id: number) => request('GET', `wp/v2/posts/${id}`, { context: 'edit' }),
    media: async () => (await allMedia()).filter((item) => !before.has(item.id)),
    editPost: (id: number, fields: Record<string, unknown>) => request('POST', `wp/v2/posts/${id}`, {}, fields),
  };
}

/**
 * For a suite on a failing network: each test starts from the freshly set-up site, what it holds
 * baselined, with a fault-injecting proxy of its own in front of it (closed when the test ends).
 */
export function failingNetworkPerTest(site: WordPressSite) {
  const { created } = freshSitePerTest(site);
  const rest = siteRest(site);
  let proxy: FaultProxy | undefined;
  beforeEach(async () => {
    await rest.baseline();
    proxy = await startFaultProxy(site.url);
  });
  afterEach(() => proxy?.close());
  return {
    created,
    rest,
    get proxy(): FaultProxy {
      if (!proxy) throw new Error('the proxy starts before each test');
      return proxy;
    },
  };
}
