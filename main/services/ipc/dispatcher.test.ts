import { describe, expect, test } from 'vitest';
import { AppError } from '../../../shared/ipc/result';
import { EMPTY_BODY } from '../../../shared/article/body';
import { DEFAULT_META } from '../../../shared/article/meta';
import { contract, DEFAULT_MAX_REQUEST_BYTES, MAX_IMAGE_BASE64_CHARS, maxRequestBytesFor } from '../../../shared/ipc/contract';
import { createDispatcher, type Handlers, type Sender } from './dispatcher';

const ORIGIN = 'app://copydesk';
const window: Sender = { url: `${ORIGIN}/index.html`, isMainFrame: true };
const ID = '6f1c0a9e-3b7d-4c2a-9e51-0d8f2b7a4c10';
const draft = {
  id: ID,
  headline: 'Ferry halted',
  standfirst: '',
  byline: '',
  body: EMPTY_BODY,
  createdAt: 1,
  updatedAt: 2,
  deletedAt: null,
  meta: DEFAULT_META,
};

function setup(overrides: Partial<Handlers> = {}, maxRequestBytes: number | undefined = 10_000) {
  const logged: string[] = [];
  const calls: unknown[] = [];
  const handlers = new Proxy(overrides as Handlers, {
    get: (target, name: string) =>
      target[name as keyof Handlers] ??
      ((input: unknown) => {
        calls.push([name, input]);
        return draft;
      }),
  });
  const dispatch = createDispatcher({
    handlers,
    appOrigin: ORIGIN,
    maxRequestBytes,
    log: { warn: (message) => logged.push(message), error: (message) => logged.push(message) },
  });
  return { dispatch, logged, calls };
}

describe('dispatcher', () => {
  test('passes a valid request to its handler and answers with the value', async () => {
    const { dispatch, calls } = setup();
    expect(await dispatch('getDraft', { id: ID }, window)).toEqual({ ok: true, value: draft });
    expect(calls).toEqual([['getDraft', { id: ID }]]);
  });

  test.each([
    ['an unknown channel', 'readSecrets', { id: ID }, 'unknown_channel'],
    ['a prototype key as channel', '__proto__', {}, 'unknown_channel'],
    ['a wrong type', 'getDraft', { id: 42 }, 'bad_request'],
    ['a malformed id', 'getDraft', { id: '../../etc/passwd' }, 'bad_request'],
    ['an extra key', 'getDraft', { id: ID, admin: true }, 'bad_request'],
    ['no input at all', 'getDraft', undefined, 'bad_request'],
    ['an array for an object', 'listDrafts', [], 'bad_request'],
    ['an oversized body', 'saveDraft', { id: ID, headline: '', standfirst: '', byline: '', body: 'x'.repeat(20_000) }, 'too_large'],
    ['a body that is not Lexical JSON', 'saveDraft', { id: ID, headline: '', standfirst: '', byline: '', body: '{"root":1}' }, 'bad_request'],
  ])('rejects %s', async (_case, channel, input, code) => {
    const { dispatch, calls, logged } = setup();
    const result = await dispatch(channel, input, window);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(calls).toEqual([]);
    expect(logged).toContain('ipc request rejected');
  });

  test.each([
    ['a foreign origin', { url: 'https://evil.example/index.html', isMainFrame: true }],
    ['a look-alike origin', { url: 'app://copydesk.evil/index.html', isMainFrame: true }],
    ['a sub-frame of our own page', { url: `${ORIGIN}/index.html`, isMainFrame: false }],
    ['an unparsable URL', { url: 'not a url', isMainFrame: true }],
  ])('refuses %s as sender', async (_case, sender) => {
    const { dispatch, calls } = setup();
    expect(await dispatch('listDrafts', {}, sender)).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(calls).toEqual([]);
  });

  test('refuses input that cannot be plain data', async () => {
    const { dispatch } = setup();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(await dispatch('listDrafts', cyclic, window)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  test('turns a service error into its code and message', async () => {
    const { dispatch } = setup({
      getDraft: () => {
        throw new AppError('not_found', 'This draft no longer exists');
      },
    });
    expect(await dispatch('getDraft', { id: ID }, window)).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'This draft no longer exists' },
    });
  });

  test('a workflow refusal reaches the renderer as not_allowed with its plain reason', async () => {
    const reason = 'A reporter may not approve articles: that needs a editor or admin.';
    const { dispatch, logged } = setup({
      getDraft: () => {
        throw new AppError('not_allowed', reason);
      },
    });
    expect(await dispatch('getDraft', { id: ID }, window)).toEqual({ ok: false, error: { code: 'not_allowed', message: reason } });
    expect(logged).toEqual(['ipc request failed']);
  });

  test('hides the detail of an unexpected error from the renderer but logs it', async () => {
    const { dispatch, logged } = setup({
      getDraft: () => {
        throw new Error('SQLITE_IOERR at /home/reporter/.config/Copydesk/drafts.sqlite');
      },
    });
    const result = await dispatch('getDraft', { id: ID }, window);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Copydesk could not complete the request' } });
    expect(logged).toContain('ipc handler threw');
  });

  test('never lets a handler send fields outside the output schema', async () => {
    const { dispatch, logged } = setup({ getDraft: () => ({ ...draft, password: 'hunter2' }) as typeof draft });
    expect(await dispatch('getDraft', { id: ID }, window)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged).toContain('ipc handler returned data outside the contract');
  });
});

describe('request size caps', () => {
  const image = (chars: number) => ({ draftId: ID, name: 'photo.jpg', dataBase64: 'A'.repeat(chars) });
  const imported = {
    asset: { sha256: 'a'.repeat(64), mime: 'image/png', width: 1, height: 1, bytes: 3 },
    suggested: { caption: '', credit: '', alt: '' },
  } as const;

  test('every channel has the default cap except importImage, whose cap fits its largest image', () => {
    for (const channel of Object.keys(contract) as (keyof typeof contract)[]) {
      if (channel === 'importImage') continue;
      expect(maxRequestBytesFor(channel), channel).toBe(DEFAULT_MAX_REQUEST_BYTES);
    }
    const largest = JSON.stringify(image(MAX_IMAGE_BASE64_CHARS)).length + 255 * 6;
    expect(maxRequestBytesFor('importImage')).toBeGreaterThanOrEqual(largest);
    expect(maxRequestBytesFor('importImage')).toBeLessThan(30_000_000);
  });

  test('a channel with its own cap is not held to the dispatcher-wide one', async () => {
    const { dispatch, calls } = setup({}, 10_000);
    const handled: unknown[] = [];
    const { dispatch: dispatchImage } = setup({ importImage: (input) => (handled.push(input), imported) }, 10_000);
    expect(await dispatchImage('importImage', image(40_000), window)).toEqual({ ok: true, value: imported });
    expect(handled).toHaveLength(1);
    // …while the other channels keep the dispatcher-wide cap.
    const body = { id: ID, headline: 'x'.repeat(40_000), standfirst: '', byline: '', body: EMPTY_BODY };
    expect(await dispatch('saveDraft', body, window)).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(calls).toEqual([]);
  });

  test('the default cap is 5 MB', async () => {
    const { dispatch, calls } = setup({}, undefined);
    const huge = { id: ID, headline: '', standfirst: '', byline: '', body: 'x'.repeat(DEFAULT_MAX_REQUEST_BYTES) };
    expect(await dispatch('saveDraft', huge, window)).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(calls).toEqual([]);
  });

  test('importImage refuses a request over its own cap before any parsing', async () => {
    const handled: unknown[] = [];
    const { dispatch, logged } = setup({ importImage: (input) => (handled.push(input), imported) }, undefined);
    const result = await dispatch('importImage', image(maxRequestBytesFor('importImage')), window);
    expect(result).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(handled).toEqual([]);
    expect(logged).toContain('ipc request rejected');
  });

  test('importImage refuses base64 longer than the largest image, under the request cap', async () => {
    const handled: unknown[] = [];
    const { dispatch } = setup({ importImage: (input) => (handled.push(input), imported) }, undefined);
    const result = await dispatch('importImage', image(MAX_IMAGE_BASE64_CHARS + 4), window);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringContaining('larger than 20 MB') } });
    expect(handled).toEqual([]);
  });
});
