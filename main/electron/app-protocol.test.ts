import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assetUrl } from '../../shared/blocks/figure/assetUrl';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { openAppServices, type AppServices } from '../services/app-services';
import * as testImages from '../services/assets/testImages';
import { APP_ORIGIN, appScheme, assetHashOf, createAppProtocolHandler, mimeTypeFor, resolveAppFile } from './app-protocol';

let base: string;
let root: string;
let handle: (request: Request) => Promise<Response>;
const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'copydesk-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Copydesk</title>');
  writeFileSync(path.join(root, 'assets/app.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets/app.css'), 'body{}');
  writeFileSync(path.join(root, 'assets/logo.svg'), '<svg/>');
  writeFileSync(path.join(root, 'assets/font.woff2'), 'x');
  writeFileSync(path.join(root, 'assets/blob.bin'), 'x');
  writeFileSync(path.join(base, 'secret.txt'), 'secret');
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets/link.txt'));
  handle = createAppProtocolHandler(root);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

test('the scheme is registered standard and secure, and nothing more', () => {
  expect(appScheme).toEqual({ scheme: 'app', privileges: { standard: true, secure: true } });
  expect(APP_ORIGIN).toBe('app://copydesk');
});

test('the CSP allows only the app’s own scripts, styles and fonts, and no network at all', () => {
  expect(contentSecurityPolicy.split('; ')).toEqual([
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ]);
  expect(contentSecurityPolicy).not.toContain('unsafe');
});

describe('serving the renderer', () => {
  test('the root serves index.html as HTML', async () => {
    const response = await get('app://copydesk/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Copydesk</title>');
  });

  test('every response carries the CSP and nosniff, errors included', async () => {
    for (const url of ['app://copydesk/index.html', 'app://copydesk/missing.js', 'app://copydesk/..%2Fsecret.txt']) {
      const response = await get(url);
      expect(response.headers.get('content-security-policy'), url).toBe(contentSecurityPolicy);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
    }
  });

  test('files get their real MIME types', async () => {
    expect((await get('app://copydesk/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://copydesk/assets/app.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('app://copydesk/assets/logo.svg')).headers.get('content-type')).toBe('image/svg+xml');
    expect((await get('app://copydesk/assets/font.woff2')).headers.get('content-type')).toBe('font/woff2');
    expect((await get('app://copydesk/assets/blob.bin')).headers.get('content-type')).toBe('application/octet-stream');
    expect(mimeTypeFor('A.PNG')).toBe('image/png');
  });

  test('a query or fragment does not change the file', async () => {
    expect((await get('app://copydesk/assets/app.js?v=2#x')).status).toBe(200);
  });

  test('missing files and directories are 404', async () => {
    expect((await get('app://copydesk/nope.js')).status).toBe(404);
    expect((await get('app://copydesk/assets')).status).toBe(404);
  });

  test('HEAD has no body; other methods are refused', async () => {
    const head = await get('app://copydesk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://copydesk/index.html', 'POST')).status).toBe(405);
  });
});

describe('path traversal', () => {
  test.each([
    'app://copydesk/..%2Fsecret.txt',
    'app://copydesk/assets/..%2F..%2Fsecret.txt',
    'app://copydesk/%2e%2e%2fsecret.txt',
    'app://copydesk/..%5Csecret.txt',
    'app://copydesk/index.html%00.js',
    'app://copydesk/%E0%A4%A',
    'app://elsewhere/index.html',
    'file:///etc/passwd',
  ])('%s is refused', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('secret');
  });

  test('dot segments the URL parser resolves, and absolute-looking paths, stay inside the root', async () => {
    expect(resolveAppFile(root, 'app://copydesk/../../secret.txt')).toBe(path.join(root, 'secret.txt'));
    expect((await get('app://copydesk/../../secret.txt')).status).toBe(404);
    expect(resolveAppFile(root, 'app://copydesk/%2Fetc%2Fpasswd')).toBe(path.join(root, 'etc/passwd'));
    expect((await get('app://copydesk/%2Fetc%2Fpasswd')).status).toBe(404);
  });

  test('a symlink that leads out of the root is refused', async () => {
    const response = await get('app://copydesk/assets/link.txt');
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('secret');
  });
});

describe('serving stored images at app://copydesk/assets/<sha256>', () => {
  let services: AppServices;
  let serve: (request: Request) => Promise<Response>;
  let png: { sha256: string; bytes: Buffer };
  let gif: { sha256: string };
  const fetchAsset = (url: string, method = 'GET') => serve(new Request(url, { method }));

  beforeAll(async () => {
    services = openAppServices({ profileDir: path.join(base, 'profile'), appOrigin: APP_ORIGIN, log: { warn() {}, error() {} } });
    serve = createAppProtocolHandler(root, { assetFile: (sha256) => services.assetFile(sha256) });
    const window = { url: `${APP_ORIGIN}/`, isMainFrame: true };
    const draft = await services.dispatch('createDraft', {}, window);
    if (!draft.ok) throw new Error('no draft');
    const { id } = draft.value as { id: string };
    const bytes = testImages.png(4, 3);
    const imported = await services.dispatch('importImage', { draftId: id, name: 'a.jpg', dataBase64: bytes.toString('base64') }, window);
    const gifImported = await services.dispatch('importImage', { draftId: id, name: 'b', dataBase64: testImages.gif(2, 2).toString('base64') }, window);
    if (!imported.ok || !gifImported.ok) throw new Error('import failed');
    png = { sha256: (imported.value as { asset: { sha256: string } }).asset.sha256, bytes };
    gif = { sha256: (gifImported.value as { asset: { sha256: string } }).asset.sha256 };
  });

  afterAll(() => services.close());

  test('an imported image is served with its stored type (not the name’s), the CSP and nosniff', async () => {
    const response = await fetchAsset(`app://copydesk/assets/${png.sha256}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await response.arrayBuffer()).equals(png.bytes)).toBe(true);
    expect((await fetchAsset(`app://copydesk/assets/${gif.sha256}`)).headers.get('content-type')).toBe('image/gif');
  });

  test('the URL the renderer builds (relative to the page) reaches it', async () => {
    const url = new URL(assetUrl({ sha256: png.sha256 }), 'app://copydesk/').href;
    expect(url).toBe(`app://copydesk/assets/${png.sha256}`);
    expect((await fetchAsset(url)).status).toBe(200);
  });

  test('HEAD has no body', async () => {
    const head = await fetchAsset(`app://copydesk/assets/${png.sha256}`, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  test('an unknown hash is 404, with the CSP', async () => {
    const response = await fetchAsset(`app://copydesk/assets/${'0'.repeat(64)}`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  test.each([
    `app://copydesk/assets/${'A'.repeat(64)}`,
    'app://copydesk/assets/..%2F..%2Fprofile%2Fdrafts.sqlite',
    'app://copydesk/assets/%2e%2e%2fprofile%2fdrafts.sqlite',
    `app://copydesk/assets/${'a'.repeat(63)}`,
    `app://copydesk/assets/${'a'.repeat(65)}`,
    `app://copydesk/assets/aa%2F${'a'.repeat(64)}`,
    'app://copydesk/assets/../profile/drafts.sqlite',
    `app://elsewhere/assets/${'0'.repeat(64)}`,
  ])('%s never reaches the profile', async (url) => {
    const response = await fetchAsset(url);
    expect(response.status).toBeGreaterThanOrEqual(403);
    expect(response.headers.get('content-type')).not.toMatch(/^image\//);
    expect(await response.text()).not.toContain('SQLite');
  });

  test('the renderer’s own files under /assets/ are still served from the build', async () => {
    expect((await fetchAsset('app://copydesk/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(assetHashOf('app://copydesk/assets/app.js')).toBeNull();
    expect(assetHashOf(`app://copydesk/assets/${png.sha256}`)).toBe(png.sha256);
    expect(assetHashOf(`app://copydesk/assets/${png.sha256}?x=1`)).toBe(png.sha256);
  });

  test('without an asset store, asset URLs are looked up in the build like any file', async () => {
    expect((await get(`app://copydesk/assets/${png.sha256}`)).status).toBe(404);
  });
});
