import { test, expect, type OpenedApp } from '../fixtures';
import { Desk } from './desk';

const ENGLISH = 'The harbour ferry will not sail before Friday, the council said.';
const RUSSIAN = 'Паром не выйдет в море до пятницы, сообщили в администрации.';
const UNCHANGED = 'Islanders were told to keep a week of drinking water.';

/** A workflow step taken as the review bar takes it: through the real dispatcher, from the page's origin. */
async function act(app: Pick<OpenedApp, 'dispatch'>, action: 'submit' | 'approve', headline: string): Promise<void> {
  const listed = await app.dispatch('listDrafts', {});
  if (!listed.ok) throw new Error(listed.error.message);
  const draft = (listed.value as Array<{ id: string; headline: string }>).find((summary) => summary.headline === headline);
  expect(await app.dispatch('transition', { id: draft!.id, action, note: '' })).toMatchObject({ ok: true });
}

test('Changes shows the words added and removed since the article was submitted, and since it was approved', async ({ app }) => {
  const desk = new Desk(app.page);
  const { page } = app;
  expect(await app.dispatch('setPerson', { name: 'Olga Petrova', role: 'editor' })).toMatchObject({ ok: true });

  await desk.writeDraft('Ferry stays in port', [ENGLISH, RUSSIAN, UNCHANGED]);

  await desk.button('Changes').click();
  const changes = desk.panel('Changes');
  await expect(changes).toContainText('Nothing to compare yet. It has not been submitted yet.');

  await act(app, 'submit', 'Ferry stays in port');
  // Main's reviewChanged brings the submitted version in: nothing differs yet.
  await expect(changes).toContainText('Compared with the article submitted at');
  await expect(changes).toContainText('Nothing has changed since.');

  await desk.selectWords('Friday');
  await page.keyboard.type('Saturday');
  await desk.selectWords('до пятницы');
  await page.keyboard.type('до субботы');
  await desk.headline.fill('Ferry kept in port');
  await expect(changes.locator('ins')).toHaveText(['[added: kept]', '[added: Saturday]', '[added: субботы]']);
  await expect(changes.locator('del')).toHaveText(['[removed: stays]', '[removed: Friday]', '[removed: пятницы]']);
  // Marked by more than colour: underlined and struck through.
  await expect(changes.locator('ins').first()).toHaveCSS('text-decoration-line', 'underline');
  await expect(changes.locator('del').first()).toHaveCSS('text-decoration-line', 'line-through');
  await expect(changes.getByText('1 unchanged block')).toBeVisible();
  await changes.getByLabel('Show unchanged text').check();
  await expect(changes).toContainText(UNCHANGED);

  await changes.getByLabel('since approved').check();
  await expect(changes).toContainText('Nothing to compare yet. It has not been approved yet.');
  await desk.saved();
  await act(app, 'approve', 'Ferry kept in port');
  await expect(changes).toContainText('Compared with the article approved at');
  await expect(changes).toContainText('Nothing has changed since.');

  // A paragraph added after approval: since approved shows it alone, since submitted everything.
  await desk.typeParagraphs(['The council will meet again on Monday.']);
  await expect(changes.locator('ins')).toHaveText(['[added: The council will meet again on Monday.]']);
  await expect(changes.locator('del')).toHaveCount(0);
  await changes.getByLabel('since submitted').check();
  await expect(changes.locator('ins')).toHaveText(['[added: kept]', '[added: Saturday]', '[added: субботы]', '[added: The council will meet again on Monday.]']);
  await desk.saved();
  expect(app.rejections).toEqual([]);
});
