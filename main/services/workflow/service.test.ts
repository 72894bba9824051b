import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Draft } from '../../../shared/article/draft';
import type { ReviewSnapshot, ReviewView } from '../../../shared/ipc/workflow-channels';
import { openAppServices } from '../app-services';
import { openProfile, plainBody } from '../publishing/testing/wp-profile';
import { markedBody } from './testing/newsroom';

// Every workflow channel on this computer alone (no account): through the real dispatcher, with
// hostile input. The hand-off through a site is in site.test.ts and workflow.wp.ts.

const THREAD = '5d0e8a1c-7b3f-4e2d-9a6c-1f0e2d3c4b5a';
const OTHER = '6e1f9b2d-8c4a-4f3e-8b7d-2a1f3e4d5c6b';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

async function newsroomOfOne(role: 'reporter' | 'editor' | 'publisher' | 'admin' = 'reporter') {
  const profile = openProfile();
  await profile.ok('setPerson', { name: 'Анна Петрова', role });
  const draft = await profile.ok<Draft>('createDraft', {});
  await profile.ok('saveDraft', {
    id: draft.id,
    headline: 'Ferry timetable changes',
    standfirst: 'From Monday.',
    byline: 'Staff',
    body: markedBody(THREAD, 'The first sailing leaves ', 'at 6.15am', ' from the north quay.'),
  });
  const act = (action: string, note = '', extra: Record<string, unknown> = {}) =>
    profile.ok<ReviewView>('transition', { id: draft.id, action, note, ...extra });
  const as = (role2: 'reporter' | 'editor' | 'publisher' | 'admin') => profile.ok('setPerson', { name: 'Анна Петрова', role: role2 });
  return { ...profile, id: draft.id, act, as };
}

describe('the person', () => {
  test('a new profile is a reporter with no name; setPerson keeps it for the profile', async () => {
    const profile = openProfile();
    expect(await profile.ok('getPerson', {})).toEqual({ name: '', role: 'reporter' });
    expect(await profile.ok('setPerson', { name: '  Desk Editor  ', role: 'editor' })).toEqual({ name: 'Desk Editor', role: 'editor' });
    profile.close();
    const again = openAppServices({ profileDir: profile.profileDir, appOrigin: 'app://copydesk', log: { warn() {}, error() {} } });
    try {
      const reply = await again.dispatch('getPerson', {}, { url: 'app://copydesk/', isMainFrame: true });
      expect(reply).toEqual({ ok: true, value: { name: 'Desk Editor', role: 'editor' } });
    } finally {
      again.close();
    }
  });

  test.each([
    ['a role that does not exist', { name: 'X', role: 'owner' }],
    ['a name of 201 characters', { name: 'x'.repeat(201), role: 'editor' }],
    ['an extra field', { name: 'X', role: 'admin', privileges: ['publish'] }],
    ['no role', { name: 'X' }],
  ])('setPerson refuses %s and keeps the person', async (_case, input) => {
    const profile = openProfile();
    expect((await profile.refused('setPerson', input)).code).toBe('bad_request');
    expect(await profile.ok('getPerson', {})).toEqual({ name: '', role: 'reporter' });
  });
});

describe('transitions on this computer', () => {
  test('a new draft is a draft; a reporter may submit and nothing else', async () => {
    const desk = await newsroomOfOne();
    const view = await desk.ok<ReviewView>('getReview', { id: desk.id });
    expect(view).toMatchObject({ draftId: desk.id, link: null, review: { state: 'draft', audit: [], comments: [] } });
    expect(view.options.map((o) => [o.action, o.refusal === null])).toEqual([
      ['submit', true],
      ['schedule', false],
      ['publish', false],
      ['spike', false],
    ]);
  });

  test('submit, start editing, return with a note, resubmit, approve: each in the audit log with who, when and the note', async () => {
    const desk = await newsroomOfOne();
    expect(await desk.act('submit')).toMatchObject({ review: { state: 'submitted' } });
    expect(desk.events.filter((e) => e.event === 'reviewChanged')).toEqual([{ event: 'reviewChanged', payload: { id: desk.id } }]);
    await desk.as('editor');
    await desk.act('startEdit');
    expect(await desk.act('return', '  Check the sailing time with the port.  ')).toMatchObject({ review: { state: 'draft', approval: null } });
    await desk.as('reporter');
    await desk.act('submit');
    await desk.as('editor');
    const approved = await desk.act('approve');
    const who = { name: 'Анна Петрова', cmsUser: '' };
    expect(approved.review).toMatchObject({
      state: 'approved',
      approval: { by: { ...who, role: 'editor' } },
      audit: [
        { action: 'submit', from: 'draft', to: 'submitted', actor: { ...who, role: 'reporter' }, note: '', override: false },
        { action: 'startEdit', from: 'submitted', to: 'in_edit', actor: { ...who, role: 'editor' } },
        { action: 'return', from: 'in_edit', to: 'draft', note: 'Check the sailing time with the port.' },
        { action: 'submit', from: 'draft', to: 'submitted' },
        { action: 'approve', from: 'submitted', to: 'approved' },
      ],
    });
    expect(new Set(approved.review.audit.map((entry) => entry.id)).size).toBe(5);
    expect(approved.review.audit.every((entry) => Number.isInteger(entry.at))).toBe(true);
  });

  test.each([
    ['a reporter approving', 'reporter', 'approve', '', 'A reporter may not approve articles: that needs an editor or admin.'],
    ['a reporter returning', 'reporter', 'return', 'Fix it.', 'may not return articles to the reporter'],
    ['an editor returning without a note', 'editor', 'return', '   ', '"Return to reporter" needs a note.'],
    ['an editor withdrawing what is not published', 'editor', 'withdraw', 'Legal.', 'may not withdraw articles'],
    ['a publisher restoring what is not spiked', 'publisher', 'restore', '', '"Restore" is not possible while the article is submitted.'],
  ])('%s is refused as not_allowed with the reason, and nothing changes', async (_case, role, action, note, reason) => {
    const desk = await newsroomOfOne();
    await desk.act('submit');
    await desk.as(role as 'reporter');
    const before = await desk.ok<ReviewView>('getReview', { id: desk.id });
    const error = await desk.refused('transition', { id: desk.id, action, note });
    expect(error.code).toBe('not_allowed');
    expect(error.message).toContain(reason);
    expect((await desk.ok<ReviewView>('getReview', { id: desk.id })).review).toEqual(before.review);
  });

  test('publish and schedule go through the publish dialog, not transition', async () => {
    const desk = await newsroomOfOne('admin');
    for (const action of ['publish', 'schedule']) {
      expect(await desk.refused('transition', { id: desk.id, action, note: 'now', override: true })).toMatchObject({
        code: 'bad_request',
        message: expect.stringContaining('publishDraft'),
      });
    }
  });

  test('spike keeps the state it had, restore goes back to it', async () => {
    const desk = await newsroomOfOne();
    await desk.act('submit');
    await desk.as('editor');
    expect(await desk.act('spike')).toMatchObject({ review: { state: 'spiked', previousState: 'submitted' } });
    expect(await desk.act('restore')).toMatchObject({ review: { state: 'submitted', previousState: null } });
  });

  test('snapshots for "changes since": none before, the text as it was when submitted and when approved', async () => {
    const desk = await newsroomOfOne();
    expect(await desk.ok('reviewSnapshot', { id: desk.id, since: 'submitted' })).toBeNull();
    const submittedBody = (await desk.ok<Draft>('getDraft', { id: desk.id })).body;
    await desk.act('submit');
    await desk.ok('saveDraft', { id: desk.id, headline: 'Ferry timetable changes on Monday', standfirst: '', byline: '', body: plainBody('Edited.') });
    await desk.as('editor');
    await desk.act('approve');
    expect(await desk.ok<ReviewSnapshot>('reviewSnapshot', { id: desk.id, since: 'submitted' })).toMatchObject({
      headline: 'Ferry timetable changes',
      standfirst: 'From Monday.',
      body: submittedBody,
    });
    expect(await desk.ok<ReviewSnapshot>('reviewSnapshot', { id: desk.id, since: 'approved' })).toMatchObject({
      headline: 'Ferry timetable changes on Monday',
      body: plainBody('Edited.'),
    });
  });

  test('a draft in the Trash takes no transition; an unknown draft is not_found', async () => {
    const desk = await newsroomOfOne();
    await desk.ok('trashDraft', { id: desk.id });
    expect((await desk.refused('transition', { id: desk.id, action: 'submit', note: '' })).message).toContain('Trash');
    for (const [channel, input] of [
      ['getReview', { id: UNKNOWN }],
      ['transition', { id: UNKNOWN, action: 'submit', note: '' }],
      ['reviewSnapshot', { id: UNKNOWN, since: 'approved' }],
      ['addComment', { id: UNKNOWN, threadId: THREAD, quote: '', text: 'Hm.' }],
    ] as const) {
      expect((await desk.refused(channel, input)).code).toBe('not_found');
    }
  });
});

describe('comments', () => {
  test('add, reply, resolve and reopen a thread; each names who and when', async () => {
    const desk = await newsroomOfOne('editor');
    const added = await desk.ok<ReviewView>('addComment', { id: desk.id, threadId: THREAD, quote: 'at 6.15am', text: 'Source for the time?' });
    expect(added.review.comments).toMatchObject([
      { id: THREAD, quote: 'at 6.15am', resolved: false, messages: [{ text: 'Source for the time?', author: { name: 'Анна Петрова', role: 'editor', cmsUser: '' } }] },
    ]);
    await desk.as('reporter');
    await desk.ok('replyComment', { id: desk.id, threadId: THREAD, text: 'Порт подтвердил.' });
    const resolved = await desk.ok<ReviewView>('resolveComment', { id: desk.id, threadId: THREAD, resolved: true });
    expect(resolved.review.comments[0]).toMatchObject({ resolved: true, resolvedBy: { role: 'reporter' }, messages: [{}, { text: 'Порт подтвердил.' }] });
    expect(resolved.review.comments[0]!.resolvedAt).toEqual(expect.any(Number));
    const reopened = await desk.ok<ReviewView>('resolveComment', { id: desk.id, threadId: THREAD, resolved: false });
    expect(reopened.review.comments[0]).toMatchObject({ resolved: false, resolvedBy: null, resolvedAt: null });
    expect(desk.events.filter((e) => e.event === 'reviewChanged')).toHaveLength(4);
  });

  test('an open comment blocks publishing; an unknown thread is not_found; a thread id is used once', async () => {
    const desk = await newsroomOfOne('editor');
    await desk.ok('addComment', { id: desk.id, threadId: THREAD, quote: 'at 6.15am', text: 'Check.' });
    expect((await desk.refused('replyComment', { id: desk.id, threadId: OTHER, text: 'Hello?' })).code).toBe('not_found');
    expect((await desk.refused('resolveComment', { id: desk.id, threadId: OTHER, resolved: true })).code).toBe('not_found');
    expect((await desk.refused('addComment', { id: desk.id, threadId: THREAD, quote: '', text: 'Again' })).code).toBe('bad_request');
    const view = await desk.ok<ReviewView>('getReview', { id: desk.id });
    expect(view.review.comments).toHaveLength(1);
  });

  test.each([
    ['an empty comment', { text: '   ' }],
    ['a comment of 4,001 characters', { text: 'я'.repeat(4_001) }],
    ['a thread id that is not a UUID', { threadId: '../../etc' }],
    ['a quote of 2,001 characters', { quote: 'q'.repeat(2_001) }],
    ['markup in place of text', { text: { html: '<img onerror=alert(1)>' } }],
  ])('addComment refuses %s before anything is stored', async (_case, change) => {
    const desk = await newsroomOfOne('editor');
    const error = await desk.refused('addComment', { id: desk.id, threadId: THREAD, quote: 'at 6.15am', text: 'Fine.', ...change });
    expect(error.code).toBe('bad_request');
    expect((await desk.ok<ReviewView>('getReview', { id: desk.id })).review.comments).toEqual([]);
  });
});

describe('hostile input through the dispatcher', () => {
  test.each([
    ['an action the table lacks', 'transition', { action: 'destroy', note: '' }],
    ['a note of 4,001 characters', 'transition', { action: 'submit', note: 'n'.repeat(4_001) }],
    ['an override that is not a boolean', 'transition', { action: 'submit', note: '', override: 'yes' }],
    ['an account id that is not a UUID', 'transition', { action: 'submit', note: '', accountId: 'not-an-account' }],
    ['no note', 'transition', { action: 'submit' }],
    ['an actor chosen by the caller', 'transition', { action: 'submit', note: '', actor: { role: 'admin' } }],
    ['a snapshot kind that does not exist', 'reviewSnapshot', { since: 'published' }],
    ['"true" as a string', 'resolveComment', { threadId: THREAD, resolved: 'true' }],
  ])('%s (%s) is bad_request, and the review is untouched', async (_case, channel, input) => {
    const desk = await newsroomOfOne();
    expect((await desk.refused(channel, { id: desk.id, ...input })).code).toBe('bad_request');
    expect((await desk.ok<ReviewView>('getReview', { id: desk.id })).review).toMatchObject({ state: 'draft', audit: [] });
  });

  test.each([
    ['reviewQueue', { accountId: UNKNOWN }, 'not_found'],
    ['openFromQueue', { accountId: UNKNOWN, postId: 7 }, 'not_found'],
    ['openFromQueue', { accountId: UNKNOWN, postId: -7 }, 'bad_request'],
    ['openFromQueue', { accountId: UNKNOWN, postId: 1.5 }, 'bad_request'],
  ])('%s %j is %s', async (channel, input, code) => {
    const desk = await newsroomOfOne();
    expect((await desk.refused(channel, input)).code).toBe(code);
    expect(await desk.ok('listDrafts', {})).toHaveLength(1);
  });

  test('refreshing an article that is on no site says so', async () => {
    const desk = await newsroomOfOne();
    expect(await desk.refused('refreshReview', { id: desk.id })).toMatchObject({ code: 'bad_request', message: expect.stringContaining('not on a site') });
  });
});

describe('a publish that finished as Copydesk stopped', () => {
  test('moves the review at the next start, once', async () => {
    const desk = await newsroomOfOne('admin');
    await desk.act('submit');
    const { review } = await desk.act('approve');
    desk.close();
    // What the outbox leaves when it stops between finishing a job and its event: the job done,
    // carrying the review it published, which this computer has not applied.
    const published = {
      ...review,
      state: 'published',
      audit: [
        ...review.audit,
        { id: OTHER, at: 5_000, actor: { name: 'Анна Петрова', role: 'admin', cmsUser: '' }, action: 'publish', from: 'approved', to: 'published', note: '', override: false, correctionNumber: null },
      ],
    };
    const options = {
      status: 'publish',
      scheduledAt: null,
      categories: [],
      tags: [],
      featuredImage: null,
      review: { field: { version: 1, review: published, document: { headline: 'h', standfirst: '', byline: '', body: plainBody('x') }, author: published.audit[0]!.actor }, onSite: false },
    };
    const db = new Database(path.join(desk.profileDir, 'drafts.sqlite'));
    db.prepare(
      `INSERT INTO publish_jobs (id, draft_id, account_id, client_guid, headline, options, snapshot, state, created_at, updated_at)
       VALUES (?, ?, ?, 'guid', 'h', ?, '{}', 'done', 1, 1)`,
    ).run(UNKNOWN, desk.id, THREAD, JSON.stringify(options));
    db.close();

    for (let start = 0; start < 2; start += 1) {
      const again = openAppServices({ profileDir: desk.profileDir, appOrigin: 'app://copydesk', log: { warn() {}, error() {} } });
      try {
        const reply = await again.dispatch('getReview', { id: desk.id }, { url: 'app://copydesk/', isMainFrame: true });
        expect(reply).toMatchObject({ ok: true, value: { review: { state: 'published', audit: published.audit } } });
      } finally {
        again.close();
      }
    }
  });
});
