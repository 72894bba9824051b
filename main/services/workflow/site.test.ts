import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Draft, RevisionSummary } from '../../../shared/article/draft';
import type { PublishJob } from '../../../shared/ipc/contract';
import type { QueueItem, ReviewView } from '../../../shared/ipc/workflow-channels';
import type { AppealVersion } from '../../../shared/appeals/library';
import type { ArticleMeta } from '../../../shared/article/meta';
import { toHtml } from '../../../shared/render';
import type { ReviewField } from '../../../shared/workflow/wire';
import { png } from '../assets/testImages';
import { sha256 } from './article';
import { FAKE_USERS } from './testing/fake-wordpress';
import { plainBody } from '../publishing/testing/wp-profile';
import { fakeNewsroom, markedBody, type Desk } from './testing/newsroom';

// The hand-off between Copydesk profiles through a WordPress site, against the fake in
// testing/fake-wordpress.ts (which mirrors the companion plugin's rules). The real WordPress and
// plugin: workflow.wp.ts.

const THREAD = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const credentials = (who: keyof typeof FAKE_USERS) => ({ username: FAKE_USERS[who].login, appPassword: FAKE_USERS[who].appPassword });

const paragraphText = (value: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: value }] });

/** The reporter's article: text and a photo, saved. */
async function writeArticle(reporter: Desk): Promise<Draft> {
  const draft = await reporter.ok<Draft>('createDraft', {});
  const { asset } = await reporter.ok('importImage', { draftId: draft.id, name: 'quay.png', dataBase64: png(24, 16).toString('base64') });
  const body = JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      children: [
        paragraphText('The ferry to the island will sail at 6.15am from Monday.'),
        { type: 'figure', version: 1, asset, alt: 'Boats at the quay', caption: [{ type: 'text', version: 1, text: 'The quay at dawn' }], credit: 'Photo: Gazette', creditUrl: '' },
      ],
    },
  });
  await reporter.ok('saveDraft', { id: draft.id, headline: 'Ferry timetable changes', standfirst: 'From Monday.', byline: 'Маша Иванова', body });
  return reporter.ok<Draft>('getDraft', { id: draft.id });
}

const fieldOf = (wp: Awaited<ReturnType<typeof fakeNewsroom>>['wp'], postId: number) =>
  wp.posts.get(postId)!.review as unknown as ReviewField;

async function settle(desk: Desk, jobId: string): Promise<PublishJob> {
  for (;;) {
    const job = (await desk.ok<PublishJob[]>('listJobs', {})).find((j) => j.id === jobId)!;
    if (['done', 'needs_attention', 'conflict', 'cancelled'].includes(job.state)) return job;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('review through a site', () => {
  test('submit, queue, comment, return, refresh, resubmit, approve, publish: one history on every profile', async () => {
    const { wp, desk } = await fakeNewsroom();
    const reporter = await desk({ name: 'Маша Иванова', role: 'reporter' }, credentials('reporter'));
    const editor = await desk({ name: 'Desk Editor', role: 'editor' }, credentials('editor'));
    const publisher = await desk({ name: 'Chief', role: 'publisher' }, credentials('admin'));
    const draft = await writeArticle(reporter);

    // The reporter submits to the site: the post is pending and carries the review and the document.
    const submitted = await reporter.act(draft.id, 'submit', '', { accountId: reporter.accountId });
    expect(submitted.link).toMatchObject({ accountId: reporter.accountId, postId: expect.any(Number), url: expect.stringContaining('?p=') });
    const postId = submitted.link!.postId;
    const post = wp.posts.get(postId)!;
    expect(post).toMatchObject({ status: 'pending', author: FAKE_USERS.reporter.id, title: 'Ferry timetable changes' });
    expect(fieldOf(wp, postId)).toMatchObject({
      version: 1,
      review: { state: 'submitted', audit: [{ action: 'submit', actor: { name: 'Маша Иванова', role: 'reporter', cmsUser: 'masha' } }] },
      document: { headline: 'Ferry timetable changes', body: draft.body, contentSha256: sha256(post.content) },
      author: { name: 'Маша Иванова', cmsUser: 'masha' },
    });
    expect(wp.media.size).toBe(1);

    // The editor's queue lists it; opening it makes a working copy with the photo brought along.
    const [queued] = await editor.ok<QueueItem[]>('reviewQueue', { accountId: editor.accountId });
    expect(queued).toMatchObject({ postId, state: 'submitted', author: 'Маша Иванова', openComments: 0, draftId: null, headline: 'Ferry timetable changes' });
    const copy = await editor.ok<Draft>('openFromQueue', { accountId: editor.accountId, postId });
    expect(copy).toMatchObject({ headline: draft.headline, standfirst: draft.standfirst, byline: draft.byline, body: draft.body });
    const sha = (JSON.parse(draft.body).root.children[1].asset as { sha256: string }).sha256;
    expect(existsSync(path.join(editor.profileDir, 'assets', sha.slice(0, 2), sha))).toBe(true);
    expect(await editor.ok<QueueItem[]>('reviewQueue', { accountId: editor.accountId })).toMatchObject([{ draftId: copy.id }]);
    expect(await editor.ok('reviewSnapshot', { id: copy.id, since: 'submitted' })).toMatchObject({ headline: draft.headline, body: draft.body });

    // The editor comments on a sentence and returns it with a note: the site has both.
    const marked = markedBody(THREAD, 'The ferry to the island will sail ', 'at 6.15am', ' from Monday.');
    await editor.ok('saveDraft', { id: copy.id, headline: copy.headline, standfirst: copy.standfirst, byline: copy.byline, body: marked });
    await editor.ok('addComment', { id: copy.id, threadId: THREAD, quote: 'at 6.15am', text: 'Is that the summer timetable?' });
    await editor.act(copy.id, 'return', 'Check the time with the port.');
    expect(wp.posts.get(postId)).toMatchObject({ status: 'draft' });
    expect(wp.posts.get(postId)!.content).not.toContain('Is that the summer timetable?');
    expect(fieldOf(wp, postId).review.comments).toMatchObject([{ id: THREAD, messages: [{ author: { cmsUser: 'desk' } }] }]);
    expect(await reporter.ok<QueueItem[]>('reviewQueue', { accountId: reporter.accountId })).toMatchObject([
      { postId, state: 'draft', draftId: draft.id, openComments: 1 },
    ]);

    // The reporter refreshes: the comment, its anchor and the note arrive.
    const refreshed = await reporter.ok<ReviewView>('refreshReview', { id: draft.id });
    expect(refreshed.review).toMatchObject({ state: 'draft', comments: [{ id: THREAD, quote: 'at 6.15am' }] });
    expect(refreshed.review.audit.at(-1)).toMatchObject({ action: 'return', note: 'Check the time with the port.', actor: { cmsUser: 'desk' } });
    expect((await reporter.ok<Draft>('getDraft', { id: draft.id })).body).toBe(marked);
    expect(reporter.events).toContainEqual({ event: 'draftChanged', payload: { id: draft.id } });

    // Fixed, resolved, resubmitted.
    const fixed = markedBody(THREAD, 'The ferry to the island will sail ', 'at 6.30am', ' from Monday.');
    await reporter.ok('saveDraft', { id: draft.id, headline: draft.headline, standfirst: draft.standfirst, byline: draft.byline, body: fixed });
    await reporter.ok('replyComment', { id: draft.id, threadId: THREAD, text: 'Порт подтвердил: 6.30.' });
    await reporter.ok('resolveComment', { id: draft.id, threadId: THREAD, resolved: true });
    await reporter.act(draft.id, 'submit');

    // The editor's copy still says draft: the resubmission arrives with a refresh.
    expect((await editor.refused('transition', { id: copy.id, action: 'approve', note: '' })).code).toBe('not_allowed');
    await editor.ok('refreshReview', { id: copy.id });
    expect((await editor.ok<Draft>('getDraft', { id: copy.id })).body).toBe(fixed);
    const approved = await editor.act(copy.id, 'approve');
    expect(approved.review).toMatchObject({ state: 'approved', approval: { by: { cmsUser: 'desk', role: 'editor' } } });
    expect(approved.review.comments[0]).toMatchObject({ resolved: true, resolvedBy: { cmsUser: 'masha' } });

    // The publisher's queue has it; publishing waits for the job, then the review is published.
    expect(await publisher.ok<QueueItem[]>('reviewQueue', { accountId: publisher.accountId })).toMatchObject([{ postId, state: 'approved' }]);
    const own = await publisher.ok<Draft>('openFromQueue', { accountId: publisher.accountId, postId });
    const { jobId } = await publisher.ok('publishDraft', { draftId: own.id, accountId: publisher.accountId, status: 'publish' });
    expect(await settle(publisher, jobId)).toMatchObject({ state: 'done', error: null });
    expect(wp.posts.get(postId)).toMatchObject({ status: 'publish' });
    expect(wp.posts.get(postId)!.content).not.toContain('mark');
    const published = await publisher.review(own.id);
    expect(published.review.state).toBe('published');
    expect(fieldOf(wp, postId).review.audit).toEqual(published.review.audit);
    expect(publisher.events).toContainEqual({ event: 'reviewChanged', payload: { id: own.id } });
    // Still one post and one photo: every push updated the same post, the photo was found by its marker.
    expect([wp.posts.size, wp.media.size]).toEqual([1, 1]);

    // Every profile sees the whole history: the reporter too, whose contributor account may no
    // longer read the published post for editing, through the review the plugin shows its author.
    await editor.ok('refreshReview', { id: copy.id });
    expect((await editor.review(copy.id)).review.audit).toEqual(published.review.audit);
    expect(published.review.audit.map((entry) => `${entry.action} ${entry.actor.cmsUser}`)).toEqual([
      'submit masha',
      'return desk',
      'submit masha',
      'approve desk',
      'publish chief',
    ]);
    expect((await reporter.review(draft.id)).review.audit).toEqual(published.review.audit.slice(0, 3));
    const before = await reporter.ok<Draft>('getDraft', { id: draft.id });
    const eventsBefore = reporter.events.length;
    const final = await reporter.ok<ReviewView>('refreshReview', { id: draft.id });
    expect(final.review).toEqual(published.review);
    expect(wp.calls().slice(-2)).toEqual([`GET /wp-json/wp/v2/posts/${postId}`, 'GET /wp-json/wp/v2/posts']);
    // Only the review came: the text on this computer stays as the reporter left it.
    expect(await reporter.ok<Draft>('getDraft', { id: draft.id })).toEqual(before);
    expect(reporter.events.slice(eventsBefore)).toEqual([{ event: 'reviewChanged', payload: { id: draft.id } }]);
  });

  test('a reporter who is not the author of the published post is refused as before: no field to fall back on', async () => {
    const { wp, desk } = await fakeNewsroom();
    const reporter = await desk({ name: 'Маша', role: 'reporter' }, credentials('reporter'));
    const chief = await desk({ name: 'Chief', role: 'admin' }, credentials('admin'));
    const draft = await writeArticle(reporter);
    const { link } = await reporter.act(draft.id, 'submit', '', { accountId: reporter.accountId });
    const copy = await chief.ok<Draft>('openFromQueue', { accountId: chief.accountId, postId: link!.postId });
    await chief.act(copy.id, 'approve');
    expect(await settle(chief, (await chief.ok('publishDraft', { draftId: copy.id, accountId: chief.accountId, status: 'publish' })).jobId)).toMatchObject({ state: 'done' });
    // The site gave the post to another author since: the plugin shows its review to them, not to the reporter.
    wp.posts.get(link!.postId)!.author = FAKE_USERS.editor.id;
    const audit = (await reporter.review(draft.id)).review.audit;
    expect(await reporter.refused('refreshReview', { id: draft.id })).toEqual({
      code: 'bad_request',
      message: expect.stringContaining('may not read this post'),
    });
    expect((await reporter.review(draft.id)).review.audit).toEqual(audit);

    // Its author, with a review the site mangled, is told it cannot be read, and keeps what it had.
    wp.posts.get(link!.postId)!.author = FAKE_USERS.reporter.id;
    wp.posts.get(link!.postId)!.review = { version: 1, review: { state: 'approved' } } as never;
    expect(await reporter.refused('refreshReview', { id: draft.id })).toMatchObject({ code: 'bad_request', message: expect.stringContaining('cannot be read') });
    expect((await reporter.review(draft.id)).review.audit).toEqual(audit);
  });

  test('a Russian article keeps its details through the site: language, section, tags, slug, SEO; its appeals render in Russian', async () => {
    const { wp, desk } = await fakeNewsroom();
    const reporter = await desk({ name: 'Маша Иванова', role: 'reporter' }, credentials('reporter'));
    const editor = await desk({ name: 'Desk Editor', role: 'editor' }, credentials('editor'));
    const draft = await reporter.ok<Draft>('createDraft', {});
    const body = JSON.stringify({
      root: {
        type: 'root',
        version: 1,
        children: [
          paragraphText('Паром до острова Чайка снова ходит: первый рейс в понедельник в 6:15.'),
          { type: 'appeal', version: 1, appealId: 'donation', appealVersion: 1, kind: 'donation' },
        ],
      },
    });
    await reporter.ok('saveDraft', { id: draft.id, headline: 'Паром снова ходит', standfirst: 'После трёх недель ремонта.', byline: 'Маша Иванова', body });
    const meta: ArticleMeta = {
      section: 'Город',
      tags: ['паром', 'транспорт'],
      slug: 'parom-snova-khodit',
      slugEdited: false,
      dateline: 'Остров Чайка',
      seoTitle: 'Паром до острова Чайка снова ходит',
      seoDescription: 'Первый рейс после ремонта — в понедельник.',
      language: 'ru',
      featuredImage: null,
    };
    await reporter.ok('saveDraftMeta', { id: draft.id, meta });
    const { link } = await reporter.act(draft.id, 'submit', '', { accountId: reporter.accountId });
    expect(fieldOf(wp, link!.postId).document.meta).toEqual(meta);
    expect(wp.posts.get(link!.postId)!.slug).toBe('parom-snova-khodit');

    const copy = await editor.ok<Draft>('openFromQueue', { accountId: editor.accountId, postId: link!.postId });
    expect(copy.meta).toEqual(meta);
    const appeals = await editor.ok<AppealVersion[]>('getAppealVersions', { ids: [{ id: 'donation', version: 1 }] });
    const html = toHtml(copy, { appeal: (id, version) => appeals.find((a) => a.id === id && a.version === version), assetUrl: () => '' });
    expect(html).toContain((appeals[0]!.variants.ru as { heading: string }).heading);
    expect(html).not.toContain((appeals[0]!.variants.en as { heading: string }).heading);

    // The editor's change to the details alone goes back with the return, and reaches the reporter.
    const retagged = { ...meta, tags: ['паром', 'транспорт', 'остров Чайка'], seoTitle: 'Паром снова ходит' };
    await editor.ok('saveDraftMeta', { id: copy.id, meta: retagged });
    await editor.act(copy.id, 'return', 'Добавила тег и сократила SEO-заголовок.');
    await reporter.ok('refreshReview', { id: draft.id });
    expect((await reporter.ok<Draft>('getDraft', { id: draft.id })).meta).toEqual(retagged);
    expect(reporter.events).toContainEqual({ event: 'draftChanged', payload: { id: draft.id } });

    // Details that are not Copydesk's (a language it does not know) make the review unreadable, and change nothing here.
    const document = fieldOf(wp, link!.postId).document as unknown as { meta: Record<string, unknown> };
    document.meta = { ...document.meta, language: 'tlh' };
    expect(await reporter.refused('refreshReview', { id: draft.id })).toMatchObject({ code: 'bad_request', message: expect.stringContaining('cannot be read') });
    expect((await reporter.ok<Draft>('getDraft', { id: draft.id })).meta).toEqual(retagged);
  });

  test('a review from a Copydesk that sent no details leaves the details here as they are', async () => {
    const { wp, desk } = await fakeNewsroom();
    const reporter = await desk({ name: 'Маша', role: 'reporter' }, credentials('reporter'));
    const editor = await desk({ name: 'Desk', role: 'editor' }, credentials('editor'));
    const draft = await writeArticle(reporter);
    const meta = { ...draft.meta, section: 'Transport', language: 'ru' as const };
    await reporter.ok('saveDraftMeta', { id: draft.id, meta });
    const { link } = await reporter.act(draft.id, 'submit', '', { accountId: reporter.accountId });
    const copy = await editor.ok<Draft>('openFromQueue', { accountId: editor.accountId, postId: link!.postId });
    await editor.ok('saveDraft', { id: copy.id, headline: 'Ferry times change', standfirst: copy.standfirst, byline: copy.byline, body: copy.body });
    await editor.act(copy.id, 'return', 'Shorter headline.');
    delete (fieldOf(wp, link!.postId).document as Partial<ReviewField['document']>).meta;

    await reporter.ok('refreshReview', { id: draft.id });
    expect(await reporter.ok<Draft>('getDraft', { id: draft.id })).toMatchObject({ headline: 'Ferry times change', meta });
  });

  test('a featured image that could not be brought from the site is left out of the details, not refused', async () => {
    const { wp, desk } = await fakeNewsroom();
    const reporter = await desk({ name: 'Маша', role: 'reporter' }, credentials('reporter'));
    const editor = await desk({ name: 'Desk', role: 'editor' }, credentials('editor'));
    const draft = await writeArticle(reporter);
    const sha = (JSON.parse(draft.body).root.children[1].asset as { sha256: string }).sha256;
    await reporter.ok('saveDraftMeta', { id: draft.id, meta: { ...draft.meta, featuredImage: sha, section: 'Transport' } });
    const { link } = await reporter.act(draft.id, 'submit', '', { accountId: reporter.accountId });
    for (const item of wp.media.values()) item.bytes = Buffer.from('not the photo');
    const copy = await editor.ok<Draft>('openFromQueue', { accountId: editor.accountId, postId: link!.postId });
    expect(copy.meta).toMatchObject({ featuredImage: null, section: 'Transport' });
    expect(editor.logged.some((line) => line.includes('featured image') && line.includes(sha))).toBe(true);
  });

  test('a copy that fell behind the site stops as a conflict, changes nothing, and a refresh lets it through', async () => {
    const { wp, desk } = await fakeNewsroom();
    const reporter = await desk({ name: 'Маша', role: 'reporter' }, credentials('reporter'));
    const first = await desk({ name: 'Desk one', role: 'editor' }, credentials('editor'));
    const second = await desk({ name: 'Desk two', role: 'admin' }, credentials('admin'));
    const draft = await writeArticle(reporter);
    const { link } = await reporter.act(draft.id, 'submit', '', { accountId: reporter.accountId });
    const mine = await first.ok<Draft>('openFromQueue', { accountId: first.accountId, postId: link!.postId });
    const theirs = await second.ok<Draft>('openFromQueue', { accountId: second.accountId, postId: link!.postId });
    await second.act(theirs.id, 'startEdit');
    const modified = wp.posts.get(link!.postId)!.modified;

    const stale = await first.refused('transition', { id: mine.id, action: 'approve', note: '' });
    expect(stale).toEqual({
      code: 'conflict',
      message: "Someone changed this post on the site since Copydesk last published it. Refresh the review to take the site's copy (the text on this computer is kept in History), then try again.",
    });
    expect((await first.review(mine.id)).review).toMatchObject({ state: 'submitted', approval: null });
    expect(wp.posts.get(link!.postId)!.modified).toBe(modified);

    await first.ok('refreshReview', { id: mine.id });
    expect((await first.act(mine.id, 'approve')).review.audit.map((entry) => entry.action)).toEqual(['submit', 'startEdit', 'approve']);
  });

  test('a refusal by the site fails the transition with its words, and nothing changes here', async () => {
    const { wp, desk } = await fakeNewsroom();
    const reporter = await desk({ name: 'Маша', role: 'reporter' }, credentials('reporter'));
    const draft = await writeArticle(reporter);
    wp.failNext('POST', /^\/wp-json\/wp\/v2\/posts\/\d+$/, 403, 'copydesk_forbidden', 'Only editors may approve a Copydesk article.');
    const error = await reporter.refused('transition', { id: draft.id, action: 'submit', note: '', accountId: reporter.accountId });
    expect(error).toEqual({ code: 'bad_request', message: 'WordPress refused: Only editors may approve a Copydesk article.' });
    const view = await reporter.review(draft.id);
    expect(view).toMatchObject({ link: null, review: { state: 'draft', audit: [] } });
    expect(await reporter.ok('reviewSnapshot', { id: draft.id, since: 'submitted' })).toBeNull();
    expect(reporter.events.filter((e) => e.event === 'reviewChanged')).toEqual([]);
  });

  test('the role asks, the account decides: an editor role on a contributor account may not approve', async () => {
    const { desk } = await fakeNewsroom();
    const reporter = await desk({ name: 'Маша', role: 'reporter' }, credentials('reporter'));
    const draft = await writeArticle(reporter);
    await reporter.act(draft.id, 'submit', '', { accountId: reporter.accountId });
    await reporter.ok('setPerson', { name: 'Маша', role: 'editor' });
    const error = await reporter.refused('transition', { id: draft.id, action: 'approve', note: '' });
    expect(error).toEqual({ code: 'not_allowed', message: 'Your CMS account may not approve articles, so Copydesk will not either.' });
    // The buttons say so as well, from the capabilities read at the last push.
    const option = (await reporter.review(draft.id)).options.find((o) => o.action === 'approve');
    expect(option?.refusal).toBe('Your CMS account may not approve articles, so Copydesk will not either.');
  });

  test('a refresh keeps unsent local edits as a revision before taking the site’s text', async () => {
    const { desk } = await fakeNewsroom();
    const reporter = await desk({ name: 'Маша', role: 'reporter' }, credentials('reporter'));
    const editor = await desk({ name: 'Desk', role: 'editor' }, credentials('editor'));
    const draft = await writeArticle(reporter);
    const { link } = await reporter.act(draft.id, 'submit', '', { accountId: reporter.accountId });
    const copy = await editor.ok<Draft>('openFromQueue', { accountId: editor.accountId, postId: link!.postId });
    await editor.ok('saveDraft', { id: copy.id, headline: 'Ferry times change', standfirst: copy.standfirst, byline: copy.byline, body: plainBody('Tightened by the desk.') });
    await editor.act(copy.id, 'return', 'Tightened; check it.');

    await reporter.ok('saveDraft', { id: draft.id, headline: 'Ferry timetable changes (my late edit)', standfirst: draft.standfirst, byline: draft.byline, body: plainBody('Typed while away.') });
    await reporter.ok('refreshReview', { id: draft.id });
    expect(await reporter.ok<Draft>('getDraft', { id: draft.id })).toMatchObject({ headline: 'Ferry times change', body: plainBody('Tightened by the desk.') });
    const revisions = await reporter.ok<RevisionSummary[]>('listRevisions', { id: draft.id });
    expect(revisions.some((r) => r.kind === 'manual' && r.headline === 'Ferry timetable changes (my late edit)')).toBe(true);

    // Refreshing again with nothing new keeps what the reporter types next.
    await reporter.ok('saveDraft', { id: draft.id, headline: 'Ferry times change', standfirst: '', byline: '', body: plainBody('Second try.') });
    await reporter.ok('refreshReview', { id: draft.id });
    expect((await reporter.ok<Draft>('getDraft', { id: draft.id })).body).toBe(plainBody('Second try.'));
  });

  test('a post edited on the site is read back from its markup; the threads keep their quotes', async () => {
    const { wp, desk } = await fakeNewsroom();
    const reporter = await desk({ name: 'Маша', role: 'reporter' }, credentials('reporter'));
    const editor = await desk({ name: 'Desk', role: 'editor' }, credentials('editor'));
    const draft = await reporter.ok<Draft>('createDraft', {});
    await reporter.ok('saveDraft', { id: draft.id, headline: 'Library roof', standfirst: '', byline: '', body: markedBody(THREAD, 'Councillors voted ', 'nine to two', '.') });
    await reporter.ok('addComment', { id: draft.id, threadId: THREAD, quote: 'nine to two', text: 'Or nine to three?' });
    const { link } = await reporter.act(draft.id, 'submit', '', { accountId: reporter.accountId });
    wp.editOnSite(link!.postId, { content: '<!-- wp:paragraph -->\n<p>Councillors voted <strong>ten</strong> to one.</p>\n<!-- /wp:paragraph -->' });

    const copy = await editor.ok<Draft>('openFromQueue', { accountId: editor.accountId, postId: link!.postId });
    expect(JSON.parse(copy.body).root.children[0].children.map((n: { text: string }) => n.text).join('')).toBe('Councillors voted ten to one.');
    expect((await editor.review(copy.id)).review.comments).toMatchObject([{ id: THREAD, quote: 'nine to two', resolved: false }]);
  });

  test('content WordPress filters on saving (kses) is what the review vouches for', async () => {
    const { wp, desk } = await fakeNewsroom();
    wp.kses = (content) => content.replace(/<strong>/g, '<b>').replace(/<\/strong>/g, '</b>');
    const reporter = await desk({ name: 'Маша', role: 'reporter' }, credentials('reporter'));
    const draft = await reporter.ok<Draft>('createDraft', {});
    const body = JSON.stringify({ root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'Bold', format: 1 }] }] } });
    await reporter.ok('saveDraft', { id: draft.id, headline: 'Filtered', standfirst: '', byline: '', body });
    const { link } = await reporter.act(draft.id, 'submit', '', { accountId: reporter.accountId });
    const stored = wp.posts.get(link!.postId)!;
    expect(stored.content).toContain('<b>');
    expect(fieldOf(wp, link!.postId).document).toMatchObject({ body, contentSha256: sha256(stored.content) });
  });

  test('publishing asks the workflow: not before approval, an admin may override with a note the site sees', async () => {
    const { wp, desk } = await fakeNewsroom();
    const reporter = await desk({ name: 'Маша', role: 'reporter' }, credentials('reporter'));
    const chief = await desk({ name: 'Chief', role: 'publisher' }, credentials('admin'));
    const draft = await writeArticle(reporter);
    const { link } = await reporter.act(draft.id, 'submit', '', { accountId: reporter.accountId });
    expect(await reporter.refused('publishDraft', { draftId: draft.id, accountId: reporter.accountId, status: 'publish' })).toEqual({
      code: 'not_allowed',
      message: expect.stringMatching(/^A reporter may not publish: that needs a publisher or( an)? admin\.$/),
    });
    const copy = await chief.ok<Draft>('openFromQueue', { accountId: chief.accountId, postId: link!.postId });
    const early = await chief.refused('publishDraft', { draftId: copy.id, accountId: chief.accountId, status: 'publish' });
    expect(early).toEqual({ code: 'not_allowed', message: expect.stringContaining('it needs approval first (it is submitted)') });
    expect(await chief.refused('publishDraft', { draftId: copy.id, accountId: chief.accountId, status: 'publish', override: true, note: 'Breaking.' })).toMatchObject({
      code: 'not_allowed',
      message: expect.stringContaining('Only an admin may override'),
    });
    await chief.ok('setPerson', { name: 'Chief', role: 'admin' });
    const { jobId } = await chief.ok('publishDraft', { draftId: copy.id, accountId: chief.accountId, status: 'publish', override: true, note: 'Breaking: the port confirmed.' });
    expect(await settle(chief, jobId)).toMatchObject({ state: 'done' });
    expect(wp.posts.get(link!.postId)!.status).toBe('publish');
    expect((await chief.review(copy.id)).review.audit.at(-1)).toMatchObject({ action: 'publish', override: true, note: 'Breaking: the port confirmed.', from: 'submitted', to: 'published' });

    // A live article: publishing again is a correction, with its note; withdrawing takes it off the site.
    expect(await chief.refused('publishDraft', { draftId: copy.id, accountId: chief.accountId, status: 'publish' })).toMatchObject({
      code: 'not_allowed',
      message: '"Publish a correction" needs a note.',
    });
    expect(await chief.refused('publishDraft', { draftId: copy.id, accountId: chief.accountId, status: 'draft' })).toEqual({
      code: 'not_allowed',
      message: 'This article is published on the site: withdraw it (with a note) or unschedule it instead.',
    });
    const corrected = await chief.act(copy.id, 'correct', 'The ferry leaves at 6.30am, not 6.15am.');
    expect(corrected.review).toMatchObject({ state: 'corrected', correctionNumber: 1 });
    expect(wp.posts.get(link!.postId)!.status).toBe('publish');
    await chief.act(copy.id, 'withdraw', 'Legal asked us to take it down.');
    expect(wp.posts.get(link!.postId)).toMatchObject({ status: 'draft' });
    expect(fieldOf(wp, link!.postId).review.state).toBe('withdrawn');
  });

  test('the site refuses a publish the plugin does not clear: the job says why, the review stays approved here', async () => {
    const { wp, desk } = await fakeNewsroom();
    const chief = await desk({ name: 'Chief', role: 'admin' }, credentials('admin'));
    const draft = await writeArticle(chief);
    const { link } = await chief.act(draft.id, 'submit', '', { accountId: chief.accountId });
    await chief.act(draft.id, 'approve');
    wp.failNext('POST', new RegExp(`/posts/${link!.postId}$`), 403, 'copydesk_not_approved', 'This Copydesk article is not approved.');
    const { jobId } = await chief.ok('publishDraft', { draftId: draft.id, accountId: chief.accountId, status: 'publish' });
    expect(await settle(chief, jobId)).toMatchObject({ state: 'needs_attention', error: { message: 'WordPress refused: This Copydesk article is not approved.' } });
    expect((await chief.review(draft.id)).review.state).toBe('approved');
  });

  test('a post that is not a Copydesk review, or carries a damaged one, opens nothing', async () => {
    const { wp, desk } = await fakeNewsroom();
    const editor = await desk({ name: 'Desk', role: 'editor' }, credentials('editor'));
    const plain = await desk({ name: 'Desk', role: 'editor' }, credentials('admin'));
    const draft = await plain.ok<Draft>('createDraft', {});
    await plain.ok('saveDraft', { id: draft.id, headline: 'Plain post', standfirst: '', byline: '', body: plainBody('Hello.') });
    const { jobId } = await plain.ok('publishDraft', { draftId: draft.id, accountId: plain.accountId, status: 'pending' });
    await settle(plain, jobId);
    const [postId] = [...wp.posts.keys()];
    expect((await editor.refused('openFromQueue', { accountId: editor.accountId, postId })).message).toContain('carries no Copydesk review');

    for (const damaged of ['{not json', { version: 2 }, { version: 1, review: { state: 'live' } }]) {
      wp.posts.get(postId!)!.review = damaged as never;
      expect(await editor.refused('openFromQueue', { accountId: editor.accountId, postId })).toMatchObject({
        code: 'bad_request',
        message: expect.stringContaining('cannot be read'),
      });
    }
    expect(await editor.ok('listDrafts', {})).toEqual([]);
    expect(await editor.ok<QueueItem[]>('reviewQueue', { accountId: editor.accountId })).toEqual([]);
  });
});
