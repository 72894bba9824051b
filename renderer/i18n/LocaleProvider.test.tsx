import { act } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiProvider } from '../api/ApiContext';
import { Sidebar } from '../components/Sidebar';
import { fakeApi, type FakeHandlers } from '../test/fakeApi';
import { render, settle } from '../test/render';
import { LanguageSettings } from './LanguageSettings';
import { LocaleProvider, useT } from './LocaleProvider';

type Saved = 'en' | 'ru' | null;

function Probe() {
  const t = useT();
  return <p data-testid="probe">{t('app.common.words', { count: 21 })}</p>;
}

async function mount(saved: Saved | Error, handlers: FakeHandlers = {}) {
  const fake = fakeApi({
    desktopState: () => {
      if (saved instanceof Error) throw saved;
      return { openDraftId: null, theme: 'system', uiLanguage: saved };
    },
    setUiLanguage: ({ language }) => ({ language }),
    ...handlers,
  });
  const container = await render(
    <ApiProvider api={fake.api}>
      <LocaleProvider>
        <Probe />
        <LanguageSettings />
      </LocaleProvider>
    </ApiProvider>,
  );
  await settle();
  return { fake, container, probe: () => container.querySelector('[data-testid="probe"]')?.textContent };
}

const radio = (name: string) => [...document.querySelectorAll<HTMLLabelElement>('label')].find((label) => label.textContent === name)!.querySelector('input')!;

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.lang = 'en';
});

describe('LocaleProvider', () => {
  test('the saved language wins over the system’s, and the page says which language it is in', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-GB');
    const { probe } = await mount('ru');
    expect(probe()).toBe('21 слово');
    expect(document.documentElement.lang).toBe('ru');
    expect(radio('Русский').checked).toBe(true);
  });

  test.each([
    ['ru-RU', '21 слово', 'ru'],
    ['en-US', '21 words', 'en'],
    ['uk-UA', '21 words', 'en'],
  ])('with none chosen, a %s system gives %j', async (system, expected, lang) => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue(system);
    const { probe } = await mount(null);
    expect(probe()).toBe(expected);
    expect(document.documentElement.lang).toBe(lang);
  });

  test('a saved state that cannot be read still starts, in the system’s language', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('ru');
    const { probe } = await mount(new Error('desktop.json is unreadable'));
    expect(probe()).toBe('21 слово');
  });

  test('nothing is drawn before the saved language is known, so no English flashes first', async () => {
    let answer: (value: { openDraftId: null; theme: 'system'; uiLanguage: Saved }) => void = () => {};
    const pending = new Promise<{ openDraftId: null; theme: 'system'; uiLanguage: Saved }>((resolve) => (answer = resolve));
    const { probe } = await mount(null, { desktopState: () => pending });
    expect(probe()).toBeUndefined();
    await act(async () => answer({ openDraftId: null, theme: 'system', uiLanguage: 'ru' }));
    expect(probe()).toBe('21 слово');
  });

  test('outside a provider, components speak English', async () => {
    const container = await render(<Probe />);
    expect(container.textContent).toBe('21 words');
  });
});

describe('Settings → Language / Язык', () => {
  test('switching changes the whole interface at once and is kept through main', async () => {
    const { fake, probe } = await mount('en');
    await act(async () => radio('Русский').click());
    expect(probe()).toBe('21 слово');
    expect(document.documentElement.lang).toBe('ru');
    expect(document.querySelector('legend')?.textContent).toBe('Язык / Language');
    expect(fake.calls.filter((call) => call.channel === 'setUiLanguage')).toEqual([{ channel: 'setUiLanguage', input: { language: 'ru' } }]);
    await act(async () => radio('English').click());
    expect(probe()).toBe('21 words');
  });

  test('a choice main could not keep is still used now, and the reader is told it was not kept', async () => {
    const { probe } = await mount('en', {
      setUiLanguage: () => {
        throw new Error('Copydesk could not save its window settings: the disk reported an error.');
      },
    });
    await act(async () => radio('Русский').click());
    await settle();
    expect(probe()).toBe('21 слово');
    expect(document.querySelector('[role="alert"]')?.textContent).toBe(
      'Язык уже применён, но не сохранён до следующего запуска: Copydesk could not save its window settings: the disk reported an error.',
    );
  });

  test('the sidebar follows the language', async () => {
    const fake = fakeApi({ desktopState: () => ({ openDraftId: null, theme: 'system', uiLanguage: 'ru' }) });
    const container = await render(
      <ApiProvider api={fake.api}>
        <LocaleProvider>
          <Sidebar
            drafts={{ data: [], error: null, current: true, refresh: () => {} }}
            openId={null}
            screen="editor"
            onOpen={() => {}}
            onCreate={() => {}}
            onShowAppeals={() => {}}
            onShowPublishing={() => {}}
            onShowQueue={() => {}}
            onShowPerson={() => {}}
            onShowSettings={() => {}}
          />
        </LocaleProvider>
      </ApiProvider>,
    );
    await settle();
    const buttons = [...container.querySelectorAll('button')].map((button) => button.textContent);
    expect(buttons).toEqual(expect.arrayContaining(['Новый черновик', 'Черновики', 'Корзина', 'Библиотека обращений', 'Публикация', 'Настройки']));
    expect(container.textContent).toContain('Черновиков пока нет.');
  });
});
