import { test, expect } from '../fixtures';
import { Desk } from './desk';

const ENGLISH = 'The harbour ferry will not sail before Friday, the council said.';
const RUSSIAN = 'Паром не выйдет в море до пятницы, сообщили в администрации.';

test('an editor comments on a sentence, replies, resolves and reopens; the comment stays out of the preview', async ({ app }) => {
  const desk = new Desk(app.page);
  const { page } = app;
  // Who this Copydesk works as, set as Settings → You would.
  expect(await app.dispatch('setPerson', { name: 'Olga Petrova', role: 'editor' })).toMatchObject({ ok: true });

  await desk.writeDraft('Ferry stays in port', [ENGLISH, RUSSIAN]);

  await desk.comment('not sail before Friday', 'Which Friday? Give the date.');
  const english = desk.thread('not sail before Friday');
  await expect(english).toContainText('Olga Petrova');
  await expect(english).toContainText('Editor');
  await expect(desk.body.locator('mark[data-comment="open"]')).toHaveText(['not sail before Friday']);
  await expect(desk.panel('Comments').getByRole('status')).toHaveText('1 open');

  // Cyrillic, through the keyboard shortcut.
  await desk.selectWords('до пятницы');
  await page.keyboard.press('Control+Alt+m');
  const form = desk.panel('Comments').getByRole('group', { name: 'New comment' });
  await expect(form).toContainText('“до пятницы”');
  await expect(form.getByLabel('Comment', { exact: true })).toBeFocused();
  await page.keyboard.type('Уточните дату: 14-е?');
  await page.keyboard.press('Control+Enter');
  await expect(desk.thread('до пятницы')).toContainText('Уточните дату: 14-е?');
  await expect(desk.panel('Comments').getByRole('status')).toHaveText('2 open');
  // In the order the text is read.
  await expect(desk.panel('Comments').getByRole('article')).toHaveCount(2);
  await expect(desk.panel('Comments').getByRole('article').first()).toContainText('not sail before Friday');

  await english.getByRole('button', { name: 'Reply' }).click();
  await english.getByLabel('Reply', { exact: true }).fill('Friday the 14th, says the harbour office.');
  await english.getByRole('button', { name: 'Send reply' }).click();
  await expect(english.getByRole('listitem')).toHaveCount(2);
  await expect(english.getByRole('listitem').nth(1)).toContainText('Friday the 14th, says the harbour office.');

  await english.getByRole('button', { name: 'Resolve' }).click();
  await expect(english).toContainText('Resolved by Olga Petrova');
  await expect(desk.panel('Comments').getByRole('status')).toHaveText('1 open');
  await expect(desk.body.locator('mark', { hasText: 'not sail before Friday' })).toHaveAttribute('data-comment', 'resolved');
  await english.getByRole('button', { name: 'Reopen' }).click();
  await expect(desk.body.locator('mark', { hasText: 'not sail before Friday' })).toHaveAttribute('data-comment', 'open');
  await expect(desk.panel('Comments').getByRole('status')).toHaveText('2 open');

  // The preview is what would be published: the commented words, no mark, no comment.
  await desk.button('Preview').click();
  const preview = desk.panel('Preview').locator('.preview-article');
  await expect(preview.locator('p', { hasText: 'The harbour ferry' })).toHaveText(ENGLISH);
  const html = await preview.evaluate((host) => host.shadowRoot?.innerHTML ?? '');
  expect(html).toContain(RUSSIAN);
  expect(html).not.toMatch(/<mark|data-comment|Which Friday|Friday the 14th|Уточните дату/);
  expect(app.rejections).toEqual([]);
});

test('comment marks survive a reload; a comment whose words are deleted stays, marked as such', async ({ app }) => {
  const desk = new Desk(app.page);
  const { page } = app;
  await desk.writeDraft('Паром остаётся в порту', [RUSSIAN, ENGLISH]);
  await desk.comment('до пятницы', 'Какой именно пятницы?');
  await desk.comment('the council said', 'Name the councillor.');
  await desk.saved();

  await page.reload();
  await expect(desk.headline).toHaveValue('Паром остаётся в порту');
  await expect(desk.body.locator('mark')).toHaveText(['до пятницы', 'the council said']);
  await desk.button('Comments').click();
  await expect(desk.panel('Comments').getByRole('article')).toHaveCount(2);
  await expect(desk.thread('до пятницы')).toContainText('Какой именно пятницы?');
  await expect(desk.body.locator('mark[data-comment="open"]')).toHaveCount(2);

  // A click on the commented words brings their thread forward.
  await desk.body.locator('mark', { hasText: 'the council said' }).click();
  await expect(desk.thread('the council said')).toHaveAttribute('aria-current', 'true');
  // The thread's quote selects its words in the body.
  await desk.thread('до пятницы').getByRole('button', { name: 'Comment on “до пятницы”' }).click();
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('до пятницы');

  await page.keyboard.press('Backspace');
  await expect(desk.body.locator('mark')).toHaveText(['the council said']);
  const removed = desk.thread('до пятницы');
  await expect(removed).toContainText('(text removed)');
  await expect(removed).toContainText('Какой именно пятницы?');
  await expect(removed.getByRole('button', { name: /Comment on/ })).toHaveCount(0);
  await desk.saved();
  expect(app.rejections).toEqual([]);
});
