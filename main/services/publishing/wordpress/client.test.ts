import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_RESPONSE_BYTES } from '../http';
import { json, startStub, type StubHandler, type StubServer } from '../testing/stub-server';
import { createWordPressClient, type WordPressClientOptions } from './client';
import { failure } from '../testing/failure';

// The client against hostile and failing servers. The real WordPress is in client.wp.ts.

const PASSWORD = 'abcd EFGH ijkl MNOP qrst UVWX';
const BASIC = Buffer.from(`editor:${PASSWORD}`).toString('base64');
const POST = {
  id: 7,
  status: 'draft',
  slug: 'x',
  link: 'http://x/?p=7',
  date_gmt: null,
  modified_gmt: '2026-01-01T00:00:00',
  title: { rendered: 'T', raw: 'T' },
  content: { rendered: '', raw: '' },
  excerpt: { rendered: '', raw: '' },
  featured_media: 0,
  categories: [1],
  tags: [],
};

let stub: StubServer | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

async function clientFor(handler: StubHandler, options: WordPressClientOptions = {}) {
  stub = await startStub(handler);
  return createWordPressClient({ restRoot: `${stub.url}/wp-json/`, username: 'editor', appPassword: PASSWORD }, options);
}

describe('WordPress client requests', () => {
  it('sends basic auth, JSON and the route under the REST root', async () => {
    const client = await clientFor((_, response) => json(response, 201, POST));
    await client.createPost({ title: 'T', status: 'draft' });
    const [request] = stub!.requests;
    expect(request).toMatchObject({ method: 'POST', url: '/wp-json/wp/v2/posts' });
    expect(request!.headers.authorization).toBe(`Basic ${BASIC}`);
    expect(JSON.parse(request!.body.toString())).toEqual({ title: 'T', status: 'draft' });
  });

  it('uses ?rest_route= when that is the root', async () => {
    stub = await startStub((_, response) => json(response, 200, POST));
    const client = createWordPressClient({ restRoot: `${stub.url}/?rest_route=/`, username: 'e', appPassword: PASSWORD });
    await client.getPost(7);
    expect(stub.requests[0]!.url).toBe('/?rest_route=%2Fwp%2Fv2%2Fposts%2F7&context=edit');
  });

  it('uploads raw bytes with an ASCII file name and the name as title', async () => {
    const client = await clientFor((_, response) =>
      json(response, 201, {
        id: 9,
        source_url: 'u',
        mime_type: 'image/png',
        alt_text: '',
        title: { rendered: 't' },
        caption: { rendered: '' },
      }),
    );
    await client.uploadMedia(new Uint8Array([1, 2, 3]), 'Гавань "утром".PNG', 'image/png');
    const [request] = stub!.requests;
    expect(request!.headers['content-disposition']).toBe('attachment; filename="gavan-utrom.png"');
    expect(request!.headers['content-type']).toBe('image/png');
    expect(request!.url).toBe('/wp-json/wp/v2/media?title=gavan-utrom');
    expect([...request!.body]).toEqual([1, 2, 3]);
  });

  it('follows X-WP-TotalPages when listing terms', async () => {
    const client = await clientFor(({ url }, response) => {
      const page = Number(new URL(url, 'http://x').searchParams.get('page'));
      const terms = Array.from({ length: page === 1 ? 100 : 3 }, (_, i) => ({
        id: page * 1000 + i,
        name: `t${i}`,
        slug: `t${i}`,
      }));
      json(response, 200, terms, { 'X-WP-TotalPages': '2' });
    });
    expect(await client.listTerms('tags')).toHaveLength(103);
  });
});

describe('WordPress client on a hostile boundary', () => {
  it.each([
    ['malformed JSON', 'text/plain', '{"id": 7,', /something that is not JSON, starting "\{"id": 7,"/],
    ['HTML instead of JSON', 'text/html', '<!DOCTYPE html><html><body>Home</body></html>', /a web page instead of data/],
    [
      'a PHP warning before the JSON',
      'application/json',
      `<br />\n<b>Warning</b>: Undefined index in x.php<br />${JSON.stringify(POST)}`,
      /PHP warning/,
    ],
    ['nothing at all', 'application/json', '', /answered the request to read this post with nothing/],
    ['the wrong shape', 'application/json', JSON.stringify({ ...POST, id: '7' }), /does not understand \(id: /],
  ])('%s → bad_response, not a crash', async (_, type, body, message) => {
    const client = await clientFor((__, response) => void response.writeHead(200, { 'Content-Type': type }).end(body));
    const error = await failure(client.getPost(7));
    expect(error).toMatchObject({ kind: 'bad_response', retryable: false });
    expect(error.message).toMatch(message);
  });

  it.each([
    [500, 'server', true],
    [502, 'server', true],
    [503, 'server', true],
    [504, 'server', true],
    [429, 'rate_limited', true],
    [401, 'credentials', false],
    [413, 'rejected', false],
  ] as const)('HTTP %i → %s (retryable: %s)', async (status, kind, retryable) => {
    const client = await clientFor((_, response) => void response.writeHead(status, { 'Retry-After': '7' }).end('<h1>oops</h1>'));
    const error = await failure(client.createPost({ title: 'T' }));
    expect(error).toMatchObject({ kind, retryable, details: { status } });
    if (status === 429) expect(error.details.retryAfterMs).toBe(7000);
  });

  it.each([
    [
      403,
      'rest_cannot_publish',
      'permission',
      'This WordPress account may not publish posts: ask an editor to publish it, or send it for review.',
    ],
    [403, 'rest_cannot_create', 'permission', 'This WordPress account may not create posts (rest_cannot_create).'],
    [404, 'rest_no_route', 'not_cms', '127.0.0.1'],
    [404, 'rest_post_invalid_id', 'not_found', 'Could not create posts: it no longer exists'],
    [501, 'application_passwords_disabled', 'credentials', 'does not accept application passwords'],
    [400, 'rest_invalid_param', 'rejected', 'Invalid parameter(s): status status is not one of draft, publish.'],
    // The review plugin's own sentence, without WordPress's generic wrapping.
    [403, 'copydesk_not_approved', 'permission', 'WordPress refused: Invalid parameter(s): status'],
    [400, 'copydesk_audit_rewritten', 'rejected', 'WordPress refused: Invalid parameter(s): status'],
  ] as const)('HTTP %i %s → %s', async (status, code, kind, message) => {
    const client = await clientFor((_, response) =>
      json(response, status, {
        code,
        message: 'Invalid parameter(s): status',
        data: { status, params: { status: 'status is not one of draft, publish.' } },
      }),
    );
    const error = await failure(client.createPost({ title: 'T' }));
    expect(error).toMatchObject({ kind, retryable: false, details: { status, code } });
    expect(error.message).toContain(message);
  });

  it('403 from a firewall, not WordPress, says so', async () => {
    const client = await clientFor(
      (_, response) => void response.writeHead(403, { 'Content-Type': 'text/html' }).end('<h1>Access denied</h1>'),
    );
    expect((await failure(client.uploadMedia(new Uint8Array(1), 'a.png', 'image/png'))).message).toMatch(
      /refused to upload media \(403\).*firewall/,
    );
  });

  it('never follows a redirect: a POST must not silently become a GET elsewhere', async () => {
    const client = await clientFor(
      (_, response) => void response.writeHead(301, { Location: 'https://elsewhere.example/wp-json/wp/v2/posts' }).end(),
    );
    const error = await failure(client.createPost({ title: 'T' }));
    expect(error).toMatchObject({ kind: 'redirected', retryable: false });
    expect(error.message).toContain('https://elsewhere.example/');
    expect(stub!.requests).toHaveLength(1);
  });

  it('times out: retryable', async () => {
    const client = await clientFor(() => undefined, { timeoutMs: 200 });
    expect(await failure(client.getPost(7))).toMatchObject({ kind: 'timeout', retryable: true });
  });

  it('a connection dropped mid-answer: retryable', async () => {
    const client = await clientFor((_, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
      response.write('{"id":');
      setTimeout(() => response.destroy(), 20);
    });
    expect(await failure(client.getPost(7))).toMatchObject({ kind: 'unreachable', retryable: true });
  });

  it('an endless answer is cut off', async () => {
    const client = await clientFor((_, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(Buffer.alloc(MAX_RESPONSE_BYTES + 1, 32));
    });
    expect((await failure(client.getPost(7))).message).toMatch(/larger than 16 MB/);
  });
});

describe('WordPress client secrets', () => {
  it('never puts the password or the Authorization header in errors or logs, even when the server echoes them', async () => {
    const lines: unknown[] = [];
    const log = { warn: (...args: unknown[]) => lines.push(args), error: (...args: unknown[]) => lines.push(args) };
    const client = await clientFor(
      ({ headers }, response) =>
        json(response, 400, {
          code: `bad_${PASSWORD}`,
          message: `You sent ${headers.authorization} and ${PASSWORD} (${PASSWORD.replace(/ /g, '')})`,
        }),
      { log },
    );
    const error = await failure(client.createPost({ title: 'T' }));
    const everything = [
      error.message,
      error.stack,
      JSON.stringify(error),
      inspect(error),
      JSON.stringify(lines),
      inspect(client),
      JSON.stringify(client),
    ].join('\n');
    expect(lines).toHaveLength(1);
    expect(everything).toContain('[redacted]');
    for (const secret of [PASSWORD, PASSWORD.replace(/ /g, ''), BASIC]) expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/authorization/i);
  });
});
