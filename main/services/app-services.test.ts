import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEFAULT_META } from '../../shared/article/meta';
import { MAX_IMAGE_BASE64_CHARS, type EventName } from '../../shared/ipc/contract';
import { openAppServices, assetsDirOf } from './app-services';
import { tempDir } from './drafts/testFixtures';
import { IPTC, JPEG, iptcSegment, png, withSegments } from './assets/testImages';
import type { Sender } from './ipc/dispatcher';
import { onTestFinished } from 'vitest';

const ORIGIN = 'app://copydesk';
const window: Sender = { url: `${ORIGIN}/`, isMainFrame: true };
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function open() {
  const profileDir = tempDir();
  const logged: string[] = [];
  const services = openAppServices({
    profileDir,
    appOrigin: ORIGIN,
    log: { warn: (message) => logged.push(message), error: (message) => logged.push(`ERROR ${message}`) },
  });
  onTestFinished(() => services.close());
  const events: [EventName, unknown][] = [];
  services.onEvent((event, payload) => events.push([event, payload]));
  const call = async (channel: string, input: unknown) => services.dispatch(channel, input, window);
  const ok = async <T = any>(channel: string, input: unknown): Promise<T> => { // eslint-disable-line @typescript-eslint/no-explicit-any
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  };
  return { services, profileDir, logged, events, call, ok };
}

const banner = {
  kind: 'banner',
  variants: {
    en: { text: 'Help us hire a courts reporter.', linkLabel: 'Support us', url: 'https://example.org/support' },
    ru: { text: 'Помогите нам нанять судебного репортёра.', linkLabel: 'Поддержать', url: 'https://example.org/support' },
  },
};

describe('the new channels, end to end through the dispatcher', () => {
  test('a draft’s metadata, an image, appeals and the sample all answer within the contract', async () => {
    const { ok, logged, events } = open();
    expect(await ok('profileStatus', {})).toEqual({ drafts: 0, trashed: 0, sampleCreated: false, offerSample: true });
    const draft = await ok('createDraft', {});
    expect(draft.meta).toEqual(DEFAULT_META);

    const tagged = withSegments(JPEG, iptcSegment([[IPTC.caption, 'The quay at dawn'], [IPTC.credit, 'Gazette']]));
    const imported = await ok('importImage', { draftId: draft.id, name: 'quay.jpg', dataBase64: b64(tagged) });
    expect(imported).toMatchObject({ asset: { mime: 'image/jpeg', width: 8, height: 6 }, suggested: { caption: 'The quay at dawn', credit: 'Gazette', alt: '' } });

    const meta = { ...DEFAULT_META, section: 'Harbour', tags: [' ferries '], featuredImage: imported.asset.sha256 };
    const saved = await ok('saveDraftMeta', { id: draft.id, meta });
    expect((await ok('getDraft', { id: draft.id })).meta).toEqual({ ...meta, tags: ['ferries'] });
    expect(events).toContainEqual(['draftChanged', { id: draft.id }]);
    expect(saved.id).toBe(draft.id);

    const listed = await ok('listAppeals', {});
    expect(listed.map((appeal: { id: string }) => appeal.id).sort()).toEqual(['donation', 'newsletter', 'support-banner']);
    const appeal = await ok('saveAppeal', { id: 'courts-banner', name: 'Courts reporter banner', entry: banner });
    expect(appeal).toMatchObject({ id: 'courts-banner', version: 1, kind: 'banner' });
    expect(events).toContainEqual(['appealsChanged', { id: 'courts-banner', version: 1 }]);
    expect(await ok('appealHistory', { id: 'courts-banner' })).toEqual([appeal]);
    expect(await ok('getAppealVersions', { ids: [{ id: 'courts-banner', version: 1 }, { id: 'courts-banner', version: 2 }] })).toEqual([appeal]);

    const sample = await ok('createSampleDraft', {});
    expect(sample.headline).toContain('ferry');
    expect(await ok('profileStatus', {})).toEqual({ drafts: 2, trashed: 0, sampleCreated: true, offerSample: false });
    expect(logged.filter((line) => line.startsWith('ERROR'))).toEqual([]);
  });

  test('assetFile serves what importImage stored, and nothing once the services are closed', async () => {
    const { ok, services, profileDir } = open();
    const draft = await ok('createDraft', {});
    const { asset } = await ok('importImage', { draftId: draft.id, name: 'a.png', dataBase64: b64(png(3, 3)) });
    expect(services.assetFile(asset.sha256)).toMatchObject({ mime: 'image/png' });
    expect(existsSync(services.assetFile(asset.sha256)!.path)).toBe(true);
    expect(services.assetFile(asset.sha256)!.path.startsWith(assetsDirOf(profileDir))).toBe(true);
    services.close();
    expect(services.assetFile(asset.sha256)).toBeNull();
  });

  test('a refused featured image and a kind change come back as readable errors', async () => {
    const { ok, call } = open();
    const draft = await ok('createDraft', {});
    expect(await call('saveDraftMeta', { id: draft.id, meta: { ...DEFAULT_META, featuredImage: 'a'.repeat(64) } })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', message: expect.stringContaining('featured image') },
    });
    expect(await call('saveAppeal', { id: 'newsletter', name: 'Newsletter', entry: banner })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('cannot become a banner') },
    });
    expect(await call('appealHistory', { id: 'never-was' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call('importImage', { draftId: UNKNOWN, name: 'a.png', dataBase64: b64(png(1, 1)) })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('hostile input on the new channels is refused before any service runs', () => {
  const ID = '6f1c0a9e-3b7d-4c2a-9e51-0d8f2b7a4c10';
  const meta = DEFAULT_META;
  const image = { draftId: ID, name: 'a.png', dataBase64: 'iVBORw0KGgo=' };
  const huge = 'x'.repeat(1_000_000);

  test.each([
    ['saveDraftMeta: no meta', 'saveDraftMeta', { id: ID }, 'bad_request'],
    ['saveDraftMeta: an extra key', 'saveDraftMeta', { id: ID, meta, admin: true }, 'bad_request'],
    ['saveDraftMeta: an extra key inside meta', 'saveDraftMeta', { id: ID, meta: { ...meta, html: '<script>' } }, 'bad_request'],
    ['saveDraftMeta: tags as a string', 'saveDraftMeta', { id: ID, meta: { ...meta, tags: 'a,b' } }, 'bad_request'],
    ['saveDraftMeta: 31 tags', 'saveDraftMeta', { id: ID, meta: { ...meta, tags: Array.from({ length: 31 }, (_, i) => `t${i}`) } }, 'bad_request'],
    ['saveDraftMeta: a huge section', 'saveDraftMeta', { id: ID, meta: { ...meta, section: huge } }, 'bad_request'],
    ['saveDraftMeta: a slug with a path', 'saveDraftMeta', { id: ID, meta: { ...meta, slug: '../../etc' } }, 'bad_request'],
    ['saveDraftMeta: a featured image that is a path', 'saveDraftMeta', { id: ID, meta: { ...meta, featuredImage: '../drafts.sqlite' } }, 'bad_request'],
    ['saveDraftMeta: an unknown language', 'saveDraftMeta', { id: ID, meta: { ...meta, language: 'de' } }, 'bad_request'],
    ['saveDraftMeta: a prototype key', 'saveDraftMeta', JSON.parse(`{"id":"${ID}","meta":{"__proto__":{"polluted":true}}}`), 'bad_request'],
    ['importImage: a number for the data', 'importImage', { ...image, dataBase64: 42 }, 'bad_request'],
    ['importImage: bytes as an array', 'importImage', { ...image, dataBase64: [137, 80, 78, 71] }, 'bad_request'],
    ['importImage: a path instead of bytes', 'importImage', { draftId: ID, path: '/etc/passwd' }, 'bad_request'],
    ['importImage: an extra key', 'importImage', { ...image, path: '/etc/passwd' }, 'bad_request'],
    ['importImage: a huge name', 'importImage', { ...image, name: 'a'.repeat(256) }, 'bad_request'],
    ['importImage: a draft id that is a path', 'importImage', { ...image, draftId: '../../x' }, 'bad_request'],
    ['importImage: empty data', 'importImage', { ...image, dataBase64: '' }, 'bad_request'],
    ['importImage: base64 past the image cap', 'importImage', { ...image, dataBase64: 'A'.repeat(MAX_IMAGE_BASE64_CHARS + 4) }, 'bad_request'],
    ['importImage: a request past its cap', 'importImage', { ...image, dataBase64: 'A'.repeat(28_000_001) }, 'too_large'],
    ['listAppeals: an argument', 'listAppeals', { all: true }, 'bad_request'],
    ['getAppealVersions: ids as a string', 'getAppealVersions', { ids: 'donation' }, 'bad_request'],
    ['getAppealVersions: a version of 0', 'getAppealVersions', { ids: [{ id: 'donation', version: 0 }] }, 'bad_request'],
    ['getAppealVersions: a fractional version', 'getAppealVersions', { ids: [{ id: 'donation', version: 1.5 }] }, 'bad_request'],
    ['getAppealVersions: SQL in the id', 'getAppealVersions', { ids: [{ id: "x' OR 1=1 --", version: 1 }] }, 'bad_request'],
    ['getAppealVersions: 501 ids', 'getAppealVersions', { ids: Array.from({ length: 501 }, () => ({ id: 'donation', version: 1 })) }, 'bad_request'],
    ['saveAppeal: an upper-case id', 'saveAppeal', { id: 'Donation', name: 'x', entry: banner }, 'bad_request'],
    ['saveAppeal: an empty name', 'saveAppeal', { id: 'b', name: '   ', entry: banner }, 'bad_request'],
    ['saveAppeal: a huge name', 'saveAppeal', { id: 'b', name: huge, entry: banner }, 'bad_request'],
    ['saveAppeal: an unknown kind', 'saveAppeal', { id: 'b', name: 'x', entry: { ...banner, kind: 'popup' } }, 'bad_request'],
    ['saveAppeal: a javascript: link', 'saveAppeal', { id: 'b', name: 'x', entry: { ...banner, variants: { ...banner.variants, en: { ...banner.variants.en, url: 'javascript:alert(1)' } } } }, 'bad_request'],
    ['saveAppeal: a missing Russian text', 'saveAppeal', { id: 'b', name: 'x', entry: { kind: 'banner', variants: { en: banner.variants.en } } }, 'bad_request'],
    ['saveAppeal: an extra language', 'saveAppeal', { id: 'b', name: 'x', entry: { ...banner, variants: { ...banner.variants, de: banner.variants.en } } }, 'bad_request'],
    ['saveAppeal: a version from the caller', 'saveAppeal', { id: 'b', name: 'x', entry: banner, version: 7 }, 'bad_request'],
    ['saveAppeal: a huge banner line', 'saveAppeal', { id: 'b', name: 'x', entry: { ...banner, variants: { ...banner.variants, ru: { ...banner.variants.ru, text: huge } } } }, 'bad_request'],
    ['appealHistory: a number id', 'appealHistory', { id: 7 }, 'bad_request'],
    ['createSampleDraft: an argument', 'createSampleDraft', { language: 'ru' }, 'bad_request'],
    ['profileStatus: not an object', 'profileStatus', 'status', 'bad_request'],
  ])('%s', async (_case, channel, input, code) => {
    const { call, services, profileDir } = open();
    const before = await services.dispatch('listDrafts', {}, window);
    expect(await call(channel, input)).toMatchObject({ ok: false, error: { code } });
    expect(await services.dispatch('listDrafts', {}, window)).toEqual(before);
    expect(existsSync(assetsDirOf(profileDir))).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('bad base64 is refused by the asset store with a clear message, writing nothing', async () => {
    const { ok, call, profileDir } = open();
    const draft = await ok('createDraft', {});
    for (const dataBase64 of ['%%%%', 'iVBORw0KGgo', 'data:image/png;base64,iVBORw0KGgo=', 'iVBO Rw0K']) {
      expect(await call('importImage', { draftId: draft.id, name: 'a.png', dataBase64 })).toMatchObject({
        ok: false,
        error: { code: 'bad_request', message: expect.stringContaining('could not be read') },
      });
    }
    expect(existsSync(assetsDirOf(profileDir))).toBe(false);
  });
});
