// The test bridge's static server (e2e/bridge/static-server.ts) serves stored images the way the
// app:// protocol does, through the same lookup. Tested here because the unit project runs
// main/, shared/ and build/ tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveRenderer, type StaticServer } from '../../../e2e/bridge/static-server';
import { assetUrl } from '../../../shared/blocks/figure/assetUrl';
import { contentSecurityPolicy } from '../../../shared/security/csp';
import { openAppServices, type AppServices } from '../app-services';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { JPEG, WEBP } from './testImages';

let base: string;
let services: AppServices;
let server: StaticServer;
let jpeg: string;
let webp: string;

/** A raw GET, so that the path reaches the server exactly as written (fetch would normalise it). */
function get(pathname: string, method = 'GET'): Promise<{ status: number; type: string | undefined; csp: string | undefined; body: Buffer }> {
  const { port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname, method }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          type: response.headers['content-type'],
          csp: response.headers['content-security-policy'] as string | undefined,
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'copydesk-bridge-assets-'));
  const rendererDir = path.join(base, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Copydesk</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  let assetFile: AppServices['assetFile'] = () => null;
  server = await serveRenderer(rendererDir, contentSecurityPolicy, { assetFile: (sha256) => assetFile(sha256) });
  services = openAppServices({ profileDir: path.join(base, 'profile'), appOrigin: server.origin, log: { warn() {}, error() {} } });
  assetFile = services.assetFile;
  const window = { url: `${server.origin}/index.html`, isMainFrame: true };
  const draft = await services.dispatch('createDraft', {}, window);
  if (!draft.ok) throw new Error('no draft');
  const draftId = (draft.value as { id: string }).id;
  const importOne = async (bytes: Buffer) => {
    const result = await services.dispatch('importImage', { draftId, name: 'photo.png', dataBase64: bytes.toString('base64') }, window);
    if (!result.ok) throw new Error(result.error.message);
    return (result.value as { asset: { sha256: string } }).asset.sha256;
  };
  jpeg = await importOne(JPEG);
  webp = await importOne(WEBP);
});

afterAll(async () => {
  await server.close();
  services.close();
  rmSync(base, { recursive: true, force: true });
});

describe('the bridge serves stored images at /assets/<sha256>', () => {
  test('with the type they were stored as, and the CSP', async () => {
    const response = await get(`/${assetUrl({ sha256: jpeg })}`);
    expect(response.status).toBe(200);
    expect(response.type).toBe('image/jpeg');
    expect(response.csp).toBe(contentSecurityPolicy);
    expect(response.body.equals(JPEG)).toBe(true);
    expect((await get(`/assets/${webp}`)).type).toBe('image/webp');
  });

  test('an unknown hash is 404', async () => {
    expect((await get(`/assets/${'0'.repeat(64)}`)).status).toBe(404);
  });

  test.each([
    '/assets/..%2F..%2Fprofile%2Fdrafts.sqlite',
    '/assets/%2e%2e/%2e%2e/profile/drafts.sqlite',
    '/assets/../../profile/drafts.sqlite',
    `/assets/${'A'.repeat(64)}`,
    `/assets/${jpeg}/..%2F..%2F..%2Fprofile%2Fdrafts.sqlite`,
    '/assets/%E0%A4%A',
  ])('%s never reaches the profile', async (pathname) => {
    const response = await get(pathname);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.body.toString('latin1')).not.toContain('SQLite');
  });

  test('the renderer’s own files are served as before', async () => {
    expect((await get('/assets/app.js')).type).toBe('text/javascript; charset=utf-8');
    expect((await get('/')).type).toBe('text/html; charset=utf-8');
  });
});
