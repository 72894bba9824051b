import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshSitePerTest, providedWordPress } from '../../../e2e/wordpress/vitest';
import type { Credentials } from '../../../e2e/wordpress/site';
import type { AppealVersion } from '../../../shared/appeals/library';
import type { Draft } from '../../../shared/article/draft';
import type { PublishJob } from '../../../shared/ipc/contract';
import type { ReviewView } from '../../../shared/ipc/workflow-channels';
import { toGutenberg } from '../../../shared/render';
import { siteRest } from '../publishing/testing/wp-profile';
import { routeUrl } from '../publishing/wordpress/routes';
import { deskOn, markPhrase } from './testing/newsroom';

const wp = providedWordPress();

const THREAD = '3b9d2f6e-1a4c-4e8b-9d7f-5c2a1e3b4d6f';

interface Figure {
  type: string;
  alt: string;
  credit: string;
  caption: { text: string }[];
  asset: { sha256: string };
}
const figuresOf = (draft: Draft): Figure[] => (JSON.parse(draft.body).root.children as Figure[]).filter((node) => node.type === 'figure');
const COMMENT = 'Is 6.15am the summer timetable or all year?';

// Three Copydesk profiles hand an article to each other through the real WordPress with the
// companion plugin (build/wordpress-plugin), each signed in with its own WordPress account: a
// contributor as reporter, an editor, and a publisher (a second editor account).
describe.skipIf(!wp.site)(`the newsroom workflow through WordPress${wp.skip ? ` (skipped: ${wp.skip})` : ''}`, () => {
  const site = wp.site!;
  const { created } = freshSitePerTest(site);
  const rest = siteRest(site);
  beforeEach(() => rest.baseline());

  const desk = deskOn(site.url);

  /** The site's REST API as one of its users, for what a user could try without Copydesk. */
  const restAs = (credentials: Credentials) => (method: string, route: string, body?: unknown) =>
    fetch(routeUrl(site.rest, route, { context: 'edit' }), {
      method,
      headers: {
        Authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.appPassword}`).toString('base64')}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  /**
   * The published post's page as a reader gets it, once its stored markup is checked to be the
   * article exactly as Copydesk renders it (with the site's image URLs and the pinned appeals,
   * whose texts the page must show).
   */
  async function publicPage(profile: { ok: <T>(channel: string, input: unknown) => Promise<T> }, article: Draft, post: { link: string; content: { raw: string } }) {
    const pins = [...article.body.matchAll(/"appealId":"([^"]+)","appealVersion":(\d+)/g)].map(([, id, version]) => ({ id, version: Number(version) }));
    const appeals = await profile.ok<AppealVersion[]>('getAppealVersions', { ids: pins });
    expect(appeals.length).toBeGreaterThan(0);
    const media = await rest.media();
    const urlOf = (sha: string) => media.find((m: { source_url: string }) => m.source_url.includes(`cd-${sha.slice(0, 16)}`))?.source_url ?? '';
    const expected = toGutenberg(article, {
      appeal: (id, version) => appeals.find((a) => a.id === id && a.version === version),
      assetUrl: (asset) => urlOf(asset.sha256),
    });
    expect(post.content.raw).toBe(expected);
    const page = await (await fetch(post.link)).text();
    for (const appeal of appeals) {
      const shown = appeal.variants[article.meta.language] as { heading?: string; text?: string };
      expect(page).toContain(shown.heading ?? shown.text);
    }
    return page;
  }

  async function settle(profile: { ok: <T>(channel: string, input: unknown) => Promise<T> }, jobId: string): Promise<PublishJob> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const job = (await profile.ok<PublishJob[]>('listJobs', {})).find((j) => j.id === jobId)!;
      if (['done', 'needs_attention', 'conflict', 'cancelled'].includes(job.state)) return job;
      if (Date.now() > deadline) throw new Error(`job ${jobId} is still ${job.state}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('reporter submits, editor comments and returns, reporter fixes and resubmits, editor approves, publisher publishes', async () => {
    const reporter = await desk({ name: 'Маша Иванова', role: 'reporter' }, site.users.contributor);
    const editor = await desk({ name: 'Desk Editor', role: 'editor' }, site.users.editor);
    const publisher = await desk({ name: 'Night Publisher', role: 'publisher' }, site.users.publisher);
    // The sample article with a second photo: figures with captions and credits, a quote, a pull
    // quote, appeals, Russian text, and its details (section, tags, slug, featured image).
    const draft = await reporter.fullArticle();
    const figures = figuresOf(draft);
    expect(figures).toHaveLength(2);

    // The reporter submits: a pending post carrying the review.
    const { link } = await reporter.act(draft.id, 'submit', '', { accountId: reporter.accountId });
    const postId = link!.postId;
    expect(await rest.post(postId)).toMatchObject({ status: 'pending', title: { raw: draft.headline } });
    expect(await reporter.refused('transition', { id: draft.id, action: 'approve', note: '' })).toMatchObject({ code: 'not_allowed' });
    expect(await reporter.refused('publishDraft', { draftId: draft.id, accountId: reporter.accountId, status: 'publish' })).toMatchObject({
      code: 'not_allowed',
    });

    // WordPress itself refuses the contributor's own approval and an editor's publish of an unapproved article.
    const forged = (await rest.post(postId)).copydesk_review;
    const approve = {
      id: '8f7e6d5c-4b3a-4291-8efd-cba987654321',
      at: Date.now(),
      actor: { name: 'Маша Иванова', role: 'editor', cmsUser: site.users.contributor.username },
      action: 'approve',
      from: 'submitted',
      to: 'approved',
      note: '',
      override: false,
      correctionNumber: null,
    };
    const selfApproved = await restAs(site.users.contributor)('POST', `wp/v2/posts/${postId}`, {
      copydesk_review: {
        ...forged,
        review: { ...forged.review, state: 'approved', approval: { by: approve.actor, at: approve.at }, audit: [...forged.review.audit, approve] },
      },
    });
    expect(selfApproved.status).toBe(403);
    expect(await selfApproved.json()).toMatchObject({ code: 'copydesk_forbidden' });
    const published = await restAs(site.users.editor)('POST', `wp/v2/posts/${postId}`, { status: 'publish' });
    expect([published.status, ((await published.json()) as { code: string }).code]).toEqual([403, 'copydesk_not_approved']);
    expect(await rest.post(postId)).toMatchObject({ status: 'pending' });

    // The editor's queue shows it; the editor comments on a sentence and returns it with a note.
    expect(await editor.queue()).toMatchObject([{ postId, state: 'submitted', author: 'Маша Иванова', openComments: 0 }]);
    const copy = await editor.ok<Draft>('openFromQueue', { accountId: editor.accountId, postId });
    expect(copy).toMatchObject({ headline: draft.headline, body: draft.body, meta: draft.meta });
    for (const { asset } of figures) expect(existsSync(path.join(editor.profileDir, 'assets', asset.sha256.slice(0, 2), asset.sha256))).toBe(true);
    const marked = markPhrase(copy.body, THREAD, '6.15am departure');
    await editor.ok('saveDraft', { id: copy.id, headline: copy.headline, standfirst: copy.standfirst, byline: copy.byline, body: marked });
    await editor.ok('addComment', { id: copy.id, threadId: THREAD, quote: '6.15am departure', text: COMMENT });
    await editor.act(copy.id, 'return', 'Please check the first sailing with the port.');
    expect(await rest.post(postId)).toMatchObject({ status: 'draft' });

    // The reporter sees the comment and the note, fixes the text, resolves the comment, resubmits.
    expect(await reporter.queue()).toMatchObject([{ postId, state: 'draft', draftId: draft.id, openComments: 1 }]);
    const returned = await reporter.ok<ReviewView>('refreshReview', { id: draft.id });
    expect(returned.review.comments).toMatchObject([{ id: THREAD, quote: '6.15am departure', messages: [{ text: COMMENT }] }]);
    expect(returned.review.audit.at(-1)).toMatchObject({ action: 'return', note: 'Please check the first sailing with the port.' });
    const current = await reporter.ok<Draft>('getDraft', { id: draft.id });
    expect(current.body).toBe(marked);
    const { headline, standfirst, byline } = current;
    await reporter.ok('saveDraft', { id: draft.id, headline, standfirst, byline, body: current.body.replace('6.15am departure', '6.30am departure') });
    await reporter.ok('resolveComment', { id: draft.id, threadId: THREAD, resolved: true });
    await reporter.act(draft.id, 'submit');

    // The publisher may not publish before approval; the editor approves.
    const early = await publisher.ok<Draft>('openFromQueue', { accountId: publisher.accountId, postId });
    expect(await publisher.refused('publishDraft', { draftId: early.id, accountId: publisher.accountId, status: 'publish' })).toEqual({
      code: 'not_allowed',
      message: expect.stringContaining('it needs approval first (it is submitted)'),
    });
    await editor.ok('refreshReview', { id: copy.id });
    await editor.act(copy.id, 'approve');
    await reporter.ok('refreshReview', { id: draft.id });

    // The publisher publishes.
    expect(await publisher.queue()).toMatchObject([{ postId, state: 'approved', draftId: early.id }]);
    const own = await publisher.ok<Draft>('openFromQueue', { accountId: publisher.accountId, postId });
    expect(own.id).toBe(early.id);
    const { jobId } = await publisher.ok<{ jobId: string }>('publishDraft', { draftId: own.id, accountId: publisher.accountId, status: 'publish' });
    expect(await settle(publisher, jobId)).toMatchObject({ state: 'done', error: null });
    const live = await rest.post(postId);
    expect(live.status).toBe('publish');

    // The public post: the article exactly as rendered, every quote and appeal, no comment, no review data.
    const page = await publicPage(publisher, own, live);
    expect(page).toContain('6.30am departure');
    expect(page).toContain('operations manager, Bay Crossings');
    expect(page).toContain('paying forty pounds a day');
    expect(page).toContain('Около сорока русскоязычных семей');
    for (const figure of figures) {
      expect(page).toContain(figure.alt);
      expect(page).toContain(figure.credit);
      expect(page).toContain(figure.caption[0]!.text);
    }
    for (const secret of [COMMENT, THREAD, 'Please check the first sailing', 'copydesk_review', '6.15am departure']) expect(page).not.toContain(secret);

    // One history: the three profiles and the site agree.
    const history = (await publisher.review(own.id)).review.audit;
    expect(history.map((entry) => `${entry.action} ${entry.actor.cmsUser}`)).toEqual([
      `submit ${site.users.contributor.username}`,
      `return ${site.users.editor.username}`,
      `submit ${site.users.contributor.username}`,
      `approve ${site.users.editor.username}`,
      `publish ${site.users.publisher.username}`,
    ]);
    expect(live.copydesk_review.review.audit).toEqual(history);
    await editor.ok('refreshReview', { id: copy.id });
    expect((await editor.review(copy.id)).review.audit).toEqual(history);
    expect((await reporter.review(draft.id)).review.audit).toEqual(history.slice(0, 4));
    // The reporter's contributor account may no longer edit the published post; its review still reaches them.
    expect((await restAs(site.users.contributor)('GET', `wp/v2/posts/${postId}`)).status).toBe(403);
    const reporterCopy = await reporter.ok<Draft>('getDraft', { id: draft.id });
    expect((await reporter.ok<ReviewView>('refreshReview', { id: draft.id })).review.audit).toEqual(history);
    expect(await reporter.ok<Draft>('getDraft', { id: draft.id })).toEqual(reporterCopy);
    // Readers still get no review: not the field, not its name.
    const anonymous = await fetch(routeUrl(site.rest, `wp/v2/posts/${postId}`));
    expect(anonymous.status).toBe(200);
    const publicJson = await anonymous.text();
    expect(JSON.parse(publicJson)).not.toHaveProperty('copydesk_review');
    for (const secret of ['copydesk_review', COMMENT, 'Please check the first sailing']) expect(publicJson).not.toContain(secret);
    // The photos went up once, with the reporter's submission; the others found them by their marker.
    expect(await created()).toEqual({ posts: 1, media: 2 });
  });

  it('a Russian article from a contributor: its photos and details travel, and the public post shows its appeals in Russian', async () => {
    const reporter = await desk({ name: 'Маша Иванова', role: 'reporter' }, site.users.contributor);
    const editor = await desk({ name: 'Desk Editor', role: 'editor' }, site.users.editor);
    const publisher = await desk({ name: 'Night Publisher', role: 'publisher' }, site.users.publisher);
    const sample = await reporter.fullArticle();
    const meta = {
      ...sample.meta,
      language: 'ru',
      section: 'Город',
      tags: ['паром', 'остров Чайка'],
      slug: 'parom-snova-khodit',
      slugEdited: true,
      seoTitle: 'Паром до острова снова ходит',
      seoDescription: 'Первый рейс после ремонта — в понедельник.',
    };
    await reporter.ok('saveDraftMeta', { id: sample.id, meta });
    const draft = await reporter.ok<Draft>('getDraft', { id: sample.id });
    const { link } = await reporter.act(draft.id, 'submit', '', { accountId: reporter.accountId });

    const copy = await editor.ok<Draft>('openFromQueue', { accountId: editor.accountId, postId: link!.postId });
    expect(copy.meta).toEqual(meta);
    const figures = figuresOf(copy);
    expect(figures).toHaveLength(2);
    for (const { asset } of figures) expect(existsSync(path.join(editor.profileDir, 'assets', asset.sha256.slice(0, 2), asset.sha256))).toBe(true);
    await editor.act(copy.id, 'approve');

    const own = await publisher.ok<Draft>('openFromQueue', { accountId: publisher.accountId, postId: link!.postId });
    const { jobId } = await publisher.ok<{ jobId: string }>('publishDraft', { draftId: own.id, accountId: publisher.accountId, status: 'publish' });
    expect(await settle(publisher, jobId)).toMatchObject({ state: 'done', error: null });
    expect(own.meta).toEqual(meta);
    const live = await rest.post(link!.postId);
    expect(live.slug).toBe('parom-snova-khodit');
    const page = await publicPage(publisher, own, live);
    for (const figure of figures) {
      expect(page).toContain(figure.alt);
      expect(page).toContain(figure.credit);
    }
    expect(page).toContain('The 6.15am sailing, added this week.');
    // The photos went up once, with the reporter's submission; the others found them by their marker.
    expect(await created()).toEqual({ posts: 1, media: 2 });
  });
});
