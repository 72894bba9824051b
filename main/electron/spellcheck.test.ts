import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, test, vi } from 'vitest';
import type { Locale } from '../../shared/i18n/messages';
import { attachContextMenu, contextMenuTemplate, sessionSpellcheck, wordChanges, type SpellingParams } from './spellcheck';
import { FakeWebContents } from './test-fakes';

const editFlags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true, canUndo: true, canRedo: true, canDelete: true, canEditRichly: true };

const params = (fields: Partial<SpellingParams>): SpellingParams => ({
  misspelledWord: '',
  dictionarySuggestions: [],
  isEditable: true,
  editFlags,
  selectionText: '',
  ...fields,
});

const labels = (items: MenuItemConstructorOptions[]) => items.map((item) => (item.type === 'separator' ? '—' : item.label));
const actions = () => ({ replaceMisspelling: vi.fn(), addToHouseDictionary: vi.fn() });

describe('the spelling menu', () => {
  test('suggestions first, then Add to House Dictionary, then the clipboard', () => {
    const run = actions();
    const items = contextMenuTemplate(params({ misspelledWord: 'Хабаровк', dictionarySuggestions: ['Хабаровск', 'Хабаровка'] }), run, 'en');
    expect(labels(items)).toEqual(['Хабаровск', 'Хабаровка', '—', 'Add to House Dictionary', '—', 'Cut', 'Copy', 'Paste', '—', 'Select All']);
    (items[0]!.click as () => void)();
    expect(run.replaceMisspelling).toHaveBeenCalledWith('Хабаровск');
    (items[3]!.click as () => void)();
    expect(run.addToHouseDictionary).toHaveBeenCalledWith('Хабаровк');
  });

  test('no suggestions says so; at most six are offered', () => {
    expect(labels(contextMenuTemplate(params({ misspelledWord: 'Navalny' }), actions(), 'en')).slice(0, 2)).toEqual(['No Spelling Suggestions', '—']);
    const many = contextMenuTemplate(params({ misspelledWord: 'teh', dictionarySuggestions: ['the', 'ten', 'tea', 'tech', 'tel', 'eh', 'yeh', 'heh'] }), actions(), 'en');
    expect(labels(many).indexOf('—')).toBe(6);
  });

  test('speaks the interface language; the suggestions stay the dictionary’s own', () => {
    const items = contextMenuTemplate(params({ misspelledWord: 'Хабаровк', dictionarySuggestions: ['Хабаровск'] }), actions(), 'ru');
    expect(labels(items)).toEqual(['Хабаровск', '—', 'Добавить в словарь редакции', '—', 'Вырезать', 'Копировать', 'Вставить', '—', 'Выбрать всё']);
    expect(labels(contextMenuTemplate(params({ misspelledWord: 'Navalny' }), actions(), 'ru'))[0]).toBe('Нет вариантов исправления');
  });

  test('the clipboard items follow what the spot allows', () => {
    const items = contextMenuTemplate(params({ editFlags: { ...editFlags, canCut: false, canCopy: false } }), actions(), 'en');
    expect(items.filter((item) => item.role).map((item) => [item.role, item.enabled])).toEqual([
      ['cut', false],
      ['copy', false],
      ['paste', true],
      ['selectAll', true],
    ]);
  });

  test('outside a text field: Copy over a selection, else no menu at all', () => {
    expect(labels(contextMenuTemplate(params({ isEditable: false, selectionText: 'harbour' }), actions(), 'en'))).toEqual(['Copy']);
    expect(contextMenuTemplate(params({ isEditable: false }), actions(), 'en')).toEqual([]);
    // A misspelling Chromium reports outside an editable field (it should not) offers no changes.
    expect(contextMenuTemplate(params({ isEditable: false, misspelledWord: 'teh' }), actions(), 'en')).toEqual([]);
  });
});

describe('attachContextMenu', () => {
  test('right-click pops the menu; Add runs the dictionary, and a refusal is logged, not thrown', () => {
    const contents = Object.assign(new FakeWebContents(), { replaceMisspelling: vi.fn() });
    const popup = vi.fn();
    const Menu = { buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => ({ template, popup })) };
    const warn = vi.fn();
    const addToHouseDictionary = vi.fn((word: string) => {
      if (/\d/.test(word)) throw new Error('A house dictionary word is letters only');
    });
    let locale: Locale = 'en';
    attachContextMenu(contents as never, { Menu: Menu as never, addToHouseDictionary, locale: () => locale, log: { warn, error: vi.fn() } });

    contents.emit('context-menu', {}, params({ misspelledWord: 'Navalny', dictionarySuggestions: ['Nasally'] }));
    expect(popup).toHaveBeenCalledTimes(1);
    const template = Menu.buildFromTemplate.mock.calls[0]![0];
    (template.find((item) => item.label === 'Add to House Dictionary')!.click as () => void)();
    expect(addToHouseDictionary).toHaveBeenCalledWith('Navalny');
    (template[0]!.click as () => void)();
    expect(contents.replaceMisspelling).toHaveBeenCalledWith('Nasally');

    // The language chosen since is the one the next right-click speaks.
    locale = 'ru';
    contents.emit('context-menu', {}, params({ misspelledWord: 'B52s' }));
    const second = Menu.buildFromTemplate.mock.calls[1]![0];
    expect(() => (second.find((item) => item.label === 'Добавить в словарь редакции')!.click as () => void)()).not.toThrow();
    expect(warn).toHaveBeenCalledWith('word not added to the house dictionary', { reason: 'A house dictionary word is letters only' });

    contents.emit('context-menu', {}, params({ isEditable: false }));
    expect(popup).toHaveBeenCalledTimes(2);
  });
});

describe('the spellchecker port', () => {
  function fakeSession(initial: string[] = []) {
    const words = new Set(initial);
    return {
      words,
      availableSpellCheckerLanguages: ['en-US', 'en-GB', 'ru'],
      setSpellCheckerLanguages: vi.fn(),
      listWordsInSpellCheckerDictionary: vi.fn(async () => [...words]),
      addWordToSpellCheckerDictionary: vi.fn((word: string) => words.add(word)),
      removeWordFromSpellCheckerDictionary: vi.fn((word: string) => words.delete(word)),
    };
  }

  test('the article language picks the dictionary; a missing one is logged, never thrown', () => {
    const session = fakeSession();
    const warn = vi.fn();
    const port = sessionSpellcheck(session as never, { warn, error: vi.fn() });
    port.setLanguage('ru');
    port.setLanguage('en');
    expect(session.setSpellCheckerLanguages.mock.calls).toEqual([[['ru']], [['en-US']]]);
    session.availableSpellCheckerLanguages = ['en-US'];
    port.setLanguage('ru');
    expect(session.setSpellCheckerLanguages).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledWith('no spellchecker dictionary for the article language', { code: 'ru' });
  });

  test('Chromium’s custom words are made to equal the house dictionary, in order, change after change', async () => {
    const session = fakeSession(['Stale', 'Navalny']);
    const port = sessionSpellcheck(session as never, { warn: vi.fn(), error: vi.fn() });
    port.setWords(['Navalny', 'Хабаровск']);
    port.setWords(['Хабаровск']);
    port.setWords(['Хабаровск', 'O’Neill']);
    await vi.waitFor(() => expect([...session.words].sort()).toEqual(['O’Neill', 'Хабаровск']));
    expect(session.removeWordFromSpellCheckerDictionary.mock.calls.map(([word]) => word)).toEqual(['Stale', 'Navalny']);
  });

  test('a failing sync is logged and the next one still runs', async () => {
    const session = fakeSession();
    session.listWordsInSpellCheckerDictionary.mockRejectedValueOnce(new Error('spellchecker not ready'));
    const warn = vi.fn();
    const port = sessionSpellcheck(session as never, { warn, error: vi.fn() });
    port.setWords(['Navalny']);
    port.setWords(['Navalny', 'Kyiv']);
    await vi.waitFor(() => expect([...session.words]).toEqual(['Navalny', 'Kyiv']));
    expect(warn).toHaveBeenCalledWith('spellchecker words not updated', { error: 'Error: spellchecker not ready' });
  });
});

test('wordChanges: what to add and what to remove', () => {
  expect(wordChanges(['a', 'b'], ['b', 'c'])).toEqual({ add: ['c'], remove: ['a'] });
  expect(wordChanges([], [])).toEqual({ add: [], remove: [] });
});
