import { act } from 'react';
import { $getRoot, type LexicalEditor } from 'lexical';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Draft, DraftSummary } from '../../../shared/article/draft';
import { DEFAULT_META } from '../../../shared/article/meta';
import type { ReviewView } from '../../../shared/ipc/workflow-channels';
import { INITIAL_REVIEW, type Actor, type CommentThread } from '../../../shared/workflow/review';
import { ApiProvider } from '../../api/ApiContext';
import { LocaleProvider } from '../../i18n/LocaleProvider';
import { App } from '../../components/App';
import { fakeApi, type FakeHandlers } from '../../test/fakeApi';
import { render, settle, typeInto } from '../../test/render';
import { RUSSIAN_UI } from '../testing/fakeWorkflow';

const ID = '00000000-0000-4000-8000-00000000000a';
const OTHER_ID = '00000000-0000-4000-8000-00000000000b';
const THREAD_A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const THREAD_B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const THREAD_C = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const EDITOR: Actor = { name: 'Olga Petrova', role: 'editor', cmsUser: 'opetrova' };

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, style: '', mode: 'normal', detail: 0 });
const element = (type: string, children: object[], extra: object = {}) => ({ type, version: 1, format: '', indent: 0, direction: null, children, ...extra });
const mark = (ids: string[], value: string) => element('mark', [text(value)], { ids });
const paragraph = (...children: object[]) => element('paragraph', children, { textFormat: 0, textStyle: '' });
const bodyOf = (...children: object[]) => JSON.stringify({ root: element('root', children) });

const PLAIN_BODY = bodyOf(paragraph(text('The ferry will not sail before Friday.')), paragraph(text('Паром не выйдет в море до пятницы.')));

function thread(id: string, quote: string, message: string, at: number, resolved = false): CommentThread {
  return {
    id,
    quote,
    messages: [{ id: crypto.randomUUID(), author: EDITOR, at, text: message }],
    resolved,
    resolvedBy: resolved ? EDITOR : null,
    resolvedAt: resolved ? at + 1 : null,
  };
}

/** Main as far as comments go: one draft, its review, and the rule that a thread's mark must be stored. */
function server({ body = PLAIN_BODY, threads = [] as CommentThread[], overrides = {} as FakeHandlers } = {}) {
  let draft: Draft = { id: ID, headline: 'Ferry', standfirst: '', byline: '', body, createdAt: 0, updatedAt: 1, deletedAt: null, meta: DEFAULT_META };
  let comments = threads;
  const view = (): ReviewView => ({ draftId: ID, review: { ...INITIAL_REVIEW, comments }, options: [], link: null });
  const summary = (): DraftSummary => ({ id: ID, headline: draft.headline, headlineHighlight: [{ text: draft.headline, match: false }], snippet: [], updatedAt: draft.updatedAt, deletedAt: null });
  const change = (id: string, edit: (found: CommentThread) => CommentThread) => {
    if (!comments.some((found) => found.id === id)) throw new Error('There is no such comment.');
    comments = comments.map((found) => (found.id === id ? edit(found) : found));
    return view();
  };
  const handlers: FakeHandlers = {
    listDrafts: () => [summary()],
    getDraft: () => draft,
    saveDraft: ({ id, ...content }) => {
      draft = { ...draft, ...content, updatedAt: draft.updatedAt + 1 };
      return { id, updatedAt: draft.updatedAt };
    },
    listAppeals: () => [],
    getAppealVersions: () => [],
    recoveryNotice: () => null,
    getReview: view,
    addComment: ({ threadId, quote, text: message }) => {
      if (!draft.body.includes(threadId)) throw new Error('The commented text is not in the saved article.');
      comments = [...comments, { ...thread(threadId, quote, message, Date.now()) }];
      return view();
    },
    replyComment: ({ threadId, text: message }) =>
      change(threadId, (found) => ({ ...found, messages: [...found.messages, { id: crypto.randomUUID(), author: EDITOR, at: Date.now(), text: message }] })),
    resolveComment: ({ threadId, resolved }) =>
      change(threadId, (found) => ({ ...found, resolved, resolvedBy: resolved ? EDITOR : null, resolvedAt: resolved ? Date.now() : null })),
    ...overrides,
  };
  const fake = fakeApi(handlers);
  return {
    ...fake,
    stored: () => draft,
    setComments: (next: CommentThread[]) => (comments = next),
    channels: () => fake.calls.map((call) => call.channel),
  };
}

async function start(options?: Parameters<typeof server>[0]) {
  const main = server(options);
  // The interface language is whatever the fake says main kept (RUSSIAN_UI), else the system's: English here.
  await render(
    <ApiProvider api={main.api}>
      <LocaleProvider>
        <App />
      </LocaleProvider>
    </ApiProvider>,
  );
  for (let i = 0; i < 4; i++) await settle();
  return main;
}

const bodyElement = () => document.querySelector<HTMLElement>('[aria-label="Article body"]')!;
// Lexical keeps its editor on the editable element; tests select through it as a reader's mouse would.
const bodyEditor = () => (bodyElement() as unknown as { __lexicalEditor: LexicalEditor }).__lexicalEditor;
const panel = () => document.querySelector<HTMLElement>('section[aria-label="Comments"]');
const buttonIn = (scope: ParentNode, name: string) =>
  [...scope.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name) ?? null;
const threadCard = (quote: string) =>
  [...(panel()?.querySelectorAll<HTMLElement>('article') ?? [])].find((card) => card.querySelector('.thread-quote')?.textContent?.includes(`“${quote}”`)) ?? null;
const fieldIn = (scope: ParentNode, label: string) => {
  const found = [...scope.querySelectorAll('label')].find((candidate) => candidate.textContent === label);
  return scope.querySelector<HTMLTextAreaElement>(`[id="${found!.htmlFor}"]`)!;
};
const marks = () => [...bodyElement().querySelectorAll('mark')].map((found) => ({ text: found.textContent, state: found.dataset.comment }));

async function click(target: HTMLElement | null) {
  expect(target).not.toBeNull();
  await act(async () => target!.click());
  await settle();
}

async function selectWords(words: string) {
  await act(async () =>
    bodyEditor().update(
      () => {
        const node = $getRoot().getAllTextNodes().find((candidate) => candidate.getTextContent().includes(words))!;
        const at = node.getTextContent().indexOf(words);
        node.select(at, at + words.length);
      },
      { discrete: true },
    ),
  );
}

async function comment(words: string, message: string) {
  await selectWords(words);
  await click(buttonIn(document, 'Comment'));
  const form = panel()!.querySelector<HTMLElement>('[aria-label="New comment"]')!;
  typeInto(fieldIn(form, 'Comment'), message);
  await click(buttonIn(form, 'Save comment'));
  for (let i = 0; i < 3; i++) await settle();
}

beforeAll(() => {
  // jsdom lays nothing out, so it has no scrolling to do.
  Element.prototype.scrollIntoView = vi.fn();
});
afterAll(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

describe('review comments', () => {
  test('a comment marks the selected words, is stored with the body before main is asked, and shows in the panel', async () => {
    const main = await start();
    await comment('before Friday', 'Which Friday? Give the date.');

    const channels = main.channels();
    expect(channels.indexOf('saveDraft')).toBeGreaterThanOrEqual(0);
    expect(channels.indexOf('saveDraft')).toBeLessThan(channels.indexOf('addComment'));
    const added = main.calls.find((call) => call.channel === 'addComment')!.input as { threadId: string; quote: string; text: string };
    expect(added).toMatchObject({ id: ID, quote: 'before Friday', text: 'Which Friday? Give the date.' });
    expect(main.stored().body).toContain(`"ids":["${added.threadId}"]`);

    const card = threadCard('before Friday')!;
    expect(card.textContent).toContain('Which Friday? Give the date.');
    expect(card.textContent).toContain('Olga Petrova');
    expect(card.textContent).toContain('Editor');
    expect(card.getAttribute('aria-current')).toBe('true');
    expect(panel()!.querySelector('[role="status"]')!.textContent).toBe('1 open');
    expect(panel()!.querySelector('[aria-label="New comment"]')).toBeNull();
    expect(marks()).toEqual([{ text: 'before Friday', state: 'open' }]);
  });

  test('Cyrillic words can be commented on, and the shortcut opens the form', async () => {
    await start();
    await selectWords('до пятницы');
    await act(async () => {
      bodyElement().dispatchEvent(new KeyboardEvent('keydown', { key: 'm', code: 'KeyM', ctrlKey: true, altKey: true, bubbles: true, cancelable: true }));
    });
    await settle();
    const form = panel()!.querySelector<HTMLElement>('[aria-label="New comment"]')!;
    expect(form.textContent).toContain('“до пятницы”');
    typeInto(fieldIn(form, 'Comment'), 'Уточните дату.');
    await click(buttonIn(form, 'Save comment'));
    for (let i = 0; i < 3; i++) await settle();
    expect(threadCard('до пятницы')!.textContent).toContain('Уточните дату.');
    expect(marks()).toEqual([{ text: 'до пятницы', state: 'open' }]);
  });

  test('when main refuses the comment, its mark comes off and the words stay in the form with the reason', async () => {
    const main = await start({ overrides: { addComment: () => { throw new Error('Comments are closed on this article.'); } } });
    await comment('not sail', 'Is this confirmed?');
    expect(main.channels()).toContain('addComment');
    const form = panel()!.querySelector<HTMLElement>('[aria-label="New comment"]')!;
    expect(form.querySelector('[role="alert"]')!.textContent).toBe('Comments are closed on this article.');
    expect(fieldIn(form, 'Comment').value).toBe('Is this confirmed?');
    expect(marks()).toEqual([]);
    expect(threadCard('not sail')).toBeNull();
  });

  test('when the body cannot be stored first, main is not asked for the thread and the mark comes off', async () => {
    const main = await start({ overrides: { saveDraft: () => { throw new Error('The drafts database is full.'); } } });
    await comment('not sail', 'Is this confirmed?');
    expect(main.channels()).not.toContain('addComment');
    const alert = panel()!.querySelector('[aria-label="New comment"] [role="alert"]')!;
    expect(alert.textContent).toMatch(/could not be saved first/);
    expect(marks()).toEqual([]);
  });

  test('with no words selected, Comment says what to do and opens no form', async () => {
    const main = await start();
    await click(buttonIn(document, 'Comment'));
    expect(document.body.textContent).toContain('To comment, first select the words the comment is about.');
    expect(panel()).toBeNull();
    expect(main.channels()).not.toContain('addComment');
  });

  test('words the body selected before focus went elsewhere are not what Comment comments on', async () => {
    await start();
    await selectWords('not sail');
    // Focus in the headline: the page's selection is no longer in the body, though Lexical remembers it.
    await act(async () => document.getSelection()!.removeAllRanges());
    await click(buttonIn(document, 'Comment'));
    expect(document.body.textContent).toContain('To comment, first select the words the comment is about.');
    expect(panel()).toBeNull();
  });

  test('a reply and a resolution go to main; a resolved thread is not highlighted; Reopen brings it back', async () => {
    const main = await start();
    await comment('before Friday', 'Which Friday?');
    const card = threadCard('before Friday')!;

    await click(buttonIn(card, 'Reply'));
    typeInto(fieldIn(card, 'Reply'), 'The 14th, per the harbour office.');
    await click(buttonIn(card, 'Send reply'));
    await settle();
    expect([...card.querySelectorAll('.thread-text')].map((found) => found.textContent)).toEqual(['Which Friday?', 'The 14th, per the harbour office.']);

    await click(buttonIn(card, 'Resolve'));
    await settle();
    expect(main.calls.filter((call) => call.channel === 'resolveComment').map((call) => call.input)).toMatchObject([{ resolved: true }]);
    expect(card.textContent).toContain('Resolved by Olga Petrova');
    expect(panel()!.querySelector('[role="status"]')!.textContent).toBe('All resolved');
    expect(marks()).toEqual([{ text: 'before Friday', state: 'resolved' }]);

    await click(buttonIn(card, 'Reopen'));
    await settle();
    expect(marks()).toEqual([{ text: 'before Friday', state: 'open' }]);
    expect(panel()!.querySelector('[role="status"]')!.textContent).toBe('1 open');
  });

  test('a refused reply keeps its words; a refused resolution says so', async () => {
    await start({
      threads: [thread(THREAD_A, 'not sail', 'Confirmed?', 1)],
      body: bodyOf(paragraph(text('The ferry will '), mark([THREAD_A], 'not sail'), text(' before Friday.'))),
      overrides: {
        replyComment: () => { throw new Error('The comment is longer than 4,000 characters.'); },
        resolveComment: () => { throw new Error('The site could not be reached.'); },
      },
    });
    await click(buttonIn(document, 'Comments'));
    const card = threadCard('not sail')!;
    await click(buttonIn(card, 'Reply'));
    typeInto(fieldIn(card, 'Reply'), 'Yes.');
    await click(buttonIn(card, 'Send reply'));
    expect(card.querySelector('[role="alert"]')!.textContent).toBe('The comment is longer than 4,000 characters.');
    expect(fieldIn(card, 'Reply').value).toBe('Yes.');
    await click(buttonIn(card, 'Cancel'));
    await click(buttonIn(card, 'Resolve'));
    expect(card.querySelector('[role="alert"]')!.textContent).toBe('Not resolved: The site could not be reached.');
    expect(marks()).toEqual([{ text: 'not sail', state: 'open' }]);
  });

  test('threads are listed in reading order, a deleted anchor says so, and what main sends is shown as text', async () => {
    const hostile = '<img src=x onerror="window.hacked=1">';
    await start({
      threads: [
        thread(THREAD_A, 'до пятницы', 'Дата?', 1),
        thread(THREAD_C, 'the old pier', hostile, 2),
        thread(THREAD_B, 'ferry', 'Which ferry?', 3, true),
      ],
      body: bodyOf(
        paragraph(text('The '), mark([THREAD_B], 'ferry'), text(' will not sail.')),
        paragraph(text('Паром не выйдет в море '), mark([THREAD_A], 'до пятницы'), text('.')),
        // A mark whose thread main does not know (its comment never reached main) is not highlighted.
        paragraph(mark([crypto.randomUUID()], 'Orphan words.')),
      ),
    });
    await click(buttonIn(document, 'Comments'));
    const quotes = [...panel()!.querySelectorAll('article .thread-quote')].map((found) => found.textContent);
    expect(quotes).toEqual(['Comment on “ferry”', 'Comment on “до пятницы”', 'Comment on “the old pier” (text removed)']);
    expect(panel()!.querySelector('[role="status"]')!.textContent).toBe('2 open');
    expect(marks()).toEqual([
      { text: 'ferry', state: 'resolved' },
      { text: 'до пятницы', state: 'open' },
      { text: 'Orphan words.', state: 'unknown' },
    ]);
    const removed = threadCard('the old pier')!;
    expect(buttonIn(removed, 'Comment on “the old pier”')).toBeNull();
    expect(removed.querySelector('img')).toBeNull();
    expect(removed.textContent).toContain(hostile);
  });

  test('a click on commented words opens the panel at their thread; the thread’s quote selects them', async () => {
    await start({
      threads: [thread(THREAD_A, 'not sail', 'Confirmed?', 1), thread(THREAD_B, 'Friday', 'Date?', 2)],
      body: bodyOf(paragraph(text('The ferry will '), mark([THREAD_A], 'not sail'), text(' before '), mark([THREAD_B], 'Friday'), text('.'))),
    });
    expect(panel()).toBeNull();
    await click(bodyElement().querySelectorAll('mark')[1] as HTMLElement);
    expect(panel()).not.toBeNull();
    expect(threadCard('Friday')!.getAttribute('aria-current')).toBe('true');
    expect(threadCard('not sail')!.getAttribute('aria-current')).toBeNull();
    expect(bodyElement().querySelectorAll('mark')[1]!.hasAttribute('data-active')).toBe(true);

    await click(threadCard('not sail')!.querySelector<HTMLElement>('button.thread-quote'));
    expect(threadCard('not sail')!.getAttribute('aria-current')).toBe('true');
    expect(bodyEditor().read(() => $getRoot().getTextContent())).toContain('not sail');
    expect(window.getSelection()?.toString()).toBe('not sail');
  });

  test('main’s reviewChanged for the open draft reloads the comments; for another draft it does not', async () => {
    const main = await start({
      threads: [thread(THREAD_A, 'not sail', 'Confirmed?', 1)],
      body: bodyOf(paragraph(text('The ferry will '), mark([THREAD_A], 'not sail'), text('.'))),
    });
    await click(buttonIn(document, 'Comments'));
    // Resolved elsewhere (another laptop, through the site): only the event tells this window.
    main.setComments([{ ...thread(THREAD_A, 'not sail', 'Confirmed?', 1), resolved: true, resolvedBy: EDITOR, resolvedAt: 2 }]);
    await act(async () => main.emit('reviewChanged', { id: OTHER_ID }));
    await settle();
    expect(marks()).toEqual([{ text: 'not sail', state: 'open' }]);
    await act(async () => main.emit('reviewChanged', { id: ID }));
    await settle();
    expect(marks()).toEqual([{ text: 'not sail', state: 'resolved' }]);
  });
});

describe('review comments in Russian', () => {
  const openThreads = (count: number) =>
    Array.from({ length: count }, (_, index) => thread(`dddddddd-dddd-4ddd-8ddd-${String(index).padStart(12, '0')}`, `слово ${index}`, 'Проверьте.', index));

  test('the panel speaks Russian, and the open count takes the form its number needs', async () => {
    const main = await start({
      threads: [thread(THREAD_A, 'not sail', 'Confirmed?', 1)],
      body: bodyOf(paragraph(text('The ferry will '), mark([THREAD_A], 'not sail'), text('.'))),
      overrides: RUSSIAN_UI,
    });
    // The body is named in Russian too; its one mark is the thread's text.
    await click(document.querySelector<HTMLElement>('mark'));
    const russianPanel = () => document.querySelector<HTMLElement>('section[aria-label="Комментарии"]')!;
    const count = () => russianPanel().querySelector('[role="status"]')!.textContent;
    expect(count()).toBe('1 открытый комментарий');
    const card = russianPanel().querySelector('article')!;
    expect(card.querySelector('.thread-role')?.textContent).toBe('Редактор');
    expect([...card.querySelectorAll('button')].map((button) => button.textContent?.trim())).toEqual(['Комментарий к «not sail»', 'Ответить', 'Вопрос решён']);

    const expected: Array<[number, string]> = [
      [2, '2 открытых комментария'],
      [4, '4 открытых комментария'],
      [5, '5 открытых комментариев'],
      [11, '11 открытых комментариев'],
      [21, '21 открытый комментарий'],
      [22, '22 открытых комментария'],
    ];
    for (const [open, text] of expected) {
      main.setComments(openThreads(open));
      await act(async () => main.emit('reviewChanged', { id: ID }));
      await settle();
      expect(count()).toBe(text);
    }
    main.setComments([{ ...thread(THREAD_A, 'not sail', 'Confirmed?', 1), resolved: true, resolvedBy: EDITOR, resolvedAt: 2 }]);
    await act(async () => main.emit('reviewChanged', { id: ID }));
    await settle();
    expect(count()).toBe('Все вопросы решены');
    expect(russianPanel().querySelector('.thread-resolution')?.textContent).toContain('Решено: Olga Petrova Редактор');
  });
});
