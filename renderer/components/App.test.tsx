import { act } from 'react';
import { $createTextNode, $getRoot, $isElementNode, type LexicalEditor } from 'lexical';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Draft, DraftSummary } from '../../shared/article/draft';
import { DEFAULT_META } from '../../shared/article/meta';
import { ApiProvider } from '../api/ApiContext';
import { fakeApi, type FakeHandlers } from '../test/fakeApi';
import { render, settle, typeInto } from '../test/render';
import { App } from './App';

const ID_A = '00000000-0000-4000-8000-00000000000a';
const ID_B = '00000000-0000-4000-8000-00000000000b';

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, style: '', mode: 'normal', detail: 0 });
const block = (type: string, children: object[], extra: object = {}) => ({ type, version: 1, format: '', indent: 0, direction: null, children, ...extra });
const bodyOf = (...children: object[]) => JSON.stringify({ root: block('root', children) });

function draft(id: string, headline: string, body: string, updatedAt: number): Draft {
  return { id, headline, standfirst: '', byline: 'Desk', body, createdAt: 0, updatedAt, deletedAt: null, meta: DEFAULT_META };
}

const summaryOf = (d: Draft): DraftSummary => ({
  id: d.id,
  headline: d.headline,
  headlineHighlight: [{ text: d.headline, match: false }],
  snippet: [],
  updatedAt: d.updatedAt,
  deletedAt: d.deletedAt,
});

/** Two drafts in memory; B is the newer. B's body has a list and a link, to load more than text. */
function store(overrides: FakeHandlers = {}) {
  const drafts = new Map<string, Draft>([
    [ID_A, draft(ID_A, 'Older story', bodyOf(block('paragraph', [text('Alpha text.')])), 1_000)],
    [
      ID_B,
      draft(
        ID_B,
        'Newest story',
        bodyOf(
          block('paragraph', [text('Rain closed '), block('link', [text('the ferry')], { url: 'https://example.org', rel: null, target: null, title: null })]),
          block('list', [block('listitem', [text('one')], { value: 1 }), block('listitem', [text('two')], { value: 2 })], { listType: 'bullet', start: 1, tag: 'ul' }),
        ),
        2_000,
      ),
    ],
  ]);
  const handlers: FakeHandlers = {
    listDrafts: () => [...drafts.values()].filter((d) => !d.deletedAt).sort((a, b) => b.updatedAt - a.updatedAt).map(summaryOf),
    getDraft: ({ id }) => drafts.get(id)!,
    saveDraft: ({ id, ...content }) => {
      const saved = { ...drafts.get(id)!, ...content, updatedAt: Date.now() };
      drafts.set(id, saved);
      return { id, updatedAt: saved.updatedAt };
    },
    saveDraftMeta: ({ id, meta }) => {
      const saved = { ...drafts.get(id)!, meta, updatedAt: Date.now() };
      drafts.set(id, saved);
      return { id, updatedAt: saved.updatedAt };
    },
    listAppeals: () => [],
    getAppealVersions: () => [],
    profileStatus: () => ({ drafts: drafts.size, trashed: 0, sampleCreated: false, offerSample: false }),
    trashDraft: ({ id }) => {
      drafts.set(id, { ...drafts.get(id)!, deletedAt: Date.now() });
      return summaryOf(drafts.get(id)!);
    },
    ...overrides,
  };
  return { drafts, ...fakeApi(handlers) };
}

function field(label: string): HTMLInputElement | HTMLTextAreaElement {
  const element = [...document.querySelectorAll('label')].find((candidate) => candidate.textContent === label);
  return document.getElementById(element!.htmlFor) as HTMLInputElement | HTMLTextAreaElement;
}
// Lexical keeps its editor on the editable element; tests edit through it as typing would.
const bodyEditor = () => (document.querySelector('[aria-label="Article body"]') as unknown as { __lexicalEditor: LexicalEditor }).__lexicalEditor;
const button = (name: string) => document.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`)!;
const status = () => document.querySelector('[role="status"]')?.textContent;
const saveCalls = (calls: Array<{ channel: string; input: unknown }>) =>
  calls.filter((call) => call.channel === 'saveDraft').map((call) => call.input as { id: string; headline: string; body: string });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

async function start(overrides?: FakeHandlers) {
  const fake = store(overrides);
  await render(
    <ApiProvider api={fake.api}>
      <App />
    </ApiProvider>,
  );
  await settle();
  await settle();
  return fake;
}

describe('App', () => {
  test('opens the newest draft on start, and loading it saves nothing', async () => {
    const { calls } = await start();
    expect(field('Headline').value).toBe('Newest story');
    expect(document.querySelector('[aria-label="Article body"]')?.textContent).toContain('Rain closed the ferry');
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(saveCalls(calls)).toEqual([]);
    expect(status()).toBe('');
  });

  test('autosaves the latest fields a second after typing stops', async () => {
    const { calls, drafts } = await start();
    const loadedBody = drafts.get(ID_B)!.body;
    typeInto(field('Headline'), 'Newest story, upd');
    await act(() => vi.advanceTimersByTimeAsync(500));
    typeInto(field('Headline'), 'Newest story, updated');
    expect(status()).toBe('Unsaved changes');
    await act(() => vi.advanceTimersByTimeAsync(999));
    expect(saveCalls(calls)).toEqual([]);
    await act(() => vi.advanceTimersByTimeAsync(1));
    await settle();
    const saves = saveCalls(calls);
    expect(saves.map((save) => save.headline)).toEqual(['Newest story, updated']);
    // An untouched body goes back exactly as it was loaded.
    expect(saves[0]!.body).toBe(loadedBody);
    expect(status()).toMatch(/^Saved \d\d:\d\d$/);
  });

  test('saves body edits as Lexical JSON, with an undo history that starts at each load', async () => {
    const { calls } = await start();
    expect(button('Undo').disabled).toBe(true);
    await act(async () =>
      bodyEditor().update(() => {
        const first = $getRoot().getFirstChild();
        if ($isElementNode(first)) first.append($createTextNode(' Again.'));
      }),
    );
    expect(button('Undo').disabled).toBe(false);
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    await settle();
    const [save] = saveCalls(calls);
    const root = JSON.parse(save!.body).root;
    expect(root.children.map((child: { type: string }) => child.type)).toEqual(['paragraph', 'list']);
    expect(JSON.stringify(root)).toContain('"url":"https://example.org"');
    expect(JSON.stringify(root)).toContain(' Again.');

    const older = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent?.includes('Older story'))!;
    await act(async () => older.click());
    await settle();
    expect(button('Undo').disabled).toBe(true);
  });

  test('the slug follows the headline, and is saved with the metadata', async () => {
    const { calls } = await start();
    typeInto(field('Headline'), 'Паром снова ходит');
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    await settle();
    const metaSaves = calls.filter((call) => call.channel === 'saveDraftMeta').map((call) => call.input as { meta: { slug: string; slugEdited: boolean } });
    expect(metaSaves.map((save) => save.meta)).toMatchObject([{ slug: 'parom-snova-xodit', slugEdited: false }]);
  });

  test('switching drafts saves pending edits first', async () => {
    const { calls } = await start();
    typeInto(field('Byline'), 'Night desk');
    const older = [...document.querySelectorAll('button')].find((button) => button.textContent?.includes('Older story'))!;
    await act(async () => older.click());
    await settle();
    const order = calls.map((call) => call.channel).filter((channel) => channel === 'saveDraft' || channel === 'getDraft');
    expect(order.slice(-2)).toEqual(['saveDraft', 'getDraft']);
    expect(saveCalls(calls)[0]).toMatchObject({ id: ID_B, byline: 'Night desk' });
    expect(field('Headline').value).toBe('Older story');
  });

  test('a failed save is shown, kept, and retried with the next change', async () => {
    let failing = true;
    const { calls } = await start({
      saveDraft: ({ id }) => {
        if (failing) throw new Error('the disk is full');
        return { id, updatedAt: Date.now() };
      },
    });
    typeInto(field('Headline'), 'First try');
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    await settle();
    expect(status()).toBe('Not saved: the disk is full');

    failing = false;
    typeInto(field('Headline'), 'Second try');
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    await settle();
    expect(saveCalls(calls).map((save) => save.headline)).toEqual(['First try', 'Second try']);
    expect(status()).toMatch(/^Saved \d\d:\d\d$/);
  });

  test('on flushRequested, saves what is pending and then closes the window', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    const { calls, emit } = await start();
    typeInto(field('Standfirst'), 'Ferries cancelled.');
    await act(async () => emit('flushRequested', {}));
    await settle();
    expect(saveCalls(calls)).toHaveLength(1);
    expect(close).toHaveBeenCalledTimes(1);
    close.mockRestore();
  });

  test('Move to Trash saves pending edits first, then shows the empty state', async () => {
    const { calls } = await start();
    typeInto(field('Headline'), 'Last words');
    const trash = document.querySelector<HTMLButtonElement>('button[class*="tool-danger"]')!;
    expect(trash.textContent).toBe('Move to Trash');
    await act(async () => trash.click());
    await settle();
    const order = calls.map((call) => call.channel).filter((channel) => channel === 'saveDraft' || channel === 'trashDraft');
    expect(order).toEqual(['saveDraft', 'trashDraft']);
    expect(document.querySelector('h1')?.textContent).toBe('No draft open');
  });
});
