import { test, expect } from '../fixtures';
import { answerFileChooser } from './blocks/kinds';
import { Desk } from './desk';

// The newsroom workflow on one laptop, against the real services: who you are, the review bar,
// the audit log and the pre-publish checklist. (Across laptops, through WordPress, is the
// three-profile suite.)

const selection = (desk: Desk) => desk.page.evaluate(() => document.getSelection()?.toString());

test('a reporter submits locally, an editor returns it with a note, and the audit log keeps both steps', async ({ app }) => {
  const desk = new Desk(app.page);
  await desk.newDraft();
  await desk.headline.fill('Паром отменили из-за шторма');
  await desk.typeParagraphs(['The morning ferry stayed in port.']);
  await desk.saved();

  await desk.workAs('Анна Смирнова', 'Reporter');
  await expect(desk.page).toHaveTitle('Copydesk — Reporter');
  await expect(desk.page.getByRole('button', { name: 'Working as Reporter · Анна Смирнова' })).toBeVisible();
  const review = desk.review();
  await expect(review.getByText('Draft', { exact: true })).toBeVisible();
  const publish = review.getByRole('button', { name: 'Publish…' });
  await expect(publish).toBeDisabled();
  await expect(publish).toHaveAccessibleDescription(/^A reporter may not publish/);

  // No site is set up, so the article is submitted on this computer without asking where.
  await review.getByRole('button', { name: 'Submit for review' }).click();
  await expect(review.getByText('Submitted', { exact: true })).toBeVisible();
  const approve = review.getByRole('button', { name: 'Approve', exact: true });
  await expect(approve).toBeDisabled();
  await expect(approve).toHaveAccessibleDescription(/^A reporter may not approve/);

  await desk.workAs('Tom Baker', 'Editor');
  await expect(desk.page).toHaveTitle('Copydesk — Editor');
  await expect(approve).toBeEnabled();
  await review.getByRole('button', { name: 'Return to reporter' }).click();
  const dialog = desk.page.getByRole('dialog', { name: 'Return to reporter' });
  await expect(dialog.getByLabel('Note to the reporter')).toBeFocused();
  await dialog.getByRole('button', { name: 'Return to reporter' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('“Return to reporter” needs a note.');
  await dialog.getByLabel('Note to the reporter').fill('Уточните цифры во втором абзаце.');
  await dialog.getByRole('button', { name: 'Return to reporter' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(review.getByText('Draft', { exact: true })).toBeVisible();

  await review.getByRole('button', { name: 'Audit log (2)' }).click();
  const steps = review.getByRole('region', { name: 'Audit log' }).getByRole('listitem');
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(0)).toContainText('Return to reporter');
  await expect(steps.nth(0)).toContainText('Tom Baker (editor)');
  await expect(steps.nth(0)).toContainText('Submitted → Draft');
  await expect(steps.nth(0)).toContainText('Уточните цифры во втором абзаце.');
  await expect(steps.nth(1)).toContainText('Submit for review');
  await expect(steps.nth(1)).toContainText('Анна Смирнова (reporter)');
  await expect(steps.nth(1)).toContainText('Draft → Submitted');

  // The state is main's, not the window's: a reload shows the same.
  await desk.page.reload();
  await expect(desk.review().getByText('Draft', { exact: true })).toBeVisible();
  await expect(desk.review().getByRole('button', { name: 'Audit log (2)' })).toBeVisible();
  expect(app.rejections.filter((line) => !line.includes('not_allowed'))).toEqual([]);
});

test('the checklist finds a TK marker and a photo without credit, and each item leads to its place', async ({ app }) => {
  const desk = new Desk(app.page);
  await desk.newDraft();
  await desk.headline.fill('Council meets on the flood map');
  await desk.typeParagraphs(['The council will vote TK on the new flood map.', '']);
  const menu = desk.page.getByRole('listbox', { name: 'Insert block' });
  await answerFileChooser(desk.page, async () => {
    await desk.page.keyboard.type('/photo');
    await expect(menu.getByRole('option', { name: 'Photo', exact: true })).toBeVisible();
    await desk.page.keyboard.press('Enter');
  });
  const photo = desk.page.getByRole('group', { name: 'Photo' });
  await expect(photo).toBeVisible();
  await desk.saved();

  await desk.button('Checklist').click();
  const checklist = desk.page.getByRole('complementary', { name: 'Checklist' });
  await expect(checklist.getByText(/^\d+ errors?, \d+ warnings?$/)).toBeVisible();
  await checklist.getByRole('button', { name: /Placeholder “TK” in paragraph 1/ }).click();
  await expect(desk.body).toBeFocused();
  expect(await selection(desk)).toBe('TK');

  await checklist.getByRole('button', { name: /Figure 1 has no credit/ }).click();
  await expect(photo.getByRole('textbox', { name: 'Credit', exact: true })).toBeFocused();
  await desk.page.keyboard.type('Lena Ortiz');
  await expect(checklist.getByRole('button', { name: /Figure 1 has no credit/ })).toHaveCount(0);

  // The publish dialog shows the same list first; an item closes it and goes to the place.
  await desk.button('Publish').click();
  const dialog = desk.page.getByRole('dialog', { name: 'Publish' });
  const inDialog = dialog.getByRole('region', { name: 'Checklist' });
  await expect(inDialog.getByRole('button', { name: /Figure 1 has no alt text/ })).toBeVisible();
  await inDialog.getByRole('button', { name: /Placeholder “TK” in paragraph 1/ }).click();
  await expect(dialog).toHaveCount(0);
  await expect(desk.body).toBeFocused();
  expect(await selection(desk)).toBe('TK');
});
