import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { APP_ORIGIN, appScheme, createAppProtocolHandler, mimeTypeFor, resolveAppFile } from './app-protocol';

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
