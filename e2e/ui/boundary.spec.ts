import { test, expect } from '../fixtures';
import { apiKeys } from '../../shared/ipc/api';
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
  await desk.newDraft();
  await desk.headline.fill('Night buses return to the river district');
  await desk.standfirst.fill('After eight months without a late service, three routes run again from Monday');
  await desk.byline.fill('Tomas Ferreira');
  await desk.typeParagraphs([
    'Three night bus routes will run again from Monday, the transport authority said, ending a gap that left shift workers walking home across the river.',
    'The routes were cut in March when the depot lost a third of its drivers. Recruitment has since filled most of the posts.',
    '«Мы ждали этого с весны», — говорит медсестра Анна Лебедева, которая заканчивает смену в два часа ночи.',
  ]);
  await desk.saved();
  await app.page.screenshot({ path: new URL('../screenshots/editor.png', import.meta.url).pathname });
});
