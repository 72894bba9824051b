import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { Desk } from '../ui/desk';
import { wordpressForThisFile } from '../wordpress/playwright';
import { postAt, retitle } from './wp';

// The publish UI end to end, through accessible names only, against a real WordPress that this
// file starts once; each test begins from the site's freshly set-up state.

const wordpress = wordpressForThisFile('publish');
const { created } = wordpress;

/** Every step label the dialog shows, recorded in the page as it changes (steps can be quick). */
async function recordSteps(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __steps: string[] }).__steps = seen;
    new MutationObserver(() => {
      const text = document.querySelector('.pub-step')?.textContent ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { __steps: string[] }).__steps);
}

/**
 * A one-person newsroom's way to the house rule that only approved articles go live: working as
 * admin, submit the article on this computer and approve it.
 */
async function approveHere(desk: Desk) {
  await desk.workAs('Dana Whitfield', 'Admin');
  const review = desk.review();
  await review.getByRole('button', { name: 'Submit for review' }).click();
  const submit = desk.page.getByRole('dialog', { name: 'Submit for review' });
  await submit.getByRole('radio', { name: /^Keep it on this computer/ }).check();
  await submit.getByRole('button', { name: 'Submit for review' }).click();
  await expect(submit).toHaveCount(0);
  await review.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(review.getByText('Approved', { exact: true })).toBeVisible();
}

test('publish the approved sample article with an editor’s account, then a correction meets a conflict and keeps the site’s version', async ({ app }, testInfo) => {
  const { page, bridge } = app;
  const desk = new Desk(page);
  await page.getByRole('button', { name: 'Open sample article' }).click();
  await expect(page.getByLabel('Headline', { exact: true })).not.toHaveValue('');

  expect(await desk.addWordPressAccount('Local WordPress', wordpress.site.url, wordpress.site.users.editor)).toMatch(/^Connected to .* as /);
  await approveHere(desk);

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish' });
  await expect(dialog.getByRole('radio', { name: 'Publish now' })).toBeChecked();
  await expect(dialog.getByRole('group', { name: 'Categories' })).toBeVisible();
  await expect(dialog.getByText(/Time zone/)).toHaveCount(0);
  await dialog.getByRole('radio', { name: 'Schedule' }).check();
  await expect(dialog.getByText(`Time zone: ${await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)}`)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Schedule' })).toBeVisible();
  await dialog.getByRole('radio', { name: 'Publish now' }).check();

  const steps = await recordSteps(page);
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  const bar = dialog.getByRole('progressbar', { name: 'Publishing progress' });
  await expect(bar).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('publish-progress.png') });
  const url = dialog.locator('output');
  await expect(url).toHaveText(/^http:\/\/127\.0\.0\.1:\d+\//, { timeout: 30_000 });
  await expect(bar).toHaveAttribute('aria-valuenow', '1');
  await page.screenshot({ path: testInfo.outputPath('publish-done.png'), animations: 'disabled' });

  const labels = await steps();
  console.log(`[publish] steps shown: ${labels.join(' | ')}`);
  const uploads = labels.map((label) => /Uploading image \d+ of (\d+)/.exec(label)).find(Boolean);
  const images = uploads ? Number(uploads[1]) : 0;
  expect(labels).toContain('Creating post…');
  expect(images).toBeGreaterThan(0);

  await dialog.getByRole('button', { name: 'Open in browser' }).click();
  const address = (await url.textContent())!;
  await expect.poll(() => bridge.opened).toEqual([address]);
  expect(await created()).toEqual({ posts: 1, media: images });
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(dialog).toHaveCount(0);
  await expect(desk.review().getByText('Published', { exact: true })).toBeVisible();

  // Someone edits the post on the site. Publishing the live article again is a correction, which
  // needs its public note; and it must stop at the site's change and show it, not overwrite.
  const post = await postAt(wordpress.site, address);
  await retitle(wordpress.site, post.id, 'Retitled on the site');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('“Publish a correction” needs a note.');
  await dialog.getByLabel('Correction note (published with the article)').fill('An earlier version gave the wrong departure time.');
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  const conflict = dialog.getByRole('region', { name: 'The post changed on the site' });
  await expect(conflict).toBeVisible({ timeout: 30_000 });
  await expect(conflict).toContainText('Retitled on the site');
  await page.screenshot({ path: testInfo.outputPath('publish-conflict.png') });
  await conflict.getByRole('button', { name: 'Keep the site’s version' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'The site’s version was kept' })).toBeVisible();

  expect((await postAt(wordpress.site, address)).title.raw).toBe('Retitled on the site');

  const exported = test.info().outputPath('article.html');
  bridge.setSavePath(exported);
  await dialog.getByRole('button', { name: 'Export HTML' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: `Saved to ${exported}` })).toBeVisible();
  expect(await created()).toEqual({ posts: 1, media: images });
});

test('a wrong application password: the connection doctor says so in plain words', async ({ app }) => {
  const { page } = app;
  const { username } = wordpress.site.users.editor;
  const account = await new Desk(page).saveWordPressAccount('Local WordPress', wordpress.site.url, { username, appPassword: 'abcd efgh ijkl mnop qrst uvwx' });
  await account.getByRole('button', { name: 'Check connection' }).click();
  await expect(account.getByRole('status', { name: 'Connection check' })).toHaveText(/refused the username or application password/);
  await page.screenshot({ path: test.info().outputPath('publishing-settings.png') });
  expect(await created()).toEqual({ posts: 0, media: 0 });
});
