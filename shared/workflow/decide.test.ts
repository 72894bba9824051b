import { describe, expect, test } from 'vitest';
import { WorkflowAction } from './actions';
import { actionOptions, decide, type RefusalCode } from './decide';
import { INITIAL_REVIEW, ReviewState } from './review';
import { Role } from './roles';
import { WorkflowState } from './states';
import { CMS, PEOPLE, act, reviewIn, thread } from './testing/reviews';

/*
 * The whole action table, written out by hand from the issue rather than read from ACTION_TABLE,
 * so that a wrong row fails here. A cell is where the action leads (an abbreviated state), or
 * why it is refused: NO the role may not, `..` not from this state, APR needs approval first.
 * Every request carries a note, no override, and no comment is open; a spiked article was in edit.
 */
const COLUMNS = 'draft  subm   edit   appr   sched  pub    corr   wdrn   spkd';

const STATE_OF: Readonly<Record<string, WorkflowState>> = {
  draft: 'draft', subm: 'submitted', edit: 'in_edit', appr: 'approved', sched: 'scheduled',
  pub: 'published', corr: 'corrected', wdrn: 'withdrawn', spkd: 'spiked',
};
const REFUSAL_OF: Readonly<Record<string, RefusalCode>> = { NO: 'not_allowed', '..': 'wrong_state', APR: 'needs_approval' };

const NOTHING = 'NO     NO     NO     NO     NO     NO     NO     NO     NO';

const MATRIX: Readonly<Record<Role, Readonly<Record<WorkflowAction, string>>>> = {
  reporter: {
    submit:     'subm   ..     ..     ..     ..     ..     ..     ..     ..',
    startEdit:  NOTHING,
    return:     NOTHING,
    approve:    NOTHING,
    schedule:   NOTHING,
    unschedule: NOTHING,
    publish:    NOTHING,
    correct:    NOTHING,
    withdraw:   NOTHING,
    spike:      NOTHING,
    restore:    NOTHING,
  },
  editor: {
    submit:     'subm   ..     ..     ..     ..     ..     ..     ..     ..',
    startEdit:  '..     edit   ..     ..     ..     ..     ..     ..     ..',
    return:     '..     draft  draft  draft  ..     ..     ..     ..     ..',
    approve:    '..     appr   appr   ..     ..     ..     ..     ..     ..',
    schedule:   NOTHING,
    unschedule: NOTHING,
    publish:    NOTHING,
    correct:    NOTHING,
    withdraw:   NOTHING,
    spike:      'spkd   spkd   spkd   spkd   ..     ..     ..     ..     ..',
    restore:    '..     ..     ..     ..     ..     ..     ..     ..     edit',
  },
  publisher: {
    submit:     'subm   ..     ..     ..     ..     ..     ..     ..     ..',
    startEdit:  '..     edit   ..     ..     ..     ..     ..     ..     ..',
    return:     '..     draft  draft  draft  ..     ..     ..     ..     ..',
    approve:    NOTHING,
    schedule:   'APR    APR    APR    sched  ..     ..     ..     ..     ..',
    unschedule: '..     ..     ..     ..     appr   ..     ..     ..     ..',
    publish:    'APR    APR    APR    pub    pub    ..     ..     ..     ..',
    correct:    '..     ..     ..     ..     ..     corr   corr   ..     ..',
    withdraw:   '..     ..     ..     ..     wdrn   wdrn   wdrn   ..     ..',
    spike:      'spkd   spkd   spkd   spkd   ..     ..     ..     ..     ..',
    restore:    '..     ..     ..     ..     ..     ..     ..     ..     edit',
  },
  admin: {
    submit:     'subm   ..     ..     ..     ..     ..     ..     ..     ..',
    startEdit:  '..     edit   ..     ..     ..     ..     ..     ..     ..',
    return:     '..     draft  draft  draft  ..     ..     ..     ..     ..',
    approve:    '..     appr   appr   ..     ..     ..     ..     ..     ..',
    schedule:   'APR    APR    APR    sched  ..     ..     ..     ..     ..',
    unschedule: '..     ..     ..     ..     appr   ..     ..     ..     ..',
    publish:    'APR    APR    APR    pub    pub    ..     ..     ..     ..',
    correct:    '..     ..     ..     ..     ..     corr   corr   ..     ..',
    withdraw:   '..     ..     ..     ..     wdrn   wdrn   wdrn   ..     ..',
    spike:      'spkd   spkd   spkd   spkd   ..     ..     ..     ..     ..',
    restore:    '..     ..     ..     ..     ..     ..     ..     ..     edit',
  },
};

type Expected = { ok: true; to: WorkflowState } | { ok: false; code: RefusalCode };

const columns = COLUMNS.split(/\s+/).map((name) => STATE_OF[name]!);

const cells = Role.options.flatMap((role) =>
  WorkflowAction.options.flatMap((action) => {
    const row = MATRIX[role][action].split(/\s+/);
    return columns.map((state, index) => {
      const cell = row[index]!;
      const expected: Expected = cell in STATE_OF ? { ok: true, to: STATE_OF[cell]! } : { ok: false, code: REFUSAL_OF[cell]! };
      return { role, action, state, expected };
    });
  }),
);

describe('the action table, every cell', () => {
  test('the matrix is complete: 4 roles × 11 actions × 9 states, each cell readable', () => {
    expect(columns).toEqual(WorkflowState.options);
    expect(cells).toHaveLength(Role.options.length * WorkflowAction.options.length * WorkflowState.options.length);
    expect(cells).toHaveLength(396);
    for (const { expected } of cells) expect(expected.ok ? expected.to : expected.code).toBeDefined();
  });

  test.each(cells)('$role: $action from $state', ({ role, action, state, expected }) => {
    const decision = decide({ role, cms: null, review: reviewIn(state) }, { action, note: 'Checked with the desk.' });
    if (expected.ok) {
      expect(decision).toMatchObject({ ok: true, from: state, to: expected.to, override: false });
    } else {
      expect(decision).toMatchObject({ ok: false, code: expected.code });
      if (!decision.ok) expect(decision.reason).toMatch(/^[A-Z"].*\.$/);
    }
  });
});

describe('refusals say why, in plain English', () => {
  test('a role without the privilege: who may instead', () => {
    const refusal = decide({ role: 'reporter', cms: null, review: reviewIn('approved') }, { action: 'publish', note: '' });
    expect(refusal).toEqual({ ok: false, code: 'not_allowed', reason: 'A reporter may not publish: that needs a publisher or admin.' });
    const approve = decide({ role: 'publisher', cms: null, review: reviewIn('in_edit') }, { action: 'approve', note: '' });
    expect(approve).toMatchObject({ code: 'not_allowed', reason: expect.stringContaining('may not approve articles') });
  });

  test('the wrong state: names the action and the state', () => {
    const refusal = decide({ role: 'publisher', cms: null, review: reviewIn('withdrawn') }, { action: 'publish', note: '' });
    expect(refusal).toEqual({ ok: false, code: 'wrong_state', reason: '"Publish" is not possible while the article is withdrawn.' });
  });
});

describe('the CMS account narrows the role', () => {
  const contributor = (role: Role, state: WorkflowState, action: WorkflowAction) =>
    decide({ role, cms: CMS.contributor, review: reviewIn(state) }, { action, note: 'Checked.' });

  test.each([
    ['admin', 'approved', 'publish', 'publish'],
    ['publisher', 'approved', 'publish', 'publish'],
    ['publisher', 'approved', 'schedule', 'schedule articles'],
    ['publisher', 'published', 'correct', 'publish corrections'],
    ['admin', 'published', 'withdraw', 'withdraw articles'],
    ['admin', 'in_edit', 'approve', 'approve articles'],
    ['editor', 'submitted', 'startEdit', "edit others' articles"],
    ['editor', 'submitted', 'return', 'return articles to the reporter'],
    ['editor', 'draft', 'spike', 'spike articles'],
  ] as const)('a %s on a WordPress contributor account may not %s… from %s', (role, state, action, words) => {
    expect(contributor(role, state, action)).toEqual({
      ok: false,
      code: 'not_allowed',
      reason: `Your CMS account may not ${words}, so Copydesk will not either.`,
    });
  });

  test('a contributor account still submits', () => {
    expect(contributor('admin', 'draft', 'submit')).toMatchObject({ ok: true, to: 'submitted' });
  });

  test('an author account publishes but does not edit others’ work', () => {
    const ctx = (state: WorkflowState) => ({ role: 'publisher' as const, cms: CMS.author, review: reviewIn(state) });
    expect(decide(ctx('approved'), { action: 'publish', note: '' })).toMatchObject({ ok: true, to: 'published' });
    expect(decide(ctx('submitted'), { action: 'startEdit', note: '' })).toMatchObject({ ok: false, code: 'not_allowed' });
  });

  test('a wider CMS account does not widen the role; no account (null) leaves the role alone', () => {
    expect(decide({ role: 'reporter', cms: CMS.editor, review: reviewIn('approved') }, { action: 'publish', note: '' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^A reporter may not publish/),
    });
    expect(decide({ role: 'admin', cms: null, review: reviewIn('approved') }, { action: 'publish', note: '' })).toMatchObject({ ok: true });
  });

  test('an admin whose CMS account may not edit others’ posts is told so when overriding', () => {
    const review = reviewIn('in_edit');
    const refusal = decide({ role: 'admin', cms: CMS.author, review }, { action: 'publish', note: 'Breaking news.', override: true });
    expect(refusal).toMatchObject({ ok: false, code: 'not_allowed', reason: expect.stringContaining('Your CMS account may not override house rules') });
  });
});

describe('notes', () => {
  test.each([
    ['return', 'in_edit', 'editor'],
    ['correct', 'published', 'publisher'],
    ['withdraw', 'published', 'publisher'],
  ] as const)('%s needs a note; whitespace is not one', (action, state, role) => {
    for (const note of ['', '   ', '\n\t ']) {
      expect(decide({ role, cms: null, review: reviewIn(state) }, { action, note })).toMatchObject({
        ok: false,
        code: 'note_required',
        reason: expect.stringMatching(/needs a note\.$/),
      });
    }
    expect(decide({ role, cms: null, review: reviewIn(state) }, { action, note: 'Fix the second paragraph.' })).toMatchObject({ ok: true });
  });

  test('other actions need none', () => {
    expect(decide({ role: 'editor', cms: null, review: reviewIn('in_edit') }, { action: 'approve', note: '' })).toMatchObject({ ok: true });
  });

  test('the note is kept trimmed in the audit line', () => {
    const { review } = act({ role: 'editor', cms: null, review: reviewIn('in_edit') }, { action: 'return', note: '  Нужен источник.\n' });
    expect(review.audit.at(-1)).toMatchObject({ action: 'return', note: 'Нужен источник.', actor: PEOPLE.editor });
  });
});

describe('house rules: approval and open comments', () => {
  const withComments = (state: WorkflowState, ...resolved: boolean[]): ReviewState => ({
    ...reviewIn(state),
    comments: resolved.map((isResolved, index) => thread(index + 1, isResolved)),
  });

  test.each(['publish', 'schedule'] as const)('%s needs approval; a scheduled article counts as approved for publish', (action) => {
    expect(decide({ role: 'publisher', cms: null, review: reviewIn('in_edit') }, { action, note: '' })).toEqual({
      ok: false,
      code: 'needs_approval',
      reason: `Cannot ${action}: it needs approval first (it is in edit).`,
    });
    expect(decide({ role: 'publisher', cms: null, review: reviewIn('approved') }, { action, note: '' })).toMatchObject({ ok: true });
  });

  test('publishing from scheduled is allowed without another approval', () => {
    expect(decide({ role: 'publisher', cms: null, review: reviewIn('scheduled') }, { action: 'publish', note: '' })).toMatchObject({
      ok: true,
      from: 'scheduled',
      to: 'published',
    });
  });

  test('open comments block publishing and scheduling; resolved ones do not', () => {
    const open = decide({ role: 'publisher', cms: null, review: withComments('approved', true, false, false) }, { action: 'publish', note: '' });
    expect(open).toEqual({ ok: false, code: 'comments_open', reason: 'Cannot publish: 2 review comments are still open.' });
    const one = decide({ role: 'publisher', cms: null, review: withComments('approved', false) }, { action: 'schedule', note: '' });
    expect(one).toMatchObject({ code: 'comments_open', reason: 'Cannot schedule: 1 review comment is still open.' });
    expect(decide({ role: 'publisher', cms: null, review: withComments('approved', true, true) }, { action: 'publish', note: '' })).toMatchObject({ ok: true });
  });

  test('both rules broken: both reasons, approval first', () => {
    const refusal = decide({ role: 'admin', cms: null, review: withComments('submitted', false) }, { action: 'publish', note: '' });
    expect(refusal).toMatchObject({
      code: 'needs_approval',
      reason: 'Cannot publish: it needs approval first (it is submitted), and 1 review comment is still open.',
    });
  });

  test('an admin overrides with a note, and the audit line says override', () => {
    const ctx = { role: 'admin' as const, cms: null, review: withComments('submitted', false) };
    const { decision, review } = act(ctx, { action: 'publish', note: 'Court order lifted; publish now.', override: true });
    expect(decision).toMatchObject({ ok: true, to: 'published', override: true });
    expect(review.audit).toEqual([
      expect.objectContaining({ action: 'publish', from: 'submitted', to: 'published', override: true, note: 'Court order lifted; publish now.' }),
    ]);
    expect(ReviewState.safeParse(review).success).toBe(true);
  });

  test('an override without a note is refused', () => {
    const refusal = decide({ role: 'admin', cms: null, review: reviewIn('draft') }, { action: 'publish', note: '  ', override: true });
    expect(refusal).toEqual({ ok: false, code: 'note_required', reason: 'An override needs a note saying why.' });
  });

  test('only an admin may override', () => {
    const refusal = decide({ role: 'publisher', cms: null, review: reviewIn('draft') }, { action: 'publish', note: 'Urgent.', override: true });
    expect(refusal).toMatchObject({ ok: false, code: 'not_allowed', reason: expect.stringMatching(/^Only an admin may override: it needs approval first/) });
  });

  test('an override that breaks no rule is recorded as none', () => {
    const { review } = act({ role: 'admin', cms: null, review: reviewIn('approved') }, { action: 'publish', note: 'Go.', override: true });
    expect(review.audit.at(-1)?.override).toBe(false);
  });

  test('an override does not set aside the state or a missing note', () => {
    const ctx = { role: 'admin' as const, cms: null, review: reviewIn('withdrawn') };
    expect(decide(ctx, { action: 'publish', note: 'Again.', override: true })).toMatchObject({ code: 'wrong_state' });
    expect(decide({ ...ctx, review: reviewIn('published') }, { action: 'withdraw', note: '', override: true })).toMatchObject({ code: 'note_required' });
  });

  test('an article scheduled by override and then unscheduled is still not approved', () => {
    const scheduled = act({ role: 'admin', cms: null, review: INITIAL_REVIEW }, { action: 'schedule', note: 'Embargo at six.', override: true }, 1).review;
    const unscheduled = act({ role: 'publisher', cms: null, review: scheduled }, { action: 'unschedule', note: '' }, 2).review;
    expect(unscheduled).toMatchObject({ state: 'approved', approval: null });
    expect(decide({ role: 'publisher', cms: null, review: unscheduled }, { action: 'publish', note: '' })).toEqual({
      ok: false,
      code: 'needs_approval',
      reason: 'Cannot publish: it needs approval first (no editor’s approval is on record).',
    });
    expect(decide({ role: 'publisher', cms: null, review: scheduled }, { action: 'publish', note: '' })).toMatchObject({ code: 'needs_approval' });
  });
});

describe('what each transition does to the review', () => {
  test('approve records who approved; return clears it', () => {
    const approved = act({ role: 'editor', cms: null, review: reviewIn('in_edit') }, { action: 'approve', note: '' }, 7).review;
    expect(approved.approval).toEqual({ by: PEOPLE.editor, at: 1_741_000_000_007 });
    const returned = act({ role: 'editor', cms: null, review: approved }, { action: 'return', note: 'One more source.' }, 8).review;
    expect(returned).toMatchObject({ state: 'draft', approval: null });
  });

  test('correct keeps the article live and numbers the corrections', () => {
    let review = reviewIn('published');
    for (const n of [1, 2, 3]) {
      review = act({ role: 'publisher', cms: null, review }, { action: 'correct', note: `Correction ${n}: the mayor’s name.` }, n).review;
      expect(review).toMatchObject({ state: 'corrected', correctionNumber: n });
      expect(review.audit.at(-1)).toMatchObject({ action: 'correct', correctionNumber: n });
    }
    expect(review.approval).not.toBeNull();
  });

  test('restore goes back to the state before the spike, whichever it was', () => {
    for (const state of ['draft', 'submitted', 'in_edit', 'approved'] as const) {
      const spiked = act({ role: 'editor', cms: null, review: reviewIn(state) }, { action: 'spike', note: '' }, 1).review;
      expect(spiked).toMatchObject({ state: 'spiked', previousState: state });
      const restored = act({ role: 'editor', cms: null, review: spiked }, { action: 'restore', note: '' }, 2).review;
      expect(restored).toMatchObject({ state, previousState: null });
      expect(restored.audit.map((entry) => `${entry.action}:${entry.from}>${entry.to}`)).toEqual([`spike:${state}>spiked`, `restore:spiked>${state}`]);
    }
  });

  test('other actions leave the correction number, approval and comments alone', () => {
    const review = { ...reviewIn('approved'), comments: [thread(1, true)] };
    const scheduled = act({ role: 'publisher', cms: null, review }, { action: 'schedule', note: '' }).review;
    expect(scheduled).toEqual({ ...review, state: 'scheduled', audit: [expect.objectContaining({ action: 'schedule', correctionNumber: null })] });
  });
});

describe('action options for the review bar', () => {
  test('only actions possible from the state, each allowed or with its reason', () => {
    const options = actionOptions({ role: 'editor', cms: null, review: reviewIn('in_edit') });
    expect(options.map((option) => [option.action, option.refusal === null])).toEqual([
      ['return', true],
      ['approve', true],
      ['schedule', false],
      ['publish', false],
      ['spike', true],
    ]);
    expect(options.find((option) => option.action === 'return')?.noteRequired).toBe(true);
  });

  test('an admin sees a house-rule refusal as overridable; a publisher does not', () => {
    const admin = actionOptions({ role: 'admin', cms: null, review: reviewIn('in_edit') }).find((option) => option.action === 'publish');
    expect(admin).toMatchObject({ refusal: expect.stringContaining('needs approval'), overridable: true });
    const publisher = actionOptions({ role: 'publisher', cms: null, review: reviewIn('in_edit') }).find((option) => option.action === 'publish');
    expect(publisher).toMatchObject({ refusal: expect.stringContaining('needs approval'), overridable: false });
  });
});
