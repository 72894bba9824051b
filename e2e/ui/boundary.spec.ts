import { test, expect } from '../fixtures';
import { apiKeys } from '../../shared/ipc/api';
import { SAMPLE_HEADLINE } from '../../main/services/sample/sampleArticle';
import { Desk } from './desk';

test('the page sees exactly the contract, and nothing of Node', async ({ app }) => {
  const surface = await app.page.evaluate(() => ({
    keys: Object.keys(window.copydesk).sort(),
    require: typeof (window as { require?: unknown }).require,
    process: typeof (window as { process?: unknown }).process,
    ipcRenderer: typeof (window as { ipcRenderer?: unknown }).ipcRenderer,
    frozen: Object.isFrozen(window.copydesk),
  }));
  expect(surface).toEqual({ keys: [...apiKeys].sort(), require: 'undefined', process: 'undefined', ipcRenderer: 'undefined', frozen: true });
});

test('a forged request from the page is refused by the real dispatcher and changes nothing', async ({ app }) => {
  const answers = await app.page.evaluate(async () => {
    const api = window.copydesk as unknown as Record<string, (input: unknown) => Promise<unknown>>;
    const created = (await api.createDraft!({})) as { ok: true; value: { id: string } };
    return {
      extraKey: await api.saveDraft!({ id: created.value.id, headline: 'x', standfirst: '', byline: '', body: '{}', admin: true }),
      badBody: await api.saveDraft!({ id: created.value.id, headline: 'x', standfirst: '', byline: '', body: '{"root":{"type":"root"}}' }),
      stored: await api.getDraft!({ id: created.value.id }),
    };
  });
  expect(answers.extraKey).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  expect(answers.badBody).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  expect(answers.stored).toMatchObject({ ok: true, value: { headline: '' } });
  expect(app.rejections.filter((line) => line.startsWith('ipc request rejected'))).toHaveLength(2);
});

test('screenshot of the editor for the README', async ({ app }) => {
  const desk = new Desk(app.page);
  const { page } = app;
  // The first-run sample: a real-looking story with its lead photo, caption and credit.
  await desk.button('Open sample article').click();
  await expect(desk.headline).toHaveValue(SAMPLE_HEADLINE);
  const photo = page.getByRole('group', { name: 'Photo', exact: true });
  await expect.poll(() => photo.locator('img').evaluate((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await expect(photo.getByRole('textbox', { name: 'Caption', exact: true })).toContainText('ties up at Kestrel Bay');
  await expect(page.getByRole('group', { name: 'Newsletter sign-up', exact: true })).toContainText('The Morning Briefing');
  // Beside it, the preview of what will be published.
  await desk.button('Preview').click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect.poll(() => preview.locator('figure img').evaluate((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: new URL('../screenshots/editor.png', import.meta.url).pathname });
});
