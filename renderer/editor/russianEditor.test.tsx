import { act } from 'react';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { expect, test } from 'vitest';
import { ApiProvider } from '../api/ApiContext';
import { AppealsProvider } from '../appeals/AppealsContext';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { fakeApi } from '../test/fakeApi';
import { render, settle } from '../test/render';
import { RUSSIAN_UI } from '../workflow/testing/fakeWorkflow';
import { ArticleContext } from './ArticleContext';
import { articleNodes } from './nodes';
import { EditorAlertsPlugin } from './plugins/EditorAlertsPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';

const ID = '00000000-0000-4000-8000-00000000000a';

// A figure without alt text or credit, a quote, a pull quote, and an appeal the library lacks.
const BODY = JSON.stringify({
  root: {
    type: 'root', version: 1, format: '', indent: 0, direction: null,
    children: [
      { type: 'figure', version: 1, asset: { sha256: 'c'.repeat(64), mime: 'image/jpeg', width: 1200, height: 800, bytes: 90_000 }, alt: '', caption: [], credit: '', creditUrl: 'ftp://nope' },
      { type: 'blockquote', version: 1, text: 'Мы узнали об этом последними.', citation: '' },
      { type: 'pullquote', version: 1, text: 'Вода пришла за час', attribution: '' },
      { type: 'appeal', version: 1, appealId: 'donation', appealVersion: 1, kind: 'donation' },
    ],
  },
});

async function mount() {
  const fake = fakeApi({ ...RUSSIAN_UI, listAppeals: () => [], getAppealVersions: () => [] });
  await render(
    <ApiProvider api={fake.api}>
      <LocaleProvider>
        <AppealsProvider>
          <ArticleContext value={{ draftId: ID, language: 'ru' }}>
            <LexicalComposer initialConfig={{ namespace: 'russian-editor-test', nodes: articleNodes, editorState: BODY, onError: (error) => { throw error; } }}>
              <ToolbarPlugin>{null}</ToolbarPlugin>
              <RichTextPlugin contentEditable={<ContentEditable aria-label="body" />} ErrorBoundary={LexicalErrorBoundary} />
              <EditorAlertsPlugin />
            </LexicalComposer>
          </ArticleContext>
        </AppealsProvider>
      </LocaleProvider>
    </ApiProvider>,
  );
  for (let i = 0; i < 3; i++) await settle();
}

const group = (name: string) => document.querySelector<HTMLElement>(`[role="group"][aria-label="${name}"]`);
const labels = (scope: ParentNode) => [...scope.querySelectorAll('label')].map((label) => label.textContent);
const placeholders = (scope: ParentNode) => [...scope.querySelectorAll('input, textarea')].map((field) => field.getAttribute('placeholder'));

test('the toolbar names its tools in Russian, each with its shortcut in the tooltip', async () => {
  await mount();
  const toolbar = document.querySelector('[role="toolbar"]')!;
  expect(toolbar.getAttribute('aria-label')).toBe('Инструменты правки');
  expect([...toolbar.querySelectorAll('button')].map((button) => button.getAttribute('aria-label'))).toEqual([
    'Вставить блок',
    'Обычный абзац',
    'Подзаголовок H2',
    'Подзаголовок H3',
    'Полужирный',
    'Курсив',
    'Ссылка',
    'Маркированный список',
    'Нумерованный список',
    'Отменить',
    'Повторить',
  ]);
  expect(toolbar.querySelector('[aria-label="Полужирный"]')?.getAttribute('title')).toMatch(/^Полужирный \((Ctrl\+|⌘)B\)$/);
});

test('the insert menu lists the blocks by their Russian names; an appeal kind the library lacks says so', async () => {
  await mount();
  await act(async () => document.querySelector<HTMLButtonElement>('[aria-label="Вставить блок"]')!.click());
  const menu = document.querySelector('[role="menu"][aria-label="Вставить блок"]')!;
  expect([...menu.querySelectorAll('.inserter-title')].map((title) => title.textContent)).toEqual([
    'Подзаголовок H2',
    'Подзаголовок H3',
    'Маркированный список',
    'Нумерованный список',
    'Фото',
    'Цитата',
    'Врезка',
    'Призыв к пожертвованию',
    'Подписка на рассылку',
    'Баннер',
  ]);
  expect(menu.querySelector('.inserter-detail')?.textContent).toBe('В библиотеке обращений таких пока нет');
  const banner = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')].at(-1)!;
  await act(async () => banner.click());
  expect(document.querySelector('.editor-alert')?.textContent).toBe(
    'В библиотеке обращений пока нет блока «баннер»: добавьте его в разделе «Библиотека обращений».Скрыть',
  );
});

test('each card, its fields, hints and remove button speak Russian', async () => {
  await mount();
  const photo = group('Фото')!;
  expect(labels(photo)).toEqual(['Автор фото', 'Ссылка на автора фото', 'Альтернативный текст']);
  expect(placeholders(photo)).toEqual(['Фотограф / агентство', 'https://', 'Опишите снимок для тех, кто не может его увидеть']);
  expect(photo.querySelector('[contenteditable][aria-label="Подпись"]')?.getAttribute('aria-placeholder')).toBe('Напишите подпись');
  expect(photo.querySelector('.card-warning')?.textContent).toBe('Нет альтернативного текста');
  expect(photo.querySelector('.field-error')?.textContent).toBe('Укажите полный веб-адрес (https://…).');
  expect(photo.querySelector('.card-remove')?.getAttribute('aria-label')).toBe('Удалить блок «фото»');

  const quote = group('Цитата')!;
  expect(labels(quote)).toEqual(['Текст цитаты', 'Кто сказал']);
  expect(placeholders(quote)).toEqual(['Что было сказано. Каждая строка — отдельный абзац.', 'Имя, должность']);

  const pull = group('Врезка')!;
  expect(labels(pull)).toEqual(['Текст врезки', 'Чьи слова']);
  expect(placeholders(pull)).toEqual(['Фраза из материала, крупным шрифтом', 'Кто сказал']);

  const appeal = group('Призыв к пожертвованию')!;
  expect(appeal.querySelector('.appeal-source')?.textContent).toBe('Только для чтения Запись библиотеки «donation» · версия 1');
  expect(appeal.querySelector('.card-warning')?.textContent).toBe('Этой версии нет в библиотеке обращений.');
});
