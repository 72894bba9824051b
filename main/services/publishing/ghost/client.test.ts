import { createHmac, randomUUID } from 'node:crypto';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGhostContractServer, type GhostContractServer } from '../../../../e2e/ghost/contract-server';
import { json, startStub, type StubServer } from '../testing/stub-server';
import { createGhostClient, type GhostClientOptions } from './client';
import { clientGuidTag } from './markers';
import { adminToken, parseAdminKey } from './token';
import { failure } from '../testing/failure';

// The Ghost adapter's client against the loopback contract server (e2e/ghost/contract-server.ts).

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGM4IScHAAK2AQU0pnWqAAAAAElFTkSuQmCC', 'base64');
const HTML = '<p>Boats came in at dawn.</p><blockquote><p>The sea was calm.</p></blockquote>';

let ghost: GhostContractServer;
let stub: StubServer | undefined;
beforeEach(async () => {
  ghost = await startGhostContractServer();
});
afterEach(async () => {
  await ghost.close();
  await stub?.close();
  stub = undefined;
});

const client = (options: GhostClientOptions = {}, adminKey = ghost.adminKey) =>
  createGhostClient({ siteUrl: ghost.url, adminKey }, options);

describe('Ghost Admin API token', () => {
  it('is an HS256 JWT: kid = key id, aud /admin/, exp = iat + 5 min, signed with the hex-decoded secret', () => {
    const key = parseAdminKey(ghost.adminKey);
    const token = adminToken(key, Date.UTC(2026, 0, 1, 12, 0, 0, 999));
    const [header, payload, signature] = token.split('.');
    expect(JSON.parse(Buffer.from(header!, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT', kid: key.id });
    const iat = Date.UTC(2026, 0, 1, 12, 0, 0) / 1000;
    expect(JSON.parse(Buffer.from(payload!, 'base64url').toString())).toEqual({ iat, exp: iat + 300, aud: '/admin/' });
    expect(signature).toBe(
      createHmac('sha256', Buffer.from(ghost.adminKey.split(':')[1]!, 'hex'))
        .update(`${header}.${payload}`)
        .digest('base64url'),
    );
  });

  it.each(['', 'abc', '0123456789abcdef01234567', '0123456789abcdef01234567:zz', `${'a'.repeat(26)}`])(
    'refuses the malformed key %j before any request',
    (key) => {
      expect(() => client({}, key)).toThrowError(/not a Ghost Admin API key/);
    },
  );
});

describe('Ghost client against the contract server', () => {
  it('creates with ?source=html, finds the post by its client GUID tag, updates with updated_at', async () => {
    const ghostClient = client();
    const guid = randomUUID();
    expect(await ghostClient.findPostByClientGuid(guid)).toBeNull();
    const created = await ghostClient.createPost({
      title: 'Harbour at dawn',
      html: HTML,
      status: 'draft',
      tags: [{ name: 'News' }, clientGuidTag(guid)],
    });
    expect(created).toMatchObject({ title: 'Harbour at dawn', html: HTML, status: 'draft' });
    expect(created.tags?.map((tag) => tag.slug)).toEqual(['news', `hash-copydesk-${guid}`]);
    expect((await ghostClient.findPostByClientGuid(guid))?.id).toBe(created.id);

    const updated = await ghostClient.updatePost(created.id, created.updated_at, {
      status: 'published',
      tags: [clientGuidTag(guid)],
    });
    expect(updated).toMatchObject({ id: created.id, status: 'published', url: `${ghost.url}/harbour-at-dawn/` });
    expect(updated.updated_at).not.toBe(created.updated_at);
    expect((await ghostClient.getPost(created.id)).html).toBe(HTML);
    expect(ghost.posts.size).toBe(1);
  });

  it('409 UPDATE_COLLISION when the post changed since: a conflict, not retried, nothing overwritten', async () => {
    const ghostClient = client();
    const post = await ghostClient.createPost({ title: 'Ours', html: HTML });
    await client().updatePost(post.id, post.updated_at, { title: 'Theirs' });
    const error = await failure(ghostClient.updatePost(post.id, post.updated_at, { title: 'Ours again' }));
    expect(error).toMatchObject({ kind: 'conflict', retryable: false, details: { status: 409, code: 'UPDATE_COLLISION' } });
    expect(ghost.posts.get(post.id)?.title).toBe('Theirs');
  });

  it('uploads an image as multipart and gets its URL and ref back', async () => {
    const image = await client().uploadImage(PNG, 'harbour.png', 'image/png', 'sha-abc');
    expect(image).toEqual({
      url: expect.stringMatching(new RegExp(`^${ghost.url}/content/images/\\d{4}/\\d\\d/harbour-1\\.png$`)),
      ref: 'sha-abc',
    });
    expect(ghost.images).toEqual([{ name: 'harbour.png', type: 'image/png', size: PNG.length }]);
  });

  it('an image type Ghost does not take: rejected (415)', async () => {
    expect(await failure(client().uploadImage(PNG, 'notes.txt', 'text/plain'))).toMatchObject({
      kind: 'rejected',
      details: { status: 415 },
    });
  });

  it('a post that is gone: not_found', async () => {
    expect(await failure(client().getPost('0123456789abcdef01234567'))).toMatchObject({
      kind: 'not_found',
      details: { status: 404 },
    });
  });

  it('a clock 6 minutes behind the site: refused as a token outside its window', async () => {
    const error = await failure(client({ now: () => Date.now() - 6 * 60_000 }).checkAccess());
    expect(error).toMatchObject({ kind: 'credentials', details: { status: 401, code: 'INVALID_JWT' } });
    expect(error.message).toContain("this computer's clock is probably wrong");
  });

  it('a wrong secret or an unknown key: credentials', async () => {
    const [id, secret] = ghost.adminKey.split(':') as [string, string];
    const wrongSecret = await failure(client({}, `${id}:${secret.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'))}`).checkAccess());
    expect(wrongSecret).toMatchObject({ kind: 'credentials', details: { code: 'INVALID_JWT' } });
    expect(wrongSecret.message).toContain('invalid signature');
    const unknown = await failure(client({}, `${'f'.repeat(24)}:${secret}`).checkAccess());
    expect(unknown).toMatchObject({ kind: 'credentials', details: { code: 'UNKNOWN_ADMIN_API_KEY' } });
  });

  it.each([
    [503, 'server', true],
    [429, 'rate_limited', true],
  ] as const)('HTTP %i → %s (retryable: %s)', async (status, kind, retryable) => {
    stub = await startStub((_, response) =>
      json(response, status, { errors: [{ message: 'busy', type: 'InternalServerError' }] }),
    );
    const error = await failure(createGhostClient({ siteUrl: stub.url, adminKey: ghost.adminKey }).checkAccess());
    expect(error).toMatchObject({ kind, retryable });
  });

  it('HTML where the Admin API should be: not Ghost', async () => {
    stub = await startStub(
      (_, response) => void response.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not found</h1>'),
    );
    expect(await failure(createGhostClient({ siteUrl: stub.url, adminKey: ghost.adminKey }).checkAccess())).toMatchObject({
      kind: 'not_cms',
    });
  });

  it('never puts the secret or a token in errors or logs, even when the server echoes them', async () => {
    const secret = ghost.adminKey.split(':')[1]!;
    const lines: unknown[] = [];
    stub = await startStub(({ headers }, response) =>
      json(response, 422, { errors: [{ message: `You sent ${headers.authorization} with ${secret}`, type: 'ValidationError' }] }),
    );
    const ghostClient = createGhostClient(
      { siteUrl: stub.url, adminKey: ghost.adminKey },
      { log: { warn: (...a) => lines.push(a), error: (...a) => lines.push(a) } },
    );
    const error = await failure(ghostClient.createPost({ title: 'x' }));
    const everything = [
      error.message,
      error.stack,
      JSON.stringify(error),
      inspect(error),
      JSON.stringify(lines),
      inspect(ghostClient),
    ].join('\n');
    expect(lines).toHaveLength(1);
    expect(everything).toContain('[redacted]');
    expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
  });
});
