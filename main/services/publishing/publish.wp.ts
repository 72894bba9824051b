import { beforeEach, describe, expect, it } from 'vitest';
import { providedWordPress, freshSitePerTest } from '../../../e2e/wordpress/vitest';
import type { AppealVersion } from '../../../shared/appeals/library';
import type { Draft } from '../../../shared/article/draft';
import { toGutenberg } from '../../../shared/render';
import { openProfile, siteRest } from './testing/wp-profile';

const wp = providedWordPress();

/** Neither the application password nor the Authorization header it makes is in any log line. */
function expectNoSecrets(logged: string[], appPassword: string, username: string) {
  const text = logged.join('\n');
  for (const secret of [appPassword, appPassword.replace(/\s+/g, ''), Buffer.from(`${username}:${appPassword}`).toString('base64')]) {
    expect(text).not.toContain(secret);
  }
  expect(text).not.toMatch(/authorization|Basic [A-Za-z0-9+/]{8}/i);
}

// Publishing through the IPC channels, the outbox and the WordPress adapter to the real site,
// read back through its REST API with context=edit.
describe.skipIf(!wp.site)(`publishing to WordPress${wp.skip ? ` (skipped: ${wp.skip})` : ''}`, () => {
  const site = wp.site!;
  const { created } = freshSitePerTest(site);
  const rest = siteRest(site);
  beforeEach(() => rest.baseline());
  const postIdOf = (url: string) => Number(new URL(url).searchParams.get('p')) || undefined;

  /** What WordPress must hold: our toGutenberg output with the site's image URLs. */
  async function expectedMarkup(profile: ReturnType<typeof openProfile>, draft: Draft, urls: Map<string, string>) {
    const pins = [...draft.body.matchAll(/"appealId":"([^"]+)","appealVersion":(\d+)/g)].map(([, id, version]) => ({ id, version: Number(version) }));
    const appeals = await profile.ok<AppealVersion[]>('getAppealVersions', { ids: pins });
    expect(appeals.length).toBeGreaterThan(0);
    return toGutenberg(draft, {
      appeal: (id, version) => appeals.find((a) => a.id === id && a.version === version),
      assetUrl: (asset) => urls.get(asset.sha256) ?? '',
    });
  }

  it('a full article as editor: markup intact, images attached with alt text, featured image set; re-publishing updates it', async () => {
    const profile = openProfile();
    const draft = await profile.fullArticle();
    const accountId = await profile.addAccount(site.url, site.users.editor);
    const [category] = (await profile.ok('listTerms', { accountId })).categories;
    await profile.approve(draft.id);

    const job = await profile.publish({ draftId: draft.id, accountId, status: 'publish', categories: [category.id] });
    expect(job).toMatchObject({ state: 'done', error: null, attempts: 1, headline: draft.headline });
    const [post] = await rest.posts();
    expect(job.url).toBe(post.link);
    expect(post).toMatchObject({ status: 'publish', slug: draft.meta.slug, title: { raw: draft.headline }, categories: [category.id] });

    const media = await rest.media();
    expect(media).toHaveLength(2);
    const figures = (JSON.parse(draft.body).root.children as { type: string; alt: string; asset: { sha256: string } }[]).filter(
      (node) => node.type === 'figure',
    );
    const urls = new Map<string, string>();
    for (const figure of figures) {
      const item = media.find((m) => m.source_url.includes(`cd-${figure.asset.sha256.slice(0, 16)}`));
      expect(item, `media for ${figure.alt}`).toMatchObject({ alt_text: figure.alt, post: post.id });
      expect(item.caption.raw).not.toBe('');
      urls.set(figure.asset.sha256, item.source_url);
    }
    expect(post.featured_media).toBe(media.find((m) => m.source_url.includes(`cd-${draft.meta.featuredImage!.slice(0, 16)}`)).id);
    expect(post.content.raw).toBe(await expectedMarkup(profile, draft, urls));
    expect(post.content.raw).toContain('wp:pullquote');
    expect(post.content.raw).toContain('wp:quote');
    expect(post.content.raw).toContain('Около сорока русскоязычных семей');
    const progress = profile.events.filter((e) => e.event === 'publishProgress').map((e) => (e.payload as { label: string }).label);
    expect(progress).toEqual(['Uploading image 1 of 2', 'Uploading image 2 of 2', 'Creating post', 'Attaching images', 'Publishing']);
    expect(await created()).toEqual({ posts: 1, media: 2 });

    // Re-publish after an edit (a correction, with its note): the same post, nothing uploaded again.
    await profile.ok('saveDraft', { id: draft.id, headline: `${draft.headline}: update`, standfirst: draft.standfirst, byline: draft.byline, body: draft.body });
    const again = await profile.publish({ draftId: draft.id, accountId, status: 'publish', categories: [category.id], note: 'Updated the headline.' });
    expect(again).toMatchObject({ state: 'done', url: job.url });
    const [updated] = await rest.posts();
    expect(updated).toMatchObject({ id: post.id, title: { raw: `${draft.headline}: update` }, featured_media: post.featured_media });
    expect(updated.content.raw).toBe(post.content.raw);
    expect(await created()).toEqual({ posts: 1, media: 2 });
    expectNoSecrets(profile.logged, site.users.editor.appPassword, site.users.editor.username);
  });

  it('a contributor is refused publishing in plain words before anything reaches the site; sending it for review works', async () => {
    const profile = openProfile();
    const draft = await profile.textArticle('Council approves library roof', 'Councillors voted nine to two.');
    const accountId = await profile.addAccount(site.url, site.users.contributor);
    await profile.approve(draft.id);

    // The account's capabilities (publish_posts) narrow even an admin's role on this computer.
    expect(await profile.refused('publishDraft', { draftId: draft.id, accountId, status: 'publish' })).toEqual({
      code: 'not_allowed',
      message: 'Your CMS account may not publish, so Copydesk will not either.',
    });
    expect(await profile.ok('listJobs', {})).toEqual([]);
    expect(await rest.posts()).toEqual([]);

    const review = await profile.publish({ draftId: draft.id, accountId, status: 'pending' });
    expect(review.state).toBe('done');
    const posts = await rest.posts();
    expect(posts).toMatchObject([{ status: 'pending', title: { raw: draft.headline } }]);
    expect(postIdOf(review.url!)).toBe(posts[0].id);
    expect(await created()).toEqual({ posts: 1, media: 0 });
  });

  it('a wrong application password: a clear message, nothing made', async () => {
    const profile = openProfile();
    const draft = await profile.textArticle('Ferry timetable changes', 'From Monday.');
    const accountId = await profile.addAccount(site.url, { username: 'editor', appPassword: 'abcd efgh ijkl mnop qrst uvwx' });
    expect(await profile.ok('checkConnection', { id: accountId })).toMatchObject({
      ok: false,
      status: 'credentials_refused',
      message: expect.stringContaining('refused the username or application password'),
    });
    // Going live asks the site who the account is first, and says the same.
    expect(await profile.refused('publishDraft', { draftId: draft.id, accountId, status: 'publish' })).toEqual({
      code: 'bad_request',
      message: expect.stringContaining('WordPress refused the username or application password'),
    });
    const job = await profile.publish({ draftId: draft.id, accountId, status: 'draft' });
    expect(job).toMatchObject({
      state: 'needs_attention',
      error: { retryable: false, message: expect.stringContaining('WordPress refused the username or application password') },
    });
    expect(await created()).toEqual({ posts: 0, media: 0 });
    expect(profile.logged.some((line) => line.startsWith('wordpress request failed'))).toBe(true);
    expectNoSecrets(profile.logged, 'abcd efgh ijkl mnop qrst uvwx', 'editor');
  });

  it('the post edited on the site: re-publishing stops as a conflict showing what changed, and overwrites nothing', async () => {
    const profile = openProfile();
    const draft = await profile.articleWithImage('Harbour reopens');
    const accountId = await profile.addAccount(site.url, site.users.editor);
    await profile.approve(draft.id);
    const first = await profile.publish({ draftId: draft.id, accountId, status: 'publish' });
    const [post] = await rest.posts();

    await rest.editPost(post.id, { title: 'Harbour reopens (corrected)', content: '<!-- wp:paragraph -->\n<p>Corrected by the desk.</p>\n<!-- /wp:paragraph -->' });
    const correction = { draftId: draft.id, accountId, status: 'publish', note: 'Our text restored.' };
    const conflicted = await profile.publish(correction);
    expect(conflicted).toMatchObject({
      state: 'conflict',
      error: { retryable: false, message: 'Someone changed this post on the site since Copydesk last published it.' },
      conflict: {
        ourTitle: 'Harbour reopens',
        theirTitle: 'Harbour reopens (corrected)',
        titleChanged: true,
        contentChanged: true,
        theirExcerpt: 'Corrected by the desk.',
        remoteModifiedAt: expect.any(Number),
      },
    });
    expect(profile.events.at(-1)).toMatchObject({ event: 'publishConflict', payload: { jobId: conflicted.id } });
    expect(await rest.post(post.id)).toMatchObject({ title: { raw: 'Harbour reopens (corrected)' }, content: { raw: expect.stringContaining('Corrected by the desk.') } });

    // Cancel leaves the site alone; publishing again and choosing overwrite puts ours back.
    expect(await profile.ok('resolveConflict', { jobId: conflicted.id, choice: 'cancel' })).toMatchObject({ state: 'cancelled' });
    expect((await rest.post(post.id)).title.raw).toBe('Harbour reopens (corrected)');
    const retried = await profile.publish(correction);
    expect(retried.state).toBe('conflict');
    await profile.ok('resolveConflict', { jobId: retried.id, choice: 'overwrite' });
    expect(await profile.settle(retried.id)).toMatchObject({ state: 'done', url: first.url });
    expect((await rest.post(post.id)).title.raw).toBe('Harbour reopens');
    expect(await created()).toEqual({ posts: 1, media: 1 });
  });
});
