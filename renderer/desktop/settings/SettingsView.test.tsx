import { act } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { HOUSE_WORD_MESSAGES } from '../../../shared/desktop/houseWords';
import type { ThemePreference } from '../../../shared/ipc/desktop-channels';
import { ApiProvider } from '../../api/ApiContext';
import { fakeApi, type FakeHandlers } from '../../test/fakeApi';
import { render, settle, typeInto } from '../../test/render';
import { SettingsView } from './SettingsView';

afterEach(() => {
  delete document.documentElement.dataset.theme;
});

function server(overrides: FakeHandlers = {}) {
  let words = ['Navalny', 'Хабаровск'];
  let theme: ThemePreference = 'system';
  const fake = fakeApi({
    desktopState: () => ({ openDraftId: null, theme, uiLanguage: null }),
    setTheme: ({ theme: next }) => {
      theme = next;
      return { theme };
    },
    listHouseWords: () => ({ words }),
    addHouseWord: ({ word }) => {
      const added = !words.includes(word);
      if (added) words = [...words, word].sort();
      return { word, added };
    },
    removeHouseWord: ({ word }) => {
      words = words.filter((other) => other !== word);
      return { removed: true };
    },
    importHouseWords: () => {
      throw new Error(HOUSE_WORD_MESSAGES.notText);
    },
    exportHouseWords: () => ({ path: '/home/desk/house-dictionary.txt' }),
    ...overrides,
  });
  return { fake, words: () => words, theme: () => theme, setWords: (next: string[]) => (words = next) };
}

async function open(main = server()) {
  const container = await render(
    <ApiProvider api={main.fake.api}>
      <SettingsView onClose={vi.fn()} />
    </ApiProvider>,
  );
  await settle();
  const byLabel = (label: string) => {
    const element = [...container.querySelectorAll('label')].find((node) => node.textContent === label)!;
    return document.getElementById(element.htmlFor) as HTMLInputElement;
  };
  const button = (name: string) => [...container.querySelectorAll('button')].find((node) => node.textContent === name || node.getAttribute('aria-label') === name)!;
  const status = () => container.querySelector('[role="status"]')!.textContent;
  const listed = () => [...container.querySelectorAll('ul[aria-label="House dictionary words"] li span')].map((node) => node.textContent);
  return { container, byLabel, button, status, listed };
}

describe('Settings → Theme', () => {
  test('shows the stored choice; a new choice applies at once and is kept', async () => {
    const main = server();
    const { container } = await open(main);
    const radio = (label: string) => [...container.querySelectorAll('label')].find((node) => node.textContent === label)!.querySelector('input')!;
    expect(radio('Match the system').checked).toBe(true);
    act(() => radio('Dark').click());
    expect(document.documentElement.dataset.theme).toBe('dark');
    await settle();
    expect(main.theme()).toBe('dark');
    expect(radio('Dark').checked).toBe(true);
  });

  test('a choice that cannot be kept is still used now, and says so', async () => {
    const main = server({
      setTheme: () => {
        throw new Error('the disk reported an error');
      },
    });
    const { container } = await open(main);
    act(() => [...container.querySelectorAll('label')].find((node) => node.textContent === 'Light')!.querySelector('input')!.click());
    await settle();
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(container.querySelector('[role="alert"]')!.textContent).toBe('The theme is used now but was not kept for next time: the disk reported an error');
  });
});

describe('Settings → House dictionary', () => {
  test('lists the words; adds one, refusing a non-word before asking main; removes one', async () => {
    const main = server();
    const { byLabel, button, status, listed } = await open(main);
    expect(listed()).toEqual(['Navalny', 'Хабаровск']);

    typeInto(byLabel('Add a word'), 'two words');
    await act(async () => button('Add').click());
    expect(status()).toBe(HOUSE_WORD_MESSAGES.notAWord);
    expect(main.fake.calls.some((call) => call.channel === 'addHouseWord')).toBe(false);

    typeInto(byLabel('Add a word'), ' Ростов-на-Дону ');
    await act(async () => button('Add').click());
    await settle();
    expect(status()).toBe('Added Ростов-на-Дону.');
    expect(byLabel('Add a word').value).toBe('');

    main.fake.emit('houseWordsChanged', {});
    await settle();
    expect(listed()).toEqual(['Navalny', 'Ростов-на-Дону', 'Хабаровск']);

    await act(async () => button('Remove Navalny').click());
    main.fake.emit('houseWordsChanged', {});
    await settle();
    expect(status()).toBe('Removed Navalny.');
    expect(listed()).toEqual(['Ростов-на-Дону', 'Хабаровск']);
  });

  test('a word added from the spelling menu appears while Settings is open', async () => {
    const main = server();
    const { listed } = await open(main);
    main.setWords(['Kyiv', 'Navalny', 'Хабаровск']);
    act(() => main.fake.emit('houseWordsChanged', {}));
    await settle();
    expect(listed()).toEqual(['Kyiv', 'Navalny', 'Хабаровск']);
  });

  test('a long list is filtered and drawn 200 at a time', async () => {
    const main = server();
    main.setWords(Array.from({ length: 450 }, (_, n) => `word${String.fromCharCode(97 + (n % 26))}${String.fromCharCode(97 + Math.floor(n / 26))}`));
    const { container, byLabel, listed } = await open(main);
    expect(listed()).toHaveLength(200);
    expect(container.textContent).toContain('450 words.');
    expect(container.textContent).toContain('Showing the first 200 of 450; type to narrow the list.');
    typeInto(byLabel('Find in the house dictionary'), 'WORDA');
    expect(listed().every((word) => word!.startsWith('worda'))).toBe(true);
    expect(listed()).toHaveLength(18);
  });

  test('import sends the file’s bytes and shows main’s refusal; export says where the file went', async () => {
    const main = server();
    const { container, button, status } = await open(main);
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'photo.txt', { type: 'text/plain' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(() => expect(status()).toBe(`Not done: ${HOUSE_WORD_MESSAGES.notText}`));
    const sent = main.fake.calls.find((call) => call.channel === 'importHouseWords')!.input as { name: string; dataBase64: string };
    expect(sent).toEqual({ name: 'photo.txt', dataBase64: 'iVBORw==' });

    await act(async () => button('Export word list…').click());
    await settle();
    expect(status()).toBe('Saved to /home/desk/house-dictionary.txt');
  });

  test('a file over the size limit is refused before it is read', async () => {
    const main = server();
    const { container, status } = await open(main);
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    const huge = new File(['x'], 'huge.txt');
    Object.defineProperty(huge, 'size', { value: 10 * 1024 * 1024 });
    Object.defineProperty(input, 'files', { value: [huge], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(status()).toBe(`Not done: ${HOUSE_WORD_MESSAGES.tooLarge}`);
    expect(main.fake.calls.some((call) => call.channel === 'importHouseWords')).toBe(false);
  });
});
