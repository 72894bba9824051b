import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { Desk } from './desk';

// A harbour story in two languages, written for this test: "порт" and "port" appear as whole
// words, inside longer words and capitalised.
const PARAGRAPHS = [
  'Морской порт открыт, сообщил начальник порта.',
  'Порт закрыт для яхт. Портной из Портсмута приехал в порт.',
  'The port reopened; Port Talbot and the airport did not. Support came from the passport office.',
];

const findBar = (page: Page): Locator => page.getByRole('search', { name: 'Find in article' });
const findField = (page: Page): Locator => findBar(page).getByRole('textbox', { name: 'Find', exact: true });
const replaceField = (page: Page): Locator => findBar(page).getByRole('textbox', { name: 'Replace with' });
const count = (page: Page): Locator => findBar(page).getByRole('status');
const paragraphs = (desk: Desk): Locator => desk.body.locator(':scope > p');

/** The text of every painted match and of the current one, read back from CSS.highlights. */
function highlighted(page: Page): Promise<{ others: string[]; current: string[] }> {
  return page.evaluate(() => {
    const texts = (name: string) => [...(CSS.highlights.get(name) ?? [])].map((range) => range.toString());
    return { others: texts('copydesk-find-match'), current: texts('copydesk-find-current') };
  });
}

async function writeStory(desk: Desk): Promise<void> {
  await desk.newDraft();
  await desk.headline.fill('Порт открыт — the port reopens');
  await desk.typeParagraphs(PARAGRAPHS);
  await desk.saved();
}

async function setOption(page: Page, name: 'Match case' | 'Whole word', on: boolean): Promise<void> {
  await findBar(page).getByRole('checkbox', { name }).setChecked(on);
}

test('match case and whole word, Cyrillic and Latin, counted and highlighted', async ({ app }) => {
  const desk = new Desk(app.page);
  const { page } = app;
  await writeStory(desk);

  await page.keyboard.press('Control+f');
  await expect(findField(page)).toBeFocused();
  await page.keyboard.type('порт');
  await expect(count(page)).toHaveText('1 of 6');
  expect(await highlighted(page)).toEqual({ current: ['порт'], others: ['порт', 'Порт', 'Порт', 'Порт', 'порт'] });

  await setOption(page, 'Whole word', true);
  await expect(count(page)).toHaveText('1 of 3');
  expect(await highlighted(page)).toEqual({ current: ['порт'], others: ['Порт', 'порт'] });
  await setOption(page, 'Match case', true);
  await expect(count(page)).toHaveText('1 of 2');
  await setOption(page, 'Whole word', false);
  await expect(count(page)).toHaveText('1 of 3');

  await findField(page).fill('Port');
  await expect(count(page)).toHaveText('1 of 1');
  await setOption(page, 'Match case', false);
  await expect(count(page)).toHaveText('1 of 5');
  await setOption(page, 'Whole word', true);
  await expect(count(page)).toHaveText('1 of 2');
  expect(await highlighted(page)).toEqual({ current: ['port'], others: ['Port'] });

  // Enter and Shift+Enter in the field, and Find Next / Find Previous from anywhere, wrap around.
  await findField(page).press('Enter');
  await expect(count(page)).toHaveText('2 of 2');
  expect((await highlighted(page)).current).toEqual(['Port']);
  await findField(page).press('Enter');
  await expect(count(page)).toHaveText('1 of 2');
  await findField(page).press('Shift+Enter');
  await expect(count(page)).toHaveText('2 of 2');
  await page.keyboard.press('Control+g');
  await expect(count(page)).toHaveText('1 of 2');
  await page.keyboard.press('Control+Shift+g');
  await expect(count(page)).toHaveText('2 of 2');

  await findField(page).fill('кот');
  await expect(count(page)).toHaveText('No results');
  expect(await highlighted(page)).toEqual({ current: [], others: [] });

  // Escape closes the bar, clears the marks and puts the caret back in the story.
  await findField(page).fill('Портной');
  await findField(page).press('Escape');
  await expect(findBar(page)).toBeHidden();
  await expect(desk.body).toBeFocused();
  expect(await highlighted(page)).toEqual({ current: [], others: [] });
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('Портной');

  // Opening Find again starts from the selected text.
  await desk.body.click();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 'Морской '.length; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 'порт'.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+f');
  await expect(findField(page)).toHaveValue('порт');
  expect(app.rejections).toEqual([]);
});

test('Replace all is one step of undo: Ctrl+Z brings every word back, and redo replaces them again', async ({ app }) => {
  const desk = new Desk(app.page);
  const { page } = app;
  await writeStory(desk);

  await page.keyboard.press('Control+h');
  await expect(findField(page)).toBeFocused();
  await page.keyboard.type('порт');
  await setOption(page, 'Whole word', true);
  await expect(count(page)).toHaveText('1 of 3');
  await replaceField(page).fill('гавань');
  await findBar(page).getByRole('button', { name: 'Replace all' }).click();
  await expect(count(page)).toHaveText('Replaced 3 matches');

  const replaced = [
    'Морской гавань открыт, сообщил начальник порта.',
    'гавань закрыт для яхт. Портной из Портсмута приехал в гавань.',
    PARAGRAPHS[2]!,
  ];
  await expect(paragraphs(desk)).toHaveText(replaced);
  await desk.saved();

  await findField(page).press('Escape');
  await expect(desk.body).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(paragraphs(desk)).toHaveText(PARAGRAPHS);
  await page.keyboard.press('Control+Shift+z');
  await expect(paragraphs(desk)).toHaveText(replaced);
  await page.keyboard.press('Control+z');
  await expect(paragraphs(desk)).toHaveText(PARAGRAPHS);
  await desk.saved();

  // What was saved is what is shown.
  await page.reload();
  await expect(paragraphs(desk)).toHaveText(PARAGRAPHS);
  expect(app.rejections).toEqual([]);
});

test('replace one at a time, across bold and plain text; the search text is never a pattern', async ({ app }) => {
  const desk = new Desk(app.page);
  const { page } = app;
  await desk.newDraft();
  await desk.headline.fill('Harbour costs');
  await desk.typeParagraphs(['The harbour']);
  await page.keyboard.press('Control+b');
  await page.keyboard.type('mas');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('ter said costs rose (about 5%) in [Q3].*');
  await page.keyboard.press('Enter');
  await page.keyboard.type('cat cat cat');
  await desk.saved();

  await page.keyboard.press('Control+h');
  await page.keyboard.type('(about 5%)');
  await expect(count(page)).toHaveText('1 of 1');
  await findField(page).fill('.*');
  await expect(count(page)).toHaveText('1 of 1');
  expect((await highlighted(page)).current).toEqual(['.*']);
  await findField(page).fill('[Q3');
  await expect(count(page)).toHaveText('1 of 1');
  await findField(page).fill('\\d');
  await expect(count(page)).toHaveText('No results');

  // A match that runs across bold and plain text is replaced as one.
  await findField(page).fill('harbourmaster');
  await expect(count(page)).toHaveText('1 of 1');
  expect((await highlighted(page)).current).toEqual(['harbourmaster']);
  await replaceField(page).fill('harbour master');
  await replaceField(page).press('Enter');
  await expect(paragraphs(desk).first()).toHaveText('The harbour master said costs rose (about 5%) in [Q3].*');
  await expect(count(page)).toHaveText('No results');

  // Enter in the replace field replaces the current match and moves to the next.
  await findField(page).fill('cat');
  await replaceField(page).fill('dog');
  await expect(count(page)).toHaveText('1 of 3');
  await replaceField(page).press('Enter');
  await expect(paragraphs(desk).nth(1)).toHaveText('dog cat cat');
  await expect(count(page)).toHaveText('1 of 2');
  await replaceField(page).press('Enter');
  await replaceField(page).press('Enter');
  await expect(paragraphs(desk).nth(1)).toHaveText('dog dog dog');
  await expect(count(page)).toHaveText('No results');

  // Each single replacement is its own step of undo.
  await findField(page).press('Escape');
  await page.keyboard.press('Control+z');
  await expect(paragraphs(desk).nth(1)).toHaveText('dog dog cat');
  await desk.saved();
  expect(app.rejections).toEqual([]);
});
