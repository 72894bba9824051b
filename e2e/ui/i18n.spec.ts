import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../fixtures';

// Texts for the word counts, written for this test; each is as many words as its key says.
const TEXTS: Record<number, string> = {
  1: 'Паводок',
  2: 'Паводок отступает',
  5: 'Вода в Амуре начала спадать',
  21: 'Жители прибрежных сёл Хабаровского края утром возвращаются домой после того как вода в Амуре опустилась ниже опасной отметки по данным гидрологов',
};

const button = (page: Page, name: string): Locator => page.getByRole('button', { name, exact: true });
const wordCount = (page: Page): Locator => page.locator('.status-bar .word-count');
const body = (page: Page, name: string): Locator => page.getByRole('textbox', { name });

/** Replaces the whole body with `text`, typed as a reporter would. */
async function retype(page: Page, bodyName: string, text: string): Promise<void> {
  await body(page, bodyName).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

async function chooseLanguage(page: Page, settings: string, language: 'English' | 'Русский'): Promise<void> {
  await button(page, settings).click();
  await page.getByRole('radio', { name: language }).check();
}

test('switched to Russian in Settings, the window speaks Russian with right plurals, after a reload too, and back', async ({ app }) => {
  const { page } = app;
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await chooseLanguage(page, 'Settings', 'Русский');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Русский' })).toBeChecked();
  for (const name of ['Новый черновик', 'Черновики', 'Корзина', 'Библиотека обращений', 'Публикация']) await expect(button(page, name)).toBeVisible();

  await button(page, 'Закрыть').click();
  await button(page, 'Новый черновик').first().click();
  await expect(page.getByLabel('Заголовок', { exact: true })).toBeFocused();
  for (const name of ['Сохранить версию', 'Параметры статьи', 'Предпросмотр', 'История', 'Опубликовать', 'В корзину']) {
    await expect(button(page, name)).toBeVisible();
  }
  await expect(page.getByLabel('Лид', { exact: true })).toBeVisible();
  await expect(wordCount(page)).toHaveText('0 слов · 0 минут чтения');

  for (const [words, expected] of [
    [1, '1 слово · 1 минута чтения'],
    [2, '2 слова · 1 минута чтения'],
    [5, '5 слов · 1 минута чтения'],
    [21, '21 слово · 1 минута чтения'],
  ] as const) {
    await retype(page, 'Текст статьи', TEXTS[words]!);
    await expect(wordCount(page)).toHaveText(expected);
  }
  await expect(page.getByRole('status').filter({ hasText: /Сохранено в \d{1,2}:\d{2}/ })).toBeVisible();

  // Help → Keyboard Shortcuts lists the menus' commands in the same language.
  await page.keyboard.press('Control+/');
  const shortcuts = page.getByRole('dialog', { name: 'Сочетания клавиш' });
  await expect(shortcuts.locator('caption').first()).toHaveText('Файл');
  await expect(shortcuts.getByRole('rowheader', { name: 'Найти и заменить…' })).toBeVisible();
  await shortcuts.getByRole('button', { name: 'Закрыть' }).click();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(button(page, 'Новый черновик')).toBeVisible();
  await expect(wordCount(page)).toHaveText('21 слово · 1 минута чтения');

  await chooseLanguage(page, 'Настройки', 'English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await button(page, 'Close').click();
  await expect(button(page, 'New draft')).toBeVisible();
  await expect(wordCount(page)).toHaveText('21 words · 1 min read');
  await retype(page, 'Article body', TEXTS[1]!);
  await expect(wordCount(page)).toHaveText('1 word · 1 min read');

  await page.reload();
  await expect(button(page, 'New draft')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
