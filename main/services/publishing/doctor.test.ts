import { afterEach, describe, expect, it } from 'vitest';
import { diagnoseWordPress } from './doctor';
import { json, startStub, unusedPort, type StubHandler, type StubServer } from './testing/stub-server';

// The doctor's cases that need no WordPress; the others run against the real one (doctor.wp.ts).

const credentials = { username: 'editor', appPassword: 'abcd efgh ijkl mnop qrst uvwx' };
let stub: StubServer | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});
const serve = async (handler: StubHandler) => (stub = await startStub(handler)).url;

const INDEX = { name: 'Stub', namespaces: ['wp/v2'], authentication: { 'application-passwords': {} } };

describe('connection doctor without WordPress', () => {
  it('unreachable: nothing listens on the port', async () => {
    const result = await diagnoseWordPress({ siteUrl: `http://127.0.0.1:${await unusedPort()}`, ...credentials });
    expect(result.status).toBe('unreachable');
    expect(result.message).toMatch(/refused the connection/);
  });

  it('unreachable: the name does not resolve', async () => {
    const fetch = () =>
      Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo'), { code: 'ENOTFOUND' }) }));
    const result = await diagnoseWordPress({ siteUrl: 'newsroom.example', ...credentials }, { fetch });
    expect(result).toEqual({
      status: 'unreachable',
      message: 'The name newsroom.example could not be found: check the address, or whether this computer is online.',
    });
  });

  it('unreachable: the site does not answer in time', async () => {
    const url = await serve(() => undefined);
    const result = await diagnoseWordPress({ siteUrl: url, ...credentials }, { timeoutMs: 300 });
    expect(result.status).toBe('unreachable');
    expect(result.message).toMatch(/did not answer within 1 s/);
  });

  it('not WordPress: a loopback web server with pages but no WordPress REST API', async () => {
    const url = await serve(({ url }, response) => {
      if (url === '/')
        response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>Shop</title><p>Hello</p>');
      else json(response, 404, { error: 'not found' });
    });
    const result = await diagnoseWordPress({ siteUrl: url, ...credentials });
    expect(result.status).toBe('not_wordpress');
    expect(result.message).toContain('it is not a WordPress site');
  });

  it('not WordPress: a REST API without wp/v2', async () => {
    const url = await serve((_, response) => json(response, 200, { namespaces: ['shop/v1'] }));
    expect((await diagnoseWordPress({ siteUrl: url, ...credentials })).status).toBe('not_wordpress');
  });

  it('REST API disabled: WordPress answers rest_disabled as JSON', async () => {
    const url = await serve(({ url }, response) => {
      if (url === '/') response.writeHead(200, { 'Content-Type': 'text/html' }).end('<html><body>news</body></html>');
      else
        json(response, 404, { code: 'rest_disabled', message: 'The REST API is disabled on this site.', data: { status: 404 } });
    });
    expect((await diagnoseWordPress({ siteUrl: url, ...credentials })).status).toBe('rest_disabled');
  });

  it('REST API disabled: the users endpoint is removed (user-enumeration hardening)', async () => {
    const url = await serve(({ url }, response) => {
      if (url.startsWith('/wp-json/wp/v2/users/me'))
        json(response, 404, { code: 'rest_no_route', message: 'No route', data: { status: 404 } });
      else json(response, 200, INDEX);
    });
    const result = await diagnoseWordPress({ siteUrl: url, ...credentials });
    expect(result.status).toBe('rest_disabled');
    expect(result.message).toContain('/wp/v2/users/me');
  });

  it('follows the advertised REST root, wherever the site put it', async () => {
    const url = await serve(({ url }, response) => {
      if (url === '/')
        response.writeHead(200, { Link: '</api/>; rel="https://api.w.org/"', 'Content-Type': 'text/html' }).end('<html></html>');
      else if (url === '/api/') json(response, 200, INDEX);
      else if (url.startsWith('/api/wp/v2/users/me'))
        json(response, 200, { id: 3, name: 'Ed', roles: ['editor'], capabilities: { publish_posts: true, upload_files: 1 } });
      else json(response, 404, {});
    });
    expect(await diagnoseWordPress({ siteUrl: url, ...credentials })).toMatchObject({
      status: 'ok',
      restRoot: `${url}/api/`,
      canUpload: true,
    });
  });

  it('site error: the site fails while checking the account', async () => {
    const url = await serve(({ url }, response) => {
      if (url.startsWith('/wp-json/wp/v2/users/me'))
        response.writeHead(500, { 'Content-Type': 'text/html' }).end('<h1>Error establishing a database connection</h1>');
      else json(response, 200, INDEX);
    });
    const result = await diagnoseWordPress({ siteUrl: url, ...credentials });
    expect(result).toMatchObject({ status: 'site_error', restRoot: `${url}/wp-json/` });
    expect(result.message).toContain('server error (500)');
  });

  it('site error: a WordPress whose database is down fails every page with 500', async () => {
    const url = await serve(
      (_, response) =>
        void response.writeHead(500, { 'Content-Type': 'text/html' }).end('<h1>Error establishing a database connection</h1>'),
    );
    const result = await diagnoseWordPress({ siteUrl: url, ...credentials });
    expect(result).toEqual({
      status: 'site_error',
      message: `${url.slice(7)} answers with server errors (500): the site may be down or broken. Try again later.`,
    });
  });

  it('bad address: refused before any request, credentials in the URL included', async () => {
    expect((await diagnoseWordPress({ siteUrl: 'ftp://example.com', ...credentials })).status).toBe('bad_address');
    const result = await diagnoseWordPress({ siteUrl: 'https://editor:secret@example.com', ...credentials });
    expect(result).toEqual({
      status: 'bad_address',
      message: 'Put the username and password in their own fields, not in the site address.',
    });
  });
});
