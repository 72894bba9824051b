import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import type { Draft } from '../../../shared/article/draft';
import { AppError } from '../../../shared/ipc/result';
import { tempDir } from '../drafts/testFixtures';
import { MAX_RECENT_DRAFTS, openDesktopState } from './desktop-state';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A drafts store that knows drafts 1–30; `trashed` ones are in Trash. */
function fakeDrafts(trashed = new Set<string>()) {
  const known = new Map(Array.from({ length: 30 }, (_, n) => [id(n + 1), `Headline ${n + 1}`]));
  return {
    get: (draftId: string): Draft => {
      const headline = known.get(draftId);
      if (headline === undefined) throw new AppError('not_found', 'This draft no longer exists.');
      return { id: draftId, headline, deletedAt: trashed.has(draftId) ? 1 : null } as Draft;
    },
    forget: (draftId: string) => known.delete(draftId),
  };
}

function open(dir = tempDir(), drafts = fakeDrafts()) {
  const file = path.join(dir, 'desktop.json');
  const warnings: string[] = [];
  const applyTheme = vi.fn();
  const state = openDesktopState({ file, drafts, log: { warn: (message) => warnings.push(message), error: vi.fn() }, ports: { applyTheme } });
  return { state, file, dir, warnings, applyTheme, drafts };
}

describe('recent drafts', () => {
  test('newest first, each once, at most ten', () => {
    const { state } = open();
    for (let n = 1; n <= 12; n++) state.setOpenDraft(id(n));
    state.setOpenDraft(id(5));
    const recent = state.recentDrafts().map((draft) => draft.id);
    expect(recent).toHaveLength(MAX_RECENT_DRAFTS);
    expect(recent[0]).toBe(id(5));
    expect(recent.slice(1)).toEqual([12, 11, 10, 9, 8, 7, 6, 4, 3].map(id));
    expect(state.recentDrafts()[0]).toEqual({ id: id(5), headline: 'Headline 5' });
  });

  test('drafts moved to Trash or deleted drop out; the open one is not reopened either', () => {
    const trashed = new Set<string>();
    const drafts = fakeDrafts(trashed);
    const { state } = open(tempDir(), drafts);
    state.setOpenDraft(id(1));
    state.setOpenDraft(id(2));
    state.setOpenDraft(id(3));
    trashed.add(id(3));
    drafts.forget(id(1));
    expect(state.recentDrafts().map((draft) => draft.id)).toEqual([id(2)]);
    expect(state.state().openDraftId).toBeNull();
  });

  test('closing the draft keeps the list; clearing empties it; listeners hear of each change', () => {
    const { state } = open();
    const heard = vi.fn();
    const unsubscribe = state.onRecentChanged(heard);
    state.setOpenDraft(id(1));
    state.setOpenDraft(null);
    expect(state.state().openDraftId).toBeNull();
    expect(state.recentDrafts().map((draft) => draft.id)).toEqual([id(1)]);
    state.clearRecent();
    expect(state.recentDrafts()).toEqual([]);
    expect(heard).toHaveBeenCalledTimes(2);
    unsubscribe();
    state.setOpenDraft(id(2));
    expect(heard).toHaveBeenCalledTimes(2);
  });

  test('a draft that does not exist or is in Trash cannot be opened', () => {
    const { state, file } = open(tempDir(), fakeDrafts(new Set([id(4)])));
    expect(() => state.setOpenDraft(id(99))).toThrow(AppError);
    expect(() => state.setOpenDraft(id(4))).toThrow('This draft no longer exists.');
    expect(existsSync(file)).toBe(false);
  });
});

describe('the file', () => {
  test('the open draft, the recent list and the theme survive a restart', () => {
    const first = open();
    first.state.setOpenDraft(id(7));
    first.state.setOpenDraft(id(8));
    first.state.setTheme('dark');
    const second = open(first.dir);
    expect(second.state.state()).toEqual({ openDraftId: id(8), theme: 'dark', uiLanguage: null });
    expect(second.state.recentDrafts().map((draft) => draft.id)).toEqual([id(8), id(7)]);
    expect(second.applyTheme).toHaveBeenCalledWith('dark');
  });

  test('opening writes nothing, and re-recording the same open draft writes nothing', () => {
    const { state, file } = open();
    expect(existsSync(file)).toBe(false);
    state.setOpenDraft(id(1));
    const written = readFileSync(file, 'utf8');
    writeFileSync(file, written.replace('\n', '\n '));
    state.setOpenDraft(id(1));
    expect(readFileSync(file, 'utf8')).toBe(written.replace('\n', '\n '));
  });

  test.each([
    ['not JSON', '{"recent": [', { openDraftId: null, theme: 'system', uiLanguage: null }],
    ['not an object', '"dark"', { openDraftId: null, theme: 'system', uiLanguage: null }],
    ['a theme that does not exist', JSON.stringify({ recent: [], openDraftId: null, theme: 'neon' }), { openDraftId: null, theme: 'system', uiLanguage: null }],
    ['a bad id beside a good theme', JSON.stringify({ recent: ['../../etc/passwd'], openDraftId: 42, theme: 'light' }), { openDraftId: null, theme: 'light', uiLanguage: null }],
  ])('a damaged file (%s) falls back, field by field, to the defaults', (_what, text, expected) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'desktop.json'), text);
    const { state } = open(dir);
    expect(state.state()).toEqual(expected);
    expect(state.recentDrafts()).toEqual([]);
  });

  test('a duplicated or overlong recent list in the file is cut down to ten unique drafts', () => {
    const dir = tempDir();
    const recent = [id(1), id(1), ...Array.from({ length: 20 }, (_, n) => id(n + 2))];
    writeFileSync(path.join(dir, 'desktop.json'), JSON.stringify({ recent, openDraftId: id(1), theme: 'system' }));
    const { state } = open(dir);
    expect(state.recentDrafts().map((draft) => draft.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(id));
  });

  test('a file that cannot be written refuses the change with a readable error and keeps the old state', () => {
    const dir = tempDir();
    // A folder where the file should be: unreadable and unwritable, even for root.
    mkdirSync(path.join(dir, 'desktop.json'));
    const { state, warnings } = open(dir);
    expect(warnings).toContain('desktop state unreadable; using defaults');
    expect(() => state.setTheme('dark')).toThrow('Copydesk could not save its window settings');
    expect(state.state().theme).toBe('system');
  });
});

test('the theme reaches the host at start and on every change', () => {
  const { state, applyTheme } = open();
  expect(applyTheme).toHaveBeenCalledWith('system');
  expect(state.setTheme('light')).toBe('light');
  expect(applyTheme).toHaveBeenLastCalledWith('light');
});

describe('the interface language', () => {
  test('none until chosen; the choice survives a restart and is announced once per change', () => {
    const first = open();
    expect(first.state.state().uiLanguage).toBeNull();
    const heard = vi.fn();
    const stop = first.state.onUiLanguageChanged(heard);
    expect(first.state.setUiLanguage('ru')).toBe('ru');
    first.state.setUiLanguage('ru');
    expect(heard.mock.calls).toEqual([['ru']]);
    stop();
    first.state.setUiLanguage('en');
    expect(heard).toHaveBeenCalledTimes(1);
    expect(open(first.dir).state.state().uiLanguage).toBe('en');
  });

  test.each([['de'], [''], [42], [{ toString: 'ru' }], [['ru']]])('a language Copydesk does not speak in the file (%j) means none chosen, and the rest is kept', (uiLanguage) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'desktop.json'), JSON.stringify({ recent: [], openDraftId: null, theme: 'dark', uiLanguage }));
    expect(open(dir).state.state()).toEqual({ openDraftId: null, theme: 'dark', uiLanguage: null });
  });

  test('a choice that cannot be written is refused, keeps the old language and tells no one', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'desktop.json'));
    const { state } = open(dir);
    const heard = vi.fn();
    state.onUiLanguageChanged(heard);
    expect(() => state.setUiLanguage('ru')).toThrow('Copydesk could not save its window settings');
    expect(state.state().uiLanguage).toBeNull();
    expect(heard).not.toHaveBeenCalled();
  });
});
