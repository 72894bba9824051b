// The desktop channels end to end: the real dispatcher on real services over a temporary profile,
// with the Electron-only ports played by recorders.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { onTestFinished, describe, expect, test, vi } from 'vitest';
import type { EventName } from '../../../shared/ipc/contract';
import { openAppServices } from '../app-services';
import { bodyOf, tempDir } from '../drafts/testFixtures';
import type { Sender } from '../ipc/dispatcher';

const ORIGIN = 'app://copydesk';
const window: Sender = { url: `${ORIGIN}/`, isMainFrame: true };
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

function open(profileDir = tempDir(), savePath: string | null = null) {
  const desktopPorts = { applyTheme: vi.fn(), spellcheck: { setLanguage: vi.fn(), setWords: vi.fn() } };
  const logged: string[] = [];
  const services = openAppServices({
    profileDir,
    appOrigin: ORIGIN,
    log: { warn: (message) => logged.push(message), error: (message) => logged.push(`ERROR ${message}`) },
    ports: { saveDialog: async () => savePath },
    desktopPorts,
  });
  onTestFinished(() => services.close());
  const events: [EventName, unknown][] = [];
  services.onEvent((event, payload) => events.push([event, payload]));
  const call = (channel: string, input: unknown) => services.dispatch(channel, input, window);
  const ok = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  };
  return { services, profileDir, desktopPorts, events, call, ok, logged };
}

test('the open draft and the recent list survive a restart; the menu side sees the headlines', async () => {
  const first = open();
  const older = await first.ok<{ id: string }>('createDraft', {});
  const newer = await first.ok<{ id: string }>('createDraft', {});
  await first.ok('saveDraft', { id: newer.id, headline: 'Паводок в Хабаровске', standfirst: '', byline: '', body: bodyOf('Вода поднялась.') });
  await first.ok('setOpenDraft', { id: older.id });
  await first.ok('setOpenDraft', { id: newer.id });
  const heard = vi.fn();
  first.services.desktop.onRecentChanged(heard);
  await first.ok('setOpenDraft', { id: older.id });
  expect(heard).toHaveBeenCalledTimes(1);
  first.services.close();

  const second = open(first.profileDir);
  expect(await second.ok('desktopState', {})).toEqual({ openDraftId: older.id, theme: 'system', uiLanguage: null });
  expect(second.services.desktop.recentDrafts()).toEqual([
    { id: older.id, headline: '' },
    { id: newer.id, headline: 'Паводок в Хабаровске' },
  ]);

  await second.ok('trashDraft', { id: older.id });
  expect(await second.ok('desktopState', {})).toEqual({ openDraftId: null, theme: 'system', uiLanguage: null });
  expect(second.services.desktop.recentDrafts().map((draft) => draft.id)).toEqual([newer.id]);
});

test('an unknown draft cannot become the open one', async () => {
  const { call } = open();
  const result = await call('setOpenDraft', { id: '00000000-0000-4000-8000-000000000000' });
  expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'This draft no longer exists.' } });
});

test('the theme is stored and handed to the host at once and at the next start', async () => {
  const first = open();
  expect(first.desktopPorts.applyTheme).toHaveBeenCalledWith('system');
  expect(await first.ok('setTheme', { theme: 'dark' })).toEqual({ theme: 'dark' });
  expect(first.desktopPorts.applyTheme).toHaveBeenLastCalledWith('dark');
  first.services.close();
  const second = open(first.profileDir);
  expect(second.desktopPorts.applyTheme).toHaveBeenCalledWith('dark');
});

test('the article’s language reaches the spellchecker', async () => {
  const { ok, desktopPorts } = open();
  await ok('setSpellcheckLanguage', { language: 'ru' });
  expect(desktopPorts.spellcheck.setLanguage).toHaveBeenCalledWith('ru');
});

describe('the house dictionary', () => {
  test('add, list, remove, import and export, each change announced and sent to the spellchecker', async () => {
    const target = path.join(tempDir(), 'words.txt');
    const { ok, events, desktopPorts, services } = open(tempDir(), target);
    expect(await ok('addHouseWord', { word: 'Хабаровск' })).toEqual({ word: 'Хабаровск', added: true });
    services.desktop.addHouseWord('Navalny');
    expect(await ok('listHouseWords', {})).toEqual({ words: ['Navalny', 'Хабаровск'] });
    expect(await ok('importHouseWords', { name: 'desk.txt', dataBase64: b64('O’Neill\nNavalny\n') })).toEqual({ read: 2, added: 1, total: 3 });
    expect(await ok('removeHouseWord', { word: 'Navalny' })).toEqual({ removed: true });
    expect(await ok('exportHouseWords', {})).toEqual({ path: target });
    expect(readFileSync(target, 'utf8')).toBe('O’Neill\nХабаровск\n');
    expect(events.filter(([event]) => event === 'houseWordsChanged')).toHaveLength(4);
    expect(desktopPorts.spellcheck.setWords).toHaveBeenLastCalledWith(['O’Neill', 'Хабаровск']);
  });

  test('a hostile or broken import is refused and leaves the list alone', async () => {
    const { ok, call } = open();
    await ok('addHouseWord', { word: 'Navalny' });
    const attempts = [
      { name: 'x.txt', dataBase64: 'data:text/plain;base64,TmF2YWxueQ==' },
      { name: 'x.txt', dataBase64: 'TmF2YWxueQ=' },
      { name: 'x.txt', dataBase64: Buffer.from([0xff, 0xfe, 0x00, 0x41]).toString('base64') },
      { name: 'x.txt', dataBase64: b64('<script>alert(1)</script>\n') },
    ];
    for (const input of attempts) {
      const result = await call('importHouseWords', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('bad_request');
        expect(result.error.message).not.toContain('script');
      }
    }
    expect(await ok('listHouseWords', {})).toEqual({ words: ['Navalny'] });
  });

  test('words that are not words are refused before anything is written', async () => {
    const { call, profileDir } = open();
    for (const word of ['two words', '../../etc/passwd', 'a'.repeat(1_001), 42]) {
      const result = await call('addHouseWord', { word });
      expect(result.ok).toBe(false);
    }
    expect(() => readFileSync(path.join(profileDir, 'house-dictionary.txt'))).toThrow();
  });

  test('the spelling menu’s add refuses a non-word with an error main can log', () => {
    const { services } = open();
    expect(() => services.desktop.addHouseWord('x1')).toThrow(expect.objectContaining({ code: 'bad_request' }));
  });

  test('a dictionary edited by hand is read at start, and its words reach the spellchecker', () => {
    const profileDir = tempDir();
    writeFileSync(path.join(profileDir, 'house-dictionary.txt'), 'Ростов-на-Дону\nNavalny\n');
    const { desktopPorts } = open(profileDir);
    expect(desktopPorts.spellcheck.setWords).toHaveBeenCalledWith(['Navalny', 'Ростов-на-Дону']);
  });
});

test('the interface language: stored through the channel, announced to the menu, and nothing else accepted', async () => {
  const first = open();
  const heard = vi.fn();
  first.services.desktop.onUiLanguageChanged(heard);
  expect(first.services.desktop.uiLanguage()).toBeNull();
  expect(await first.ok('setUiLanguage', { language: 'ru' })).toEqual({ language: 'ru' });
  expect(heard).toHaveBeenCalledWith('ru');
  for (const input of [{ language: 'de' }, { language: 'RU' }, { language: null }, {}, { language: 'ru', extra: 1 }, 'ru']) {
    expect((await first.call('setUiLanguage', input)).ok, JSON.stringify(input)).toBe(false);
  }
  first.services.close();
  const second = open(first.profileDir);
  expect(await second.ok('desktopState', {})).toMatchObject({ uiLanguage: 'ru' });
  expect(second.services.desktop.uiLanguage()).toBe('ru');
});
