import { test, expect } from '../fixtures';
import { Desk } from './desk';

const PARAGRAPHS = [
  'The harbour ferry stayed tied up for a third day as gusts reached ninety kilometres an hour.',
  'Islanders queued at the council office for the emergency water ration, ',
  'Engineers say the pier will be inspected once the wind drops below forty.',
];

test('a draft with formatting and a link survives a reload', async ({ app }) => {
  const desk = new Desk(app.page);
  const { page } = app;
  await desk.newDraft();
  await desk.headline.fill('Storm keeps island ferry in port');
  await desk.standfirst.fill('Residents ration water while the council waits for calmer seas');
  await desk.byline.fill('Mira Castell');

  await desk.typeParagraphs([PARAGRAPHS[0]!, PARAGRAPHS[1]!]);
  await page.keyboard.press('Control+b');
  await page.keyboard.type('which runs out on Friday');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('.');
  await page.keyboard.press('Enter');
  await page.keyboard.type(PARAGRAPHS[2]!);
  // Select "the pier" and make it a link through the link dialog.
  await page.keyboard.press('Home');
  for (let i = 0; i < 'Engineers say '.length; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 'the pier'.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+k');
  await page.getByLabel('Link URL').fill('https://example.org/pier-report');
  await desk.button('Apply link').click();
  await desk.saved();

  await page.reload();
  await desk.draftInList(/Storm keeps island ferry in port/).click();
  await expect(desk.headline).toHaveValue('Storm keeps island ferry in port');
  await expect(desk.standfirst).toHaveValue('Residents ration water while the council waits for calmer seas');
  await expect(desk.byline).toHaveValue('Mira Castell');
  const paragraphs = desk.body.locator('p');
  await expect(paragraphs).toHaveCount(3);
  await expect(paragraphs.nth(0)).toHaveText(PARAGRAPHS[0]!);
  await expect(paragraphs.nth(1)).toHaveText(`${PARAGRAPHS[1]}which runs out on Friday.`);
  await expect(desk.body.locator('strong, b').filter({ hasText: 'which runs out on Friday' })).toHaveCount(1);
  const link = desk.body.getByRole('link', { name: 'the pier' });
  await expect(link).toHaveAttribute('href', 'https://example.org/pier-report');
  expect(app.rejections).toEqual([]);
});

test('search finds a draft by a word of its body and marks the match', async ({ app }) => {
  const desk = new Desk(app.page);
  await desk.newDraft();
  await desk.headline.fill('Council budget vote');
  await desk.typeParagraphs(['Councillors argued late into the night over the library roof.']);
  await desk.saved();
  await desk.newDraft();
  await desk.headline.fill('Marathon route changes');
  await desk.typeParagraphs(['Runners will cross the old bridge twice this year.']);
  await desk.saved();

  await desk.search.fill('librar');
  const hits = app.page.getByRole('navigation', { name: 'Drafts' }).getByRole('button');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toContainText('Council budget vote');
  await expect(hits.first().locator('mark')).toHaveText(['library']);
});

test('a deleted draft goes to Trash and comes back', async ({ app }) => {
  const desk = new Desk(app.page);
  await desk.newDraft();
  await desk.headline.fill('Bakery wins regional prize');
  await desk.typeParagraphs(['The rye loaf took first place.']);
  await desk.saved();

  await desk.button('Move to Trash').click();
  await expect(desk.draftInList(/Bakery wins regional prize/)).toHaveCount(0);
  await desk.button('Trash').click();
  const trashed = app.page.getByRole('listitem').filter({ hasText: 'Bakery wins regional prize' });
  await expect(trashed).toHaveCount(1);
  await trashed.getByRole('button', { name: 'Restore' }).click();
  await expect(trashed).toHaveCount(0);
  await desk.button('Drafts').click();
  await desk.draftInList(/Bakery wins regional prize/).click();
  await expect(desk.body).toContainText('The rye loaf took first place.');
});

test('an older revision can be restored, and the restore is itself a revision', async ({ app }) => {
  const desk = new Desk(app.page);
  const { page } = app;
  await desk.newDraft();
  await desk.headline.fill('Tram line opens in June');
  await desk.typeParagraphs(['The first version of this story.']);
  await desk.saved();
  await page.keyboard.press('Control+s');
  await expect(page.getByText('Version saved')).toBeVisible();

  await desk.body.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('A rewritten second version.');
  await desk.saved();

  await desk.button('History').click();
  const history = page.getByRole('complementary', { name: 'History' });
  const versions = history.getByRole('listitem');
  const saved = versions.filter({ hasText: 'Saved version' });
  await expect(saved).toHaveCount(1);
  const before = await versions.count();
  await saved.getByRole('button', { name: 'Restore' }).click();

  await expect(desk.body).toHaveText('The first version of this story.');
  await expect(versions.filter({ hasText: /Restored from/ })).toHaveCount(1);
  expect(await versions.count()).toBeGreaterThan(before);
  // The rewritten text is still in history: nothing was overwritten.
  await page.reload();
  await desk.draftInList(/Tram line opens in June/).click();
  await expect(desk.body).toHaveText('The first version of this story.');
});

test('word count is right for Cyrillic text', async ({ app }) => {
  const desk = new Desk(app.page);
  await desk.newDraft();
  await desk.headline.fill('Паром снова ходит');
  // Headline 3 words, body 11: ICU splits the hyphenated "из-за" into two words, and the
  // single-letter preposition "в" is a word too.
  await desk.typeParagraphs(['После трёх дней простоя из-за шторма паром вышел в рейс.']);
  await expect(app.page.getByText(/\d+ words?/)).toContainText('14 words');
});
