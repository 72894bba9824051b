import { test, expect } from '../fixtures';
import { SAMPLE_HEADLINE } from '../../main/services/sample/sampleArticle';
import { Desk } from './desk';
import { BLOCK_KINDS } from './blocks/kinds';

/** Opens the sample article from the welcome screen of an empty profile. */
async function openSample(desk: Desk): Promise<void> {
  const { page } = desk;
  await expect(page.getByRole('heading', { name: 'Welcome to Copydesk' })).toBeVisible();
  await desk.button('Open sample article').click();
  await expect(desk.headline).toHaveValue(SAMPLE_HEADLINE);
}

test('an empty profile offers the sample article, which shows the block types and previews them', async ({ app }) => {
  const desk = new Desk(app.page);
  const { page } = app;
  await openSample(desk);
  await expect(desk.draftInList(new RegExp(SAMPLE_HEADLINE))).toHaveCount(1);

  for (const kind of BLOCK_KINDS) {
    await expect(page.getByRole('group', { name: kind.card, exact: true }), kind.name).toHaveCount(1);
  }
  const photo = page.getByRole('group', { name: 'Photo', exact: true });
  await expect.poll(() => photo.locator('img').evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await expect(photo.getByRole('textbox', { name: 'Alt text' })).not.toHaveValue('');
  await expect(photo.getByRole('textbox', { name: 'Credit', exact: true })).not.toHaveValue('');
  await expect(photo.getByRole('textbox', { name: 'Caption', exact: true })).not.toHaveText('');
  for (const card of ['Donation appeal', 'Newsletter sign-up', 'Banner']) {
    await expect(page.getByRole('group', { name: card, exact: true }).getByText('Locked')).toBeVisible();
  }
  // Written in English, with one paragraph in Russian.
  await expect(desk.body.locator(':scope > p').filter({ hasText: /[а-яё]{4}/i })).toHaveCount(1);
  // Below the closing appeal there is a line to write on.
  await expect(desk.body.locator(':scope > :is(p, div.block)').last()).toHaveJSProperty('localName', 'p');

  await desk.button('Preview').click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.locator('article h1')).toHaveText(SAMPLE_HEADLINE);
  for (const kind of BLOCK_KINDS) await expect(preview.locator(kind.preview), kind.name).toHaveCount(1);
  await expect(preview.locator('figure:not(.pullquote) figcaption span.credit')).toHaveCount(1);
  await expect(preview.locator('blockquote cite')).toHaveCount(1);
  await expect.poll(() => preview.locator('figure:not(.pullquote) img').evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);

  // Offered once: with the sample gone to Trash, the profile is not new any more.
  await desk.button('Move to Trash').click();
  await expect(page.getByRole('heading', { name: 'No draft open' })).toBeVisible();
  await expect(desk.button('Open sample article')).toHaveCount(0);
  expect(app.rejections).toEqual([]);
});
