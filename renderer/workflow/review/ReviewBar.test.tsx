import { act } from 'react';
import type { Draft } from '../../../shared/article/draft';
import { describe, expect, test } from 'vitest';
import { INITIAL_REVIEW, type ReviewState } from '../../../shared/workflow/review';
import { act as decideAndApply, reviewIn, thread } from '../../../shared/workflow/testing/reviews';
import { ApiProvider } from '../../api/ApiContext';
import { LocaleProvider } from '../../i18n/LocaleProvider';
import { render, settle, typeInto } from '../../test/render';
import { PersonProvider, usePerson } from '../person/PersonContext';
import { callsTo, DRAFT, fakeWorkflow, OTHER_DRAFT, RUSSIAN_UI, SITE, storedDraft, type FakeWorkflow } from '../testing/fakeWorkflow';
import { ReviewBar } from './ReviewBar';

const bar = () => document.querySelector<HTMLElement>('section[aria-label="Review"]')!;
const buttons = (root: ParentNode = document) => [...root.querySelectorAll('button')];
const button = (name: string, root: ParentNode = document) => buttons(root).find((b) => b.textContent === name);
const click = (element: HTMLElement | undefined) => act(async () => element!.click());
const stateShown = () => bar().querySelector('.wf-badge')?.textContent;
const description = (element: HTMLElement) => document.getElementById(element.getAttribute('aria-describedby') ?? '')?.textContent;
const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]');
const refusalOf = (fake: FakeWorkflow, action: string) => fake.viewOf(DRAFT).options.find((option) => option.action === action)?.refusal;
const alertText = () => document.querySelector('[role="alert"]')?.textContent ?? null;

let switchRole: ((role: 'reporter' | 'editor' | 'publisher' | 'admin') => Promise<unknown>) | null = null;
function RoleSwitch() {
  const state = usePerson();
  switchRole = (role) => state!.save({ name: state!.person!.name, role });
  return null;
}

/** What the bar handed the editor to show anew, per mount. */
let reloaded: Draft[] = [];

async function mount(fake: FakeWorkflow, draftId = DRAFT, flushed = true) {
  const flushes: string[] = [];
  const publishing = { draftId, body: null, ownFeatured: null, beforePublish: async () => (flushes.push(draftId), flushed) };
  reloaded = [];
  // The interface language is whatever the fake says main kept (RUSSIAN_UI), else the system's: English here.
  await render(
    <ApiProvider api={fake.api}>
      <LocaleProvider>
        <PersonProvider>
          <RoleSwitch />
          <ReviewBar publishing={publishing} onTextPulled={(draft) => reloaded.push(draft)} />
        </PersonProvider>
      </LocaleProvider>
    </ApiProvider>,
  );
  await settle();
  return flushes;
}

test('a reporter submits a draft kept on this computer; approving and publishing are refused with the reason', async () => {
  const fake = fakeWorkflow();
  const flushes = await mount(fake);
  expect(stateShown()).toBe('Draft');
  const publish = button('Publish…', bar())!;
  expect(publish.getAttribute('aria-disabled')).toBe('true');
  expect(description(publish)).toBe(refusalOf(fake, 'publish'));
  expect(description(publish)).toMatch(/^A reporter may not publish/);
  await click(publish);
  expect(document.querySelector('[role="dialog"]')).toBeNull();

  await click(button('Submit for review', bar()));
  await settle();
  // No site is set up, so nothing to choose: the article is submitted here, after saving what is typed.
  expect(flushes).toEqual([DRAFT]);
  expect(callsTo(fake, 'transition')).toEqual([{ id: DRAFT, action: 'submit', note: '' }]);
  expect(stateShown()).toBe('Submitted');
  const approve = button('Approve', bar())!;
  expect(approve.getAttribute('aria-disabled')).toBe('true');
  expect(description(approve)).toBe(refusalOf(fake, 'approve'));
  expect(description(approve)).toMatch(/^A reporter may not approve/);
  await click(approve);
  expect(callsTo(fake, 'transition')).toHaveLength(1);
});

test('the first submit asks which site, and keeping it on this computer sends no account', async () => {
  const toSite = fakeWorkflow({ accounts: [SITE] });
  await mount(toSite);
  await click(button('Submit for review', bar()));
  await settle();
  expect(dialog()?.textContent).toContain('Городские новости (https://news.example)');
  expect(callsTo(toSite, 'transition')).toEqual([]);
  await click(button('Submit for review', dialog()!));
  await settle();
  expect(callsTo(toSite, 'transition')).toEqual([{ id: DRAFT, action: 'submit', note: '', accountId: SITE.id }]);
  expect(dialog()).toBeNull();
  expect(stateShown()).toBe('Submitted');
});

test('keeping a first submit local sends no account', async () => {
  const local = fakeWorkflow({ accounts: [SITE] });
  await mount(local);
  await click(button('Submit for review', bar()));
  await settle();
  const keep = [...dialog()!.querySelectorAll('label')].find((label) => label.textContent?.startsWith('Keep it on this computer'))!;
  await act(async () => keep.querySelector('input')!.click());
  await click(button('Submit for review', dialog()!));
  await settle();
  expect(callsTo(local, 'transition')).toEqual([{ id: DRAFT, action: 'submit', note: '' }]);
});

test('returning needs a note; the audit log lists the steps newest first, notes as plain text', async () => {
  const fake = fakeWorkflow({ person: { name: 'Tom Baker', role: 'editor' } });
  fake.reviews.set(DRAFT, reviewIn('submitted'));
  await mount(fake);
  await click(button('Return to reporter', bar()));
  expect(dialog()?.getAttribute('aria-modal')).toBe('true');
  expect(document.activeElement?.tagName).toBe('TEXTAREA');
  await click(button('Return to reporter', dialog()!));
  expect(alertText()).toBe('“Return to reporter” needs a note.');
  expect(callsTo(fake, 'transition')).toEqual([]);

  const note = '<img src=x onerror=alert(1)> Уточните цифры во втором абзаце.';
  typeInto(dialog()!.querySelector('textarea')!, note);
  await click(button('Return to reporter', dialog()!));
  await settle();
  expect(callsTo(fake, 'transition')).toEqual([{ id: DRAFT, action: 'return', note }]);
  expect(dialog()).toBeNull();
  expect(stateShown()).toBe('Draft');

  await click(buttons(bar()).find((b) => b.textContent?.startsWith('Audit log')));
  const log = document.querySelector('[aria-label="Audit log"]')!;
  const entries = [...log.querySelectorAll('li')];
  expect(entries.map((entry) => entry.querySelector('.wf-audit-action')?.textContent)).toEqual(['Return to reporter']);
  expect(entries[0]!.textContent).toContain('Tom Baker (editor)');
  expect(entries[0]!.textContent).toContain('Submitted → Draft');
  expect(log.querySelector('blockquote')?.textContent).toBe(note);
  expect(log.querySelector('img')).toBeNull();

  // Submitting again as the editor adds the newer step on top.
  await click(button('Submit for review', bar()));
  await settle();
  expect([...log.querySelectorAll('.wf-audit-action')].map((n) => n.textContent)).toEqual(['Submit for review', 'Return to reporter']);
});

test('main’s refusal is shown in an alert', async () => {
  const fake = fakeWorkflow({ person: { name: 'Tom Baker', role: 'editor' } });
  fake.reviews.set(DRAFT, reviewIn('submitted'));
  await mount(fake);
  // Someone else approved meanwhile: the bar still offers Approve, main refuses.
  fake.reviews.set(DRAFT, reviewIn('approved'));
  await click(button('Approve', bar()));
  await settle();
  expect(alertText()).toBe('"Approve" is not possible while the article is approved.');
});

test('an action waits for what is typed to be stored, and does not go ahead when it could not be', async () => {
  const unsaved = fakeWorkflow({ person: { name: 'Tom Baker', role: 'editor' } });
  unsaved.reviews.set(DRAFT, reviewIn('submitted'));
  await mount(unsaved, DRAFT, false);
  await click(button('Approve', bar()));
  await settle();
  expect(alertText()).toBe('Approve failed: the latest changes could not be saved first');
  expect(callsTo(unsaved, 'transition')).toEqual([]);
});

test('the bar follows reviewChanged for its own draft only, and a new role re-reads the actions', async () => {
  const fake = fakeWorkflow();
  fake.reviews.set(DRAFT, reviewIn('submitted'));
  await mount(fake);
  const reads = () => callsTo(fake, 'getReview').length;
  const before = reads();
  fake.change(OTHER_DRAFT, reviewIn('approved'));
  await settle();
  expect(reads()).toBe(before);
  fake.change(DRAFT, { ...reviewIn('in_edit'), comments: [thread(1, false)] });
  await settle();
  expect(stateShown()).toBe('In edit');

  expect(button('Approve', bar())!.getAttribute('aria-disabled')).toBe('true');
  await act(async () => void (await switchRole!('editor')));
  await settle();
  expect(button('Approve', bar())!.getAttribute('aria-disabled')).toBe('false');
});

test('a linked article is refreshed from the site on opening; offline, that is a quiet note', async () => {
  const fake = fakeWorkflow({
    handlers: {
      refreshReview: () => {
        throw new Error('the site did not answer');
      },
    },
  });
  fake.links.set(DRAFT, { accountId: SITE.id, postId: 7, url: 'https://news.example/?p=7', remoteModifiedAt: null });
  await mount(fake);
  await settle();
  expect(callsTo(fake, 'refreshReview')).toEqual([{ id: DRAFT }]);
  expect(alertText()).toBeNull();
  expect(bar().querySelector('[role="status"]')?.textContent).toBe(
    'Could not reach the site (the site did not answer); showing the review as last seen.',
  );
  expect(bar().querySelector('a')?.getAttribute('href')).toBe('https://news.example/?p=7');

  // Asked for by hand, the same failure is an alert.
  await click(button('Refresh from site', bar()));
  await settle();
  expect(alertText()).toBe('Could not reach the site (the site did not answer); showing the review as last seen.');
});

test('a pull that brings the site’s text has the editor show it, after storing what was typed', async () => {
  let pulls = 0;
  const fake = fakeWorkflow({
    handlers: {
      // Main's store: each pull with new text from the site is a new save of the draft.
      getDraft: ({ id }) => storedDraft(id, pulls),
      refreshReview: () => {
        pulls += 1;
        return fake.viewOf(DRAFT);
      },
    },
  });
  fake.links.set(DRAFT, { accountId: SITE.id, postId: 7, url: 'https://news.example/?p=7', remoteModifiedAt: null });
  const flushes = await mount(fake);
  await settle();
  expect(callsTo(fake, 'refreshReview')).toHaveLength(1);
  expect(flushes).toEqual([DRAFT]);
  expect(reloaded).toEqual([storedDraft(DRAFT, 1)]);
});

test('a pull that leaves the stored text as it was leaves the editor be', async () => {
  const unchanged = fakeWorkflow({ handlers: { getDraft: ({ id }) => storedDraft(id, 5) } });
  unchanged.links.set(DRAFT, { accountId: SITE.id, postId: 7, url: 'https://news.example/?p=7', remoteModifiedAt: null });
  await mount(unchanged);
  await click(button('Refresh from site', bar()));
  await settle();
  expect(callsTo(unchanged, 'refreshReview')).toHaveLength(2);
  expect(reloaded).toEqual([]);
  expect(bar().querySelector('[role="status"]')?.textContent).toMatch(/^Up to date with the site at /);
});

test('a refresh waits for what is typed to be stored, and does not pull when it could not be', async () => {
  const fake = fakeWorkflow();
  fake.links.set(DRAFT, { accountId: SITE.id, postId: 7, url: 'https://news.example/?p=7', remoteModifiedAt: null });
  await mount(fake, DRAFT, false);
  await settle();
  expect(bar().querySelector('[role="status"]')?.textContent).toBe('Not refreshed from the site: the latest changes could not be saved first.');
  await click(button('Refresh from site', bar()));
  await settle();
  expect(alertText()).toBe('Not refreshed from the site: the latest changes could not be saved first.');
  expect(callsTo(fake, 'refreshReview')).toEqual([]);
  expect(reloaded).toEqual([]);
});

test('a link that is not a web address is not made clickable', async () => {
  const fake = fakeWorkflow();
  fake.links.set(DRAFT, { accountId: SITE.id, postId: 7, url: 'javascript:alert(1)', remoteModifiedAt: null });
  await mount(fake);
  expect(bar().querySelector('a')).toBeNull();
  expect(bar().textContent).toContain('On the site');
});

test('a review that cannot be read says so instead of offering actions', async () => {
  const fake = fakeWorkflow({
    handlers: {
      getReview: () => {
        throw new Error('the drafts database is locked');
      },
    },
  });
  await mount(fake);
  expect(bar().textContent).toBe('The review state could not be read: the drafts database is locked');
  expect(buttons(bar())).toEqual([]);
});

test('an admin’s Publish… and Schedule… open the publish dialog on that status, with the override on offer', async () => {
  const fake = fakeWorkflow({ person: { name: 'Sam Reed', role: 'admin' }, accounts: [SITE], handlers: { listTerms: () => ({ categories: [], tags: [] }) } });
  await mount(fake);
  const publish = button('Publish…', bar())!;
  expect(publish.getAttribute('aria-disabled')).toBe('false');
  expect(description(publish)).toBe(`${refusalOf(fake, 'publish')} As an admin you may override it with a note.`);
  await click(publish);
  await settle();
  const publishDialog = () => document.querySelector<HTMLElement>('[role="dialog"][aria-labelledby="pub-dialog-title"]');
  const checked = () => publishDialog()!.querySelector<HTMLInputElement>('input[type="radio"]:checked')!.parentElement!.textContent;
  expect(checked()).toBe('Publish now');
  expect(publishDialog()!.textContent).toContain('Override with a note');
  await click(button('Close', publishDialog()!));
  expect(publishDialog()).toBeNull();

  await click(button('Schedule…', bar()));
  await settle();
  expect(checked()).toBe('Schedule');
});

test('Escape closes the note dialog without asking main, and focus returns to the action', async () => {
  const fake = fakeWorkflow({ person: { name: 'Tom Baker', role: 'editor' } });
  fake.reviews.set(DRAFT, reviewIn('approved'));
  await mount(fake);
  const opener = button('Return to reporter', bar())!;
  opener.focus();
  await click(opener);
  expect(document.activeElement?.tagName).toBe('TEXTAREA');
  await act(async () => dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
  expect(dialog()).toBeNull();
  expect(document.activeElement).toBe(opener);
  expect(callsTo(fake, 'transition')).toEqual([]);
});

/** A review that went back and forth `steps` times between submit and return, as main records it. */
function reviewAfter(steps: number): ReviewState {
  let review = INITIAL_REVIEW;
  for (let step = 1; step <= steps; step++) {
    const request = step % 2 === 1 ? { action: 'submit' as const, note: '' } : { action: 'return' as const, note: 'Ещё раз, пожалуйста.' };
    review = decideAndApply({ role: 'editor', cms: null, review }, request, step).review;
  }
  expect(review.audit).toHaveLength(steps);
  return review;
}

describe('in Russian', () => {
  const russianBar = () => document.querySelector<HTMLElement>('section[aria-label="Проверка"]')!;

  test('states, actions and the dialog speak Russian; main’s refusal reasons are shown as main sends them', async () => {
    const fake = fakeWorkflow({ person: { name: 'Tom Baker', role: 'editor' }, handlers: RUSSIAN_UI });
    fake.reviews.set(DRAFT, reviewIn('submitted'));
    await mount(fake);
    expect(russianBar().querySelector('.wf-badge')?.textContent).toBe('На проверке');
    expect(buttons(russianBar()).map((b) => b.textContent)).toEqual(
      expect.arrayContaining(['Взять в редактуру', 'Вернуть автору', 'Одобрить', 'Отклонить', 'Журнал: 0 записей']),
    );
    const publish = button('Опубликовать…', russianBar());
    expect(publish?.getAttribute('aria-disabled')).toBe('true');
    expect(description(publish!)).toBe(refusalOf(fake, 'publish'));

    await click(button('Вернуть автору', russianBar()));
    expect(dialog()?.querySelector('h2')?.textContent).toBe('Вернуть автору');
    expect(dialog()?.querySelector('label')?.textContent).toBe('Комментарий для автора');
    await click(button('Вернуть автору', dialog()!));
    expect(alertText()).toBe('Для действия «Вернуть автору» нужно примечание.');
    typeInto(dialog()!.querySelector('textarea')!, 'Уточните цифры во втором абзаце.');
    await click(button('Вернуть автору', dialog()!));
    await settle();
    expect(russianBar().querySelector('.wf-badge')?.textContent).toBe('Черновик');

    await click(button('Журнал: 1 запись', russianBar()));
    const entry = document.querySelector('[aria-label="Журнал действий"] li')!;
    expect(entry.querySelector('.wf-audit-action')?.textContent).toBe('Вернуть автору');
    expect(entry.textContent).toContain('Tom Baker (редактор)');
    expect(entry.textContent).toContain('На проверке → Черновик');
    // The fake stamps steps on 4 March 2025; the date is written the Russian way.
    expect(entry.querySelector('time')?.textContent).toMatch(/^[345] мар\. 2025 г\./);
  });

  test('the audit log’s count takes the form its number needs', async () => {
    const fake = fakeWorkflow({ handlers: RUSSIAN_UI });
    await mount(fake);
    const auditButton = () => buttons(russianBar()).find((b) => b.textContent?.startsWith('Журнал'))?.textContent;
    const expected: Array<[number, string]> = [
      [1, 'Журнал: 1 запись'],
      [2, 'Журнал: 2 записи'],
      [4, 'Журнал: 4 записи'],
      [5, 'Журнал: 5 записей'],
      [11, 'Журнал: 11 записей'],
      [21, 'Журнал: 21 запись'],
      [22, 'Журнал: 22 записи'],
    ];
    for (const [steps, text] of expected) {
      fake.change(DRAFT, reviewAfter(steps));
      await settle();
      expect(auditButton()).toBe(text);
    }
  });
});
