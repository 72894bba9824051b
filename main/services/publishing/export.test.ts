import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { NINJS_VERSION } from '../../../shared/render';
import { openAppServices } from '../app-services';
import { tempDir } from '../drafts/testFixtures';
import type { SaveDialogRequest } from './export';

const ORIGIN = 'app://copydesk';

function open(answer: () => string | null) {
  const asked: SaveDialogRequest[] = [];
  const services = openAppServices({
    profileDir: tempDir(),
    appOrigin: ORIGIN,
    log: { warn: () => {}, error: () => {} },
    ports: {
      saveDialog: async (request) => {
        asked.push(request);
        return answer();
      },
    },
  });
  onTestFinished(() => services.close());
  const call = (channel: string, input: unknown) => services.dispatch(channel, input, { url: `${ORIGIN}/`, isMainFrame: true });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const ok = async <T = any>(channel: string, input: unknown): Promise<T> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  };
  return { asked, call, ok };
}

describe('export through the save dialog', () => {
  test('ninjs: the dialog is offered a name from the slug, and the file is the ninjs item', async () => {
    const target = path.join(tempDir(), 'out.json');
    const { asked, ok } = open(() => target);
    const draft = await ok('createSampleDraft', {});
    expect(await ok('exportDraft', { id: draft.id, format: 'ninjs' })).toEqual({ path: target });
    expect(asked).toEqual([
      { title: 'Export as ninjs JSON', defaultName: `${draft.meta.slug}.json`, filters: [{ name: 'ninjs JSON', extensions: ['json'] }] },
    ]);
    const item = JSON.parse(readFileSync(target, 'utf8'));
    expect(item).toMatchObject({ standard: { name: 'ninjs', version: NINJS_VERSION } });
    expect(item.headlines[0]).toMatchObject({ role: 'main', value: draft.headline });
    expect(item.associations[0]).toMatchObject({ name: 'featureimage', type: 'picture' });
    expect(JSON.stringify(item)).not.toContain('assets/');
  });

  test('HTML: a standalone page, its images inlined, replacing an existing file whole', async () => {
    const folder = tempDir();
    const target = path.join(folder, 'ferry.html');
    writeFileSync(target, 'an older export');
    const { ok } = open(() => target);
    const draft = await ok('createSampleDraft', {});
    await ok('exportDraft', { id: draft.id, format: 'html' });
    const html = readFileSync(target, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`<title>${draft.headline}</title>`);
    expect(html).toMatch(/<img src="data:image\/[a-z]+;base64,[A-Za-z0-9+/]+=*"/);
    expect(readdirSync(folder)).toEqual(['ferry.html']);
  });

  test('cancelled: nothing written, path null', async () => {
    const { ok } = open(() => null);
    const draft = await ok('createDraft', {});
    expect(await ok('exportDraft', { id: draft.id, format: 'html' })).toEqual({ path: null });
  });

  test('a place that cannot be written: a storage error in words, nothing left behind', async () => {
    const folder = tempDir();
    const notAFolder = path.join(folder, 'notes.txt');
    writeFileSync(notAFolder, 'a file where the dialog pointed into');
    const { ok, call } = open(() => path.join(notAFolder, 'x.html'));
    const draft = await ok('createDraft', {});
    expect(await call('exportDraft', { id: draft.id, format: 'html' })).toEqual({
      ok: false,
      error: { code: 'storage', message: 'The file could not be saved: the disk reported an error.' },
    });
    expect(readdirSync(folder)).toEqual(['notes.txt']);
  });
});
