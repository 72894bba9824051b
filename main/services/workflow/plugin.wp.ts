import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type Role as SiteUser } from '../../../e2e/wordpress/site';
import { freshSitePerTest, providedWordPress } from '../../../e2e/wordpress/vitest';
import { type WorkflowAction } from '../../../shared/workflow/actions';
import { type ArticleMeta } from '../../../shared/article/meta';
import { applyTransition, decide } from '../../../shared/workflow/decide';
import { INITIAL_REVIEW, type Actor, type CommentThread, type ReviewState } from '../../../shared/workflow/review';
import { type Role } from '../../../shared/workflow/roles';
import { REVIEW_FIELD, REVIEW_FIELD_VERSION, ReviewField } from '../../../shared/workflow/wire';
import { png } from '../assets/testImages';
import { routeUrl, type Query } from '../publishing/wordpress/routes';

const wp = providedWordPress();

// The companion plugin (build/wordpress-plugin/copydesk-review) on the real WordPress, through raw
// REST calls with each test user's application password: what it stores, whom it shows it to, and
// every write it must refuse, with nothing changed by a refused request.

interface PostJson {
  id: number;
  status: string;
  link: string;
  title: { raw?: string; rendered: string };
  content: { rendered: string };
  [REVIEW_FIELD]?: unknown;
}
interface Answer {
  status: number;
  body: PostJson & { code?: string; message?: string; post?: number; source_url?: string };
}

const CONTENT = '<!-- wp:paragraph -->\n<p>The ferry to the island runs again — паром снова ходит.</p>\n<!-- /wp:paragraph -->';
const COMMENT_TEXT = 'Проверьте цифру: 90 или 19 рейсов?';
const RETURN_NOTE = 'Needs a second source for the timetable';

/** The article as Copydesk carries it; quotes, backslashes and Cyrillic test the storage's escaping. */
const DOCUMENT: ReviewField['document'] = {
  headline: 'Ferry service resumes after the storm',
  standfirst: 'Паром снова ходит: first crossing since Monday',
  byline: 'Анна Смирнова',
  body: JSON.stringify({
    root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'The "Island" line\\ferry\nruns again.' }] }] },
  }),
  contentSha256: createHash('sha256').update(CONTENT).digest('hex'),
};

let clock = 1_741_000_000_000;

describe.skipIf(!wp.site)(`Copydesk Review plugin against WordPress${wp.skip ? ` (skipped: ${wp.skip})` : ''}`, () => {
  const site = wp.site!;
  const { created } = freshSitePerTest(site);

  /** Who each test user is in Copydesk; cmsUser is the site's login, as the plugin requires. */
  const actor = (user: SiteUser, role: Role, name: string): Actor => ({ name, role, cmsUser: site.users[user].username });
  const reporter = actor('contributor', 'reporter', 'Анна Смирнова');
  const editor = actor('editor', 'editor', 'Tom Baker');
  const publisher = actor('publisher', 'publisher', 'Maria Lopez');
  const admin = actor('administrator', 'admin', 'Sam Reed');

  const signedIn = (user: SiteUser | null): Record<string, string> => {
    if (!user) return {};
    const { username, appPassword } = site.users[user];
    return { Authorization: `Basic ${Buffer.from(`${username}:${appPassword}`).toString('base64')}` };
  };
  async function call(user: SiteUser | null, method: string, route: string, body?: unknown, query: Query = {}): Promise<Answer> {
    const response = await fetch(routeUrl(site.rest, route, query), {
      method,
      headers: { 'Content-Type': 'application/json', ...signedIn(user) },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  }
  /** An image uploaded as Copydesk uploads one: the file as the body, its fields in the query. */
  async function upload(user: SiteUser, query: Query = {}): Promise<Answer> {
    const response = await fetch(routeUrl(site.rest, 'wp/v2/media', query), {
      method: 'POST',
      headers: { 'Content-Type': 'image/png', 'Content-Disposition': 'attachment; filename="quay.png"', ...signedIn(user) },
      body: png(12, 8),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  }
  const create = (user: SiteUser, post: Record<string, unknown>) => call(user, 'POST', 'wp/v2/posts', post);
  const update = (user: SiteUser, id: number, post: unknown) => call(user, 'POST', `wp/v2/posts/${id}`, post);
  async function stored(id: number): Promise<PostJson> {
    const answer = await call('administrator', 'GET', `wp/v2/posts/${id}`, undefined, { context: 'edit' });
    expect(answer.status).toBe(200);
    return answer.body;
  }
  async function refused(answer: Promise<Answer>, status: number, code: string): Promise<void> {
    const { status: got, body } = await answer;
    expect({ status: got, code: body.code }).toEqual({ status, code });
    expect(body.message).toMatch(/\w{3}/);
  }

  /** One transition exactly as Copydesk makes it (shared/workflow), stamped with `who`. */
  function step(review: ReviewState, who: Actor, action: WorkflowAction, note = '', as: Role = who.role, override = false): ReviewState {
    const decision = decide({ role: as, cms: null, review }, { action, note, override });
    if (!decision.ok) throw new Error(`fixture: a ${as} cannot ${action}: ${decision.reason}`);
    return applyTransition(review, decision, { id: randomUUID(), at: clock++, actor: who, note });
  }
  const field = (review: ReviewState): ReviewField =>
    ReviewField.parse({ version: REVIEW_FIELD_VERSION, review, document: DOCUMENT, author: reporter });

  function commented(review: ReviewState, author: Actor, text = COMMENT_TEXT): ReviewState {
    const thread: CommentThread = {
      id: randomUUID(),
      quote: 'runs again',
      messages: [{ id: randomUUID(), author, at: clock++, text }],
      resolved: false,
      resolvedBy: null,
      resolvedAt: null,
    };
    return { ...review, comments: [...review.comments, thread] };
  }
  const resolved = (review: ReviewState, by: Actor): ReviewState => ({
    ...review,
    comments: review.comments.map((thread) => ({ ...thread, resolved: true, resolvedBy: by, resolvedAt: clock++ })),
  });


  const submitted = () => step(INITIAL_REVIEW, reporter, 'submit');
  const approvedFrom = (review: ReviewState) => step(step(review, editor, 'startEdit'), editor, 'approve');

  /** The contributor submits: a pending post holding `review`. */
  async function submitPost(review: ReviewState): Promise<PostJson> {
    const post = { title: DOCUMENT.headline, content: CONTENT, status: 'pending', [REVIEW_FIELD]: field(review) };
    const answer = await create('contributor', post);
    expect(answer.status).toBe(201);
    return answer.body;
  }
  const submit = async (review: ReviewState = submitted()): Promise<number> => (await submitPost(review)).id;
  async function push(user: SiteUser, id: number, review: ReviewState, post: Record<string, unknown> = {}): Promise<PostJson> {
    const answer = await update(user, id, { [REVIEW_FIELD]: field(review), ...post });
    expect({ status: answer.status, code: answer.body.code }).toEqual({ status: 200, code: undefined });
    return answer.body;
  }
  /** A pending post the editor has approved, and its review. */
  async function approvedPost(): Promise<{ id: number; review: ReviewState }> {
    const first = submitted();
    const id = await submit(first);
    const review = approvedFrom(first);
    await push('editor', id, review);
    return { id, review };
  }

  it('the contributor submits: a pending post whose review reads back exactly, to those who may edit it and its author', async () => {
    const review = submitted();
    const post = await submitPost(review);
    expect(post.status).toBe('pending');
    expect(post[REVIEW_FIELD]).toEqual(field(review));
    for (const user of ['contributor', 'editor', 'publisher'] as const) {
      const read = await call(user, 'GET', `wp/v2/posts/${post.id}`, undefined, { context: 'edit' });
      expect(read.body[REVIEW_FIELD]).toEqual(field(review));
    }
    const view = await call('contributor', 'GET', `wp/v2/posts/${post.id}`);
    expect(view.status).toBe(200);
    expect(view.body[REVIEW_FIELD]).toEqual(field(review));
    expect(await created()).toEqual({ posts: 1, media: 0 });
  });

  it('once published, its author reads the review in the view context only, and readers still get no field', async () => {
    const { id, review } = await approvedPost();
    const published = step(review, publisher, 'publish');
    await push('publisher', id, published, { status: 'publish' });
    // A contributor may not edit a published post, so WordPress refuses them the edit context…
    await refused(call('contributor', 'GET', `wp/v2/posts/${id}`, undefined, { context: 'edit' }), 403, 'rest_forbidden_context');
    // …and the plugin gives its author the review in the view context, a post and a list alike.
    expect((await call('contributor', 'GET', `wp/v2/posts/${id}`)).body[REVIEW_FIELD]).toEqual(field(published));
    const mine = await call('contributor', 'GET', 'wp/v2/posts', undefined, { include: id, _fields: `id,${REVIEW_FIELD}` });
    expect(mine.body).toEqual([{ id, [REVIEW_FIELD]: field(published) }]);
    // Reading is all: the author's write to the published post is WordPress's refusal, the review unchanged.
    await refused(update('contributor', id, { [REVIEW_FIELD]: field(step(published, reporter, 'correct', 'A typo', 'publisher')) }), 403, 'rest_cannot_edit');
    expect((await stored(id))[REVIEW_FIELD]).toEqual(field(published));
    // Another user who is not its author, and a reader signed in as no one, find no field at all.
    for (const user of ['author', null] as const) {
      const answer = await call(user, 'GET', `wp/v2/posts/${id}`);
      expect(answer.status).toBe(200);
      expect(answer.body).not.toHaveProperty(REVIEW_FIELD);
      expect((await call(user, 'GET', 'wp/v2/posts', undefined, { include: id, _fields: `id,${REVIEW_FIELD}` })).body).toEqual([{ id }]);
    }
  });

  it('the contributor may not approve, in any form: 403 copydesk_forbidden, and the post unchanged', async () => {
    const review = submitted();
    const id = await submit(review);
    const before = await stored(id);
    const forgeries: Record<string, ReviewState> = {
      'state approved, with an approval naming the editor': { ...review, state: 'approved', approval: { by: editor, at: clock++ } },
      'an approval object': { ...review, approval: { by: reporter, at: clock++ } },
      'an appended approve entry': { ...review, audit: step(review, reporter, 'approve', '', 'editor').audit },
      'the whole approval, in their own name': step(review, reporter, 'approve', '', 'editor'),
      'state in edit': { ...review, state: 'in_edit' },
      'state published, skipping approval': { ...review, state: 'published' },
    };
    for (const [what, forged] of Object.entries(forgeries)) {
      await refused(update('contributor', id, { title: `Retitled: ${what}`, [REVIEW_FIELD]: field(forged) }), 403, 'copydesk_forbidden');
    }
    const after = await stored(id);
    expect(after[REVIEW_FIELD]).toEqual(field(review));
    expect({ status: after.status, title: after.title.raw }).toEqual({ status: before.status, title: DOCUMENT.headline });
  });

  it('the editor edits, comments, returns with a note; the reporter resolves and resubmits; the editor approves', async () => {
    const first = submitted();
    const id = await submit(first);
    const inEdit = commented(step(first, editor, 'startEdit'), editor);
    expect((await push('editor', id, inEdit))[REVIEW_FIELD]).toEqual(field(inEdit));
    const returned = step(inEdit, editor, 'return', RETURN_NOTE);
    await push('editor', id, returned);
    const resubmitted = step(resolved(returned, reporter), reporter, 'submit');
    expect((await push('contributor', id, resubmitted))[REVIEW_FIELD]).toEqual(field(resubmitted));
    const approval = approvedFrom(resubmitted);
    await push('editor', id, approval);
    const after = await stored(id);
    expect(after[REVIEW_FIELD]).toEqual(field(approval));
    expect(ReviewField.parse(after[REVIEW_FIELD]).review).toMatchObject({
      state: 'approved',
      approval: { by: editor },
      comments: [{ resolved: true, resolvedBy: reporter }],
    });
    expect(after.status).toBe('pending');
  });

  it('the audit log only grows: a rewritten or dropped entry is refused with copydesk_audit_rewritten', async () => {
    const first = submitted();
    const id = await submit(first);
    const next = step(first, editor, 'startEdit');
    const [submitEntry, startEntry] = next.audit as [ReviewState['audit'][number], ReviewState['audit'][number]];
    const rewrites: Record<string, ReviewState['audit']> = {
      'a note rewritten': [{ ...submitEntry, note: 'Submitted late' }, startEntry],
      'an actor rewritten': [{ ...submitEntry, actor: editor }, startEntry],
      'the first entry dropped': [startEntry],
      'everything dropped': [],
    };
    for (const audit of Object.values(rewrites)) {
      await refused(update('editor', id, { [REVIEW_FIELD]: field({ ...next, audit }) }), 400, 'copydesk_audit_rewritten');
    }
    expect((await stored(id))[REVIEW_FIELD]).toEqual(field(first));
    // JSON-equal is enough: the same entry with its keys in another order still counts as kept
    const sent = field(next);
    sent.review.audit[0] = Object.fromEntries(Object.entries(submitEntry).reverse()) as typeof submitEntry;
    expect(JSON.stringify(sent)).not.toBe(JSON.stringify(field(next)));
    const answer = await update('editor', id, { [REVIEW_FIELD]: sent });
    expect(answer.status).toBe(200);
    expect(answer.body[REVIEW_FIELD]).toMatchObject({ review: { state: 'in_edit' } });
  });

  it("nobody writes in another user's name: copydesk_forged_actor for audit entries, comments, resolutions and approvals", async () => {
    const first = commented(submitted(), reporter, 'Is the headline too long?');
    const id = await submit(first);
    const forgeries: [SiteUser, ReviewState][] = [
      ['editor', step(first, publisher, 'startEdit')],
      ['editor', { ...first, approval: { by: publisher, at: clock++ }, state: 'approved' }],
      ['contributor', commented(first, editor, 'Looks fine to me')],
      ['contributor', { ...first, comments: first.comments.map((t) => ({ ...t, messages: [{ ...t.messages[0]!, author: editor }] })) }],
      ['editor', resolved(first, reporter)],
    ];
    for (const [user, forged] of forgeries) {
      await refused(update(user, id, { [REVIEW_FIELD]: field(forged) }), 403, 'copydesk_forged_actor');
    }
    expect((await stored(id))[REVIEW_FIELD]).toEqual(field(first));
    // the same changes in their own names are taken
    const own = resolved(commented(step(first, editor, 'startEdit'), editor), editor);
    expect((await push('editor', id, own))[REVIEW_FIELD]).toEqual(field(own));
  });

  it('publishing needs approval: copydesk_not_approved for the editor, the publisher and a plain administrator', async () => {
    const first = submitted();
    const id = await submit(first);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 19);
    await refused(update('editor', id, { status: 'publish' }), 403, 'copydesk_not_approved');
    await refused(update('editor', id, { status: 'future', date: tomorrow }), 403, 'copydesk_not_approved');
    await refused(update('publisher', id, { status: 'publish' }), 403, 'copydesk_not_approved');
    await refused(update('publisher', id, { status: 'publish', date: tomorrow }), 403, 'copydesk_not_approved');
    await refused(update('administrator', id, { status: 'publish' }), 403, 'copydesk_not_approved');
    // an approval sent with the publish itself does not count: it must be on the site first
    await refused(update('editor', id, { status: 'publish', [REVIEW_FIELD]: field(approvedFrom(first)) }), 403, 'copydesk_not_approved');
    // an override is an administrator's alone
    const overridden = step(first, editor, 'publish', 'Breaking news', 'admin', true);
    await refused(update('editor', id, { status: 'publish', [REVIEW_FIELD]: field(overridden) }), 403, 'copydesk_not_approved');
    expect((await stored(id)).status).toBe('pending');
    // nor may a Copydesk article be created live
    const own = step(INITIAL_REVIEW, editor, 'submit');
    await refused(create('editor', { title: 'Straight out', status: 'publish', [REVIEW_FIELD]: field(own) }), 403, 'copydesk_not_approved');
    expect(await created()).toEqual({ posts: 1, media: 0 });
  });

  it('once approved, the publisher publishes; the review moves on with the post', async () => {
    const { id, review } = await approvedPost();
    const published = step(review, publisher, 'publish');
    const answer = await push('publisher', id, published, { status: 'publish' });
    expect(answer.status).toBe('publish');
    expect(answer[REVIEW_FIELD]).toEqual(field(published));
    // a correction later re-sends status publish on a live post: no second check of approval
    const corrected = step(published, publisher, 'correct', 'The timetable starts on Tuesday, not Monday');
    expect((await push('publisher', id, corrected, { status: 'publish' }))[REVIEW_FIELD]).toEqual(field(corrected));
  });

  it('an administrator may publish without approval when the audit log records the override and its note', async () => {
    const first = submitted();
    const id = await submit(first);
    const overridden = step(first, admin, 'publish', 'Storm warning: public safety', 'admin', true);
    expect(overridden.audit.at(-1)).toMatchObject({ override: true, from: 'submitted', to: 'published' });
    const answer = await push('administrator', id, overridden, { status: 'publish' });
    expect(answer.status).toBe('publish');
    expect(answer[REVIEW_FIELD]).toEqual(field(overridden));
  });

  it('approved or scheduled needs its approval on record (400 copydesk_invalid), unless an administrator’s override stands for it', async () => {
    const first = submitted();
    const id = await submit(first);
    const approved = approvedFrom(first);
    const overridden = step(first, admin, 'schedule', 'The embargo lifts at six', 'admin', true);
    const returnedSince = step(step(step(overridden, publisher, 'unschedule'), editor, 'return', RETURN_NOTE), reporter, 'submit');
    const claims: Record<string, ReviewState> = {
      'approved, its approval dropped': { ...approved, approval: null },
      'scheduled, its approval dropped': { ...step(approved, publisher, 'schedule'), approval: null },
      'approved by an override from before the last return': { ...returnedSince, state: 'approved' },
    };
    for (const [what, claim] of Object.entries(claims)) {
      expect(claim, what).toMatchObject({ approval: null });
      await refused(update('editor', id, { [REVIEW_FIELD]: field(claim) }), 400, 'copydesk_invalid');
    }
    expect((await stored(id))[REVIEW_FIELD]).toEqual(field(first));

    // An administrator schedules it without approval, by override; unscheduled, it is approved with no approval on record.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 19);
    expect(overridden).toMatchObject({ state: 'scheduled', approval: null });
    expect((await push('administrator', id, overridden, { status: 'future', date: tomorrow })).status).toBe('future');
    const unscheduled = step(overridden, publisher, 'unschedule');
    expect(unscheduled).toMatchObject({ state: 'approved', approval: null });
    await push('publisher', id, unscheduled, { status: 'pending' });
    // Going live then needs an approval or another override, in WordPress as in Copydesk.
    expect(decide({ role: 'publisher', cms: null, review: unscheduled }, { action: 'publish', note: '' })).toMatchObject({ ok: false, code: 'needs_approval' });
    await refused(update('publisher', id, { status: 'publish' }), 403, 'copydesk_not_approved');
    expect((await stored(id)).status).toBe('pending');
  });

  it('the article’s details travel as document.meta, checked loosely: plain names, simple values, nothing nested', async () => {
    const meta: ArticleMeta = {
      section: 'Город',
      tags: ['паром', 'транспорт'],
      slug: 'parom-snova-khodit',
      slugEdited: false,
      dateline: 'Остров Чайка',
      seoTitle: 'Паром снова ходит',
      seoDescription: 'Первый рейс после шторма — в понедельник.',
      language: 'ru',
      featuredImage: null,
    };
    const first = submitted();
    const detailed = (details: unknown) => ({ ...field(first), document: { ...DOCUMENT, meta: details } });
    const answer = await create('contributor', { title: DOCUMENT.headline, content: CONTENT, status: 'pending', [REVIEW_FIELD]: detailed(meta) });
    expect(answer.status).toBe(201);
    const id = answer.body.id;
    expect((await stored(id))[REVIEW_FIELD]).toEqual(detailed(meta));
    // Details a later Copydesk may add are taken too.
    const later = { ...meta, readingLevel: 'B1', wordTarget: 600, breaking: true, embargo: null };
    expect((await update('contributor', id, { [REVIEW_FIELD]: detailed(later) })).body[REVIEW_FIELD]).toEqual(detailed(later));

    const wrap = (details: unknown) => JSON.stringify({ [REVIEW_FIELD]: detailed(details) });
    const bodies: Record<string, string> = {
      'a list': wrap(['ru']),
      'a string': wrap('ru'),
      'a nested object': wrap({ ...meta, seo: { title: 'Паром' } }),
      'a list holding a number': wrap({ ...meta, tags: ['паром', 7] }),
      'a list of lists': wrap({ ...meta, tags: [['паром']] }),
      'a fractional number': wrap({ ...meta, wordTarget: 1.5 }),
      'a key that is not a plain name': wrap({ ...meta, 'seo-title': 'Паром' }),
      'a __proto__ key': wrap(meta).replace('"meta":{', '"meta":{"__proto__":"ru",'),
      'a numeric key': wrap({ ...meta, 7: 'seven' }),
      'over 50 keys': wrap(Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`detail${i}`, 'x']))),
    };
    for (const [what, body] of Object.entries(bodies)) {
      expect(body, what).not.toBe(wrap(later));
      await refused(call('contributor', 'POST', `wp/v2/posts/${id}`, body), 400, 'copydesk_invalid');
    }
    expect((await stored(id))[REVIEW_FIELD]).toEqual(detailed(later));
  });

  it('a contributor uploads photos through the REST API, unattached or for a post of their own, and gains nothing else', async () => {
    const own = await submit();
    const loose = await upload('contributor');
    expect(loose.status).toBe(201);
    const attached = await upload('contributor', { post: own });
    expect([attached.status, attached.body.post]).toEqual([201, own]);
    // Not for another user's post…
    const theirs = await create('editor', { title: 'Desk notes', content: CONTENT, status: 'draft' });
    await refused(upload('contributor', { post: theirs.body.id }), 403, 'rest_cannot_create');
    // …nor for their own once it is published, which WordPress no longer lets them edit.
    const { id: live, review } = await approvedPost();
    await push('publisher', live, step(review, publisher, 'publish'), { status: 'publish' });
    await refused(upload('contributor', { post: live }), 403, 'rest_cannot_edit');
    // The grant is for creating media only: editing an image on the site still needs upload_files.
    const rotate = (media: Answer) => ({ src: media.body.source_url, modifiers: [{ type: 'rotate', args: { angle: 90 } }] });
    await refused(call('contributor', 'POST', `wp/v2/media/${loose.body.id}/edit`, rotate(loose)), 403, 'rest_cannot_edit_image');
    const authors = await upload('author');
    expect((await call('author', 'POST', `wp/v2/media/${authors.body.id}/edit`, rotate(authors))).body.code).not.toBe('rest_cannot_edit_image');
    expect((await created()).posts).toBe(3);
  });

  it("nothing of the review reaches readers: not the REST field, not the rendered content, not the public page", async () => {
    const first = submitted();
    const id = await submit(first);
    const returned = step(commented(step(first, editor, 'startEdit'), editor), editor, 'return', RETURN_NOTE);
    await push('editor', id, returned);
    const resubmitted = step(resolved(returned, reporter), reporter, 'submit');
    await push('contributor', id, resubmitted);
    const approval = approvedFrom(resubmitted);
    await push('editor', id, approval);
    const live = await push('publisher', id, step(approval, publisher, 'publish'), { status: 'publish' });
    expect(JSON.stringify(live[REVIEW_FIELD])).toContain(COMMENT_TEXT);

    const anonymous = await call(null, 'GET', `wp/v2/posts/${id}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).not.toHaveProperty(REVIEW_FIELD);
    expect(anonymous.body.content.rendered).toContain('паром снова ходит');
    const asked = await call(null, 'GET', `wp/v2/posts/${id}`, undefined, { _fields: `id,${REVIEW_FIELD}` });
    expect(asked.body).toEqual({ id });
    expect((await call(null, 'GET', `wp/v2/posts/${id}`, undefined, { context: 'edit' })).status).toBe(401);
    // nor to a signed-in user who may not edit the post
    await refused(call('author', 'GET', `wp/v2/posts/${id}`, undefined, { context: 'edit' }), 403, 'rest_forbidden_context');
    const listed = await call('author', 'GET', 'wp/v2/posts', undefined, { include: id, _fields: `id,${REVIEW_FIELD}` });
    expect(listed.body).toEqual([{ id }]);

    const page = await fetch(live.link);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain(DOCUMENT.headline);
    for (const secret of [COMMENT_TEXT, RETURN_NOTE, editor.name, REVIEW_FIELD]) {
      expect(html).not.toContain(secret);
      expect(anonymous.body.content.rendered).not.toContain(secret);
    }
  });

  it('copydesk_state filters the collection by review state, for the review queue', async () => {
    const inQueue = await submit();
    const second = submitted();
    const inEdit = await submit(second);
    await push('editor', inEdit, step(second, editor, 'startEdit'));
    const { id: approved } = await approvedPost();
    const plainAnswer = await create('contributor', { title: 'No Copydesk data', content: CONTENT, status: 'pending' });
    expect(plainAnswer.status).toBe(201);
    const ours = [inQueue, inEdit, approved, plainAnswer.body.id].join(',');

    const ids = async (query: Query) => {
      const answer = await call('editor', 'GET', 'wp/v2/posts', undefined, { status: 'pending', include: ours, _fields: 'id', ...query });
      expect(answer.status).toBe(200);
      return (answer.body as unknown as { id: number }[]).map((post) => post.id).sort((a, b) => a - b);
    };
    expect(await ids({ copydesk_state: 'submitted,in_edit' })).toEqual([inQueue, inEdit].sort((a, b) => a - b));
    expect(await ids({ copydesk_state: 'approved' })).toEqual([approved]);
    expect(await ids({ copydesk_state: 'published' })).toEqual([]);
    expect(await ids({})).toHaveLength(4);
    await refused(call('editor', 'GET', 'wp/v2/posts', undefined, { copydesk_state: 'approved,nonsense' }), 400, 'rest_invalid_param');
  });

  it('a malformed review is refused with 400 copydesk_invalid, and nothing is stored or created', async () => {
    const first = submitted();
    const id = await submit(first);
    const valid = JSON.stringify(field(first));
    const huge = { ...field(first), document: { ...DOCUMENT, body: 'x'.repeat(8 * 1024 * 1024) } };
    const wrap = (json: string) => `{"title":"Malformed","status":"pending","${REVIEW_FIELD}":${json}}`;
    const bodies: Record<string, string> = {
      'a string': wrap('"approved"'),
      'a list': wrap(`[${valid}]`),
      'null': wrap('null'),
      'a number': wrap('1'),
      'version 2': wrap(valid.replace('"version":1', '"version":2')),
      'an unknown state': wrap(valid.replace('"state":"submitted"', '"state":"killed"')),
      'an unknown action': wrap(valid.replace('"action":"submit"', '"action":"approveAll"')),
      'a __proto__ key': wrap(valid.replace(/^\{/, '{"__proto__":{"approved":true},')),
      'a __proto__ key in an actor': wrap(valid.replace('"actor":{', '"actor":{"__proto__":{"role":"admin"},')),
      'an audit that is an object': wrap(valid.replace(/"audit":\[(.*?)\],"comments"/, '"audit":{"first":$1},"comments"')),
      'an entry missing its override': wrap(valid.replace(',"override":false', '')),
      'override as a string': wrap(valid.replace('"override":false', '"override":"yes"')),
      'a timestamp as a string': wrap(valid.replace(/"at":(\d+)/, '"at":"$1"')),
      'a fractional correction number': wrap(valid.replace('"correctionNumber":0', '"correctionNumber":0.5')),
      'a document without its hash': wrap(valid.replace(/,"contentSha256":"[0-9a-f]+"/, '')),
      'over 8 MB': wrap(JSON.stringify(huge)),
    };
    for (const [what, body] of Object.entries(bodies)) {
      expect(body, what).not.toBe(wrap(valid));
      await refused(call('editor', 'POST', `wp/v2/posts/${id}`, body), 400, 'copydesk_invalid');
      await refused(call('editor', 'POST', 'wp/v2/posts', body), 400, 'copydesk_invalid');
    }
    const after = await stored(id);
    expect(after[REVIEW_FIELD]).toEqual(field(first));
    expect(after.title.raw).toBe(DOCUMENT.headline);
    expect(await created()).toEqual({ posts: 1, media: 0 });
  });

  it('a large review within the limit is stored intact: quotes, backslashes, Cyrillic and emoji', async () => {
    const big = { ...field(submitted()), document: { ...DOCUMENT, body: `${DOCUMENT.body}${'"ё\\🌊'.repeat(300_000)}` } };
    const answer = await create('contributor', { title: 'Long read', status: 'pending', [REVIEW_FIELD]: big });
    expect(answer.status).toBe(201);
    const after = await stored(answer.body.id);
    expect((after[REVIEW_FIELD] as ReviewField).document.body).toBe(big.document.body);
  });

  it('a post without Copydesk data is ordinary WordPress: published by an author, or an editor', async () => {
    const own = await create('author', { title: 'Tide tables for May', content: CONTENT, status: 'publish' });
    expect({ status: own.status, post: own.body.status }).toEqual({ status: 201, post: 'publish' });
    expect(own.body[REVIEW_FIELD]).toBeNull();
    const pending = await create('contributor', { title: 'Harbour festival', content: CONTENT, status: 'pending' });
    const published = await update('editor', pending.body.id, { status: 'publish' });
    expect({ status: published.status, post: published.body.status }).toEqual({ status: 200, post: 'publish' });
    expect(await created()).toEqual({ posts: 2, media: 0 });
  });
});
