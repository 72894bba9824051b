import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';

// Ghost cannot be installed here (it needs Node 22 and network installs), so its adapter is
// tested against this loopback server, which implements the documented Admin API contract the
// adapter relies on, with Ghost's status codes, error shapes and messages:
// - token auth as Ghost 5 does it (core/server/services/auth/api-key/admin.js + jsonwebtoken):
//   `Authorization: Ghost <jwt>`, kid names the key, HS256 with the hex-decoded secret, aud
//   matching /?admin/?$, exp in the future and iat no older than 5 min (maxAge), no tolerance;
// - posts: browse (filter by tag slug), read, add and edit with `?source=html`, delete;
//   edit requires `updated_at` and answers 409 UPDATE_COLLISION when it is stale;
// - images: multipart upload with `file`, `purpose` and `ref`.

export interface StoredPost {
  id: string;
  uuid: string;
  title: string;
  slug: string;
  html: string | null;
  status: string;
  url: string;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  feature_image: string | null;
  custom_excerpt: string | null;
  tags: { id: string; name: string; slug: string; visibility: 'public' | 'internal' }[];
}

export interface GhostContractServer {
  url: string;
  adminKey: string;
  posts: Map<string, StoredPost>;
  images: { name: string; type: string; size: number }[];
  close(): Promise<void>;
}

export interface GhostContractOptions {
  /** The server's clock (also sent as the Date header): shift it to test clock skew. */
  now?: () => number;
}

const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const IMAGE_TYPES = new Map([
  ['jpg', 'image/jpeg'],
  ['jpeg', 'image/jpeg'],
  ['png', 'image/png'],
  ['gif', 'image/gif'],
  ['webp', 'image/webp'],
  ['svg', 'image/svg+xml'],
  ['ico', 'image/x-icon'],
]);
const EDITABLE = ['title', 'html', 'status', 'slug', 'published_at', 'feature_image', 'custom_excerpt', 'tags'] as const;

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly code: string | null = null,
    readonly context: string | null = null,
  ) {
    super(message);
  }
}

const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/^#/, 'hash-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'untitled';

function decodePart(part: string | undefined): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Ghost's checks, in Ghost's order, with jsonwebtoken's messages. */
function verifyToken(header: string | undefined, keyId: string, secret: Buffer, nowS: number): void {
  if (!header) {
    throw new ApiError(
      403,
      'NoPermissionError',
      'Authorization failed',
      null,
      'Unable to determine the authenticated user or integration. Check that cookies are being passed through if using session authentication.',
    );
  }
  const [scheme, token = ''] = header.split(' ');
  if (!/^Ghost$/i.test(scheme ?? ''))
    throw new ApiError(
      401,
      'UnauthorizedError',
      'Authorization header format is "Authorization: Ghost [token]"',
      'INVALID_AUTH_HEADER',
    );
  const parts = token.split('.');
  const head = decodePart(parts[0]);
  const payload = decodePart(parts[1]);
  if (parts.length !== 3 || !head || !payload) throw new ApiError(400, 'BadRequestError', 'Invalid token', 'INVALID_JWT');
  if (!head.kid) throw new ApiError(400, 'BadRequestError', 'Admin API kid missing.', 'MISSING_ADMIN_API_KID');
  if (head.kid !== keyId) throw new ApiError(401, 'UnauthorizedError', 'Unknown Admin API Key', 'UNKNOWN_ADMIN_API_KEY');
  const invalid = (reason: string) => new ApiError(401, 'UnauthorizedError', `Invalid token: ${reason}`, 'INVALID_JWT');
  if (head.alg !== 'HS256') throw invalid('invalid algorithm');
  const expected = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2]!, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid('invalid signature');
  if (typeof payload.exp === 'number' && nowS >= payload.exp) throw invalid('jwt expired');
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (!audiences.some((aud) => typeof aud === 'string' && /\/?admin\/?$/.test(aud)))
    throw invalid('jwt audience invalid. expected: /\\/?admin\\/?$/');
  if (typeof payload.iat !== 'number') throw invalid('iat required when maxAge is specified');
  if (nowS >= payload.iat + 300) throw invalid('maxAge exceeded');
}

export async function startGhostContractServer(options: GhostContractOptions = {}): Promise<GhostContractServer> {
  const now = options.now ?? Date.now;
  const keyId = hex(12);
  const secret = randomBytes(32);
  const posts = new Map<string, StoredPost>();
  const images: GhostContractServer['images'] = [];
  let base = '';
  let lastStamp = 0;

  // Ghost's timestamps have millisecond resolution; each save must move updated_at.
  const stamp = () => new Date((lastStamp = Math.max(now(), lastStamp + 1))).toISOString();

  const uniqueSlug = (wanted: string, id: string) => {
    let slug = wanted;
    for (let n = 2; [...posts.values()].some((p) => p.slug === slug && p.id !== id); n += 1) slug = `${wanted}-${n}`;
    return slug;
  };

  function apply(post: StoredPost, input: Record<string, unknown>, source: string | null): void {
    if (typeof input.title === 'string') post.title = input.title;
    if (typeof input.html === 'string' && source === 'html') post.html = input.html; // Ghost ignores html without ?source=html
    if (typeof input.custom_excerpt === 'string' || input.custom_excerpt === null) post.custom_excerpt = input.custom_excerpt;
    if (typeof input.feature_image === 'string' || input.feature_image === null) post.feature_image = input.feature_image;
    if (typeof input.published_at === 'string' || input.published_at === null) post.published_at = input.published_at;
    if (typeof input.status === 'string') {
      if (!['draft', 'published', 'scheduled'].includes(input.status)) {
        throw new ApiError(
          422,
          'ValidationError',
          'Validation error, cannot save post.',
          null,
          `Validation (isIn) failed for status`,
        );
      }
      if (input.status === 'scheduled' && !(post.published_at && Date.parse(post.published_at) > now() + 2 * 60_000)) {
        throw new ApiError(422, 'ValidationError', 'Date must be at least 2 minutes in the future.');
      }
      if (input.status === 'published' && !post.published_at) post.published_at = new Date(now()).toISOString();
      post.status = input.status;
    }
    if (Array.isArray(input.tags)) {
      post.tags = input.tags.map((tag: unknown) => {
        const name = typeof tag === 'string' ? tag : String((tag as { name?: unknown }).name ?? '');
        return {
          id: hex(12),
          name,
          slug: slugify(name),
          visibility: name.startsWith('#') ? ('internal' as const) : ('public' as const),
        };
      });
    }
    post.slug = uniqueSlug(
      typeof input.slug === 'string' && input.slug ? slugify(input.slug) : post.slug || slugify(post.title),
      post.id,
    );
    post.url = post.status === 'published' ? `${base}/${post.slug}/` : `${base}/p/${post.uuid}/`;
  }

  const view = (post: StoredPost, formats: string | null) =>
    formats?.split(',').includes('html') ? post : { ...post, html: undefined };

  function onePostBody(body: unknown): Record<string, unknown> {
    const list = (body as { posts?: unknown } | null)?.posts;
    if (!Array.isArray(list) || list.length !== 1 || typeof list[0] !== 'object' || !list[0]) {
      throw new ApiError(422, 'ValidationError', 'Validation error, cannot save post.', null, "No root key ('posts') provided.");
    }
    return list[0] as Record<string, unknown>;
  }

  function findPost(id: string): StoredPost {
    const post = posts.get(id);
    if (!post) throw new ApiError(404, 'NotFoundError', 'Post not found.');
    return post;
  }

  async function route(request: IncomingMessage, raw: Buffer): Promise<[number, unknown]> {
    const url = new URL(request.url ?? '/', base);
    const path = url.pathname.replace(/^\/ghost\/api\/admin\//, '');
    if (path === url.pathname) throw new ApiError(404, 'NotFoundError', 'Resource not found');
    const method = request.method ?? 'GET';
    if (method === 'GET' && path === 'site/') {
      return [
        200,
        {
          site: {
            title: 'Contract Ghost',
            description: null,
            logo: null,
            icon: null,
            accent_color: null,
            locale: 'en',
            url: `${base}/`,
            version: '5.0',
          },
        },
      ];
    }
    verifyToken(request.headers.authorization, keyId, secret, Math.floor(now() / 1000));
    const json = () => {
      try {
        return JSON.parse(raw.toString('utf8')) as unknown;
      } catch {
        throw new ApiError(400, 'BadRequestError', 'Request body is not valid JSON.');
      }
    };
    const formats = url.searchParams.get('formats');
    const source = url.searchParams.get('source');
    const postId = /^posts\/([^/]+)\/$/.exec(path)?.[1];

    if (method === 'GET' && path === 'posts/') {
      const filter = url.searchParams.get('filter');
      let list = [...posts.values()];
      if (filter) {
        const tag = /^(?:tag|tags|tags\.slug):([a-z0-9-]+)$/.exec(filter)?.[1];
        if (!tag) throw new ApiError(400, 'BadRequestError', 'Error parsing filter');
        list = list.filter((post) => post.tags.some((t) => t.slug === tag));
      }
      const limit = Number(url.searchParams.get('limit') ?? 15);
      const fields = url.searchParams.get('fields')?.split(',');
      const page = list
        .slice(0, limit)
        .map((post) => (fields ? Object.fromEntries(fields.map((f) => [f, post[f as keyof StoredPost]])) : view(post, formats)));
      return [
        200,
        {
          posts: page,
          meta: {
            pagination: {
              page: 1,
              limit,
              pages: Math.max(1, Math.ceil(list.length / limit)),
              total: list.length,
              next: null,
              prev: null,
            },
          },
        },
      ];
    }
    if (method === 'POST' && path === 'posts/') {
      const input = onePostBody(json());
      const created = new Date(now()).toISOString();
      const post: StoredPost = {
        id: hex(12),
        uuid: randomUUID(),
        title: '(Untitled)',
        slug: '',
        html: null,
        status: 'draft',
        url: '',
        created_at: created,
        updated_at: stamp(),
        published_at: null,
        feature_image: null,
        custom_excerpt: null,
        tags: [],
      };
      apply(post, input, source);
      posts.set(post.id, post);
      return [201, { posts: [view(post, formats)] }];
    }
    if (postId && method === 'GET') return [200, { posts: [view(findPost(postId), formats)] }];
    if (postId && method === 'PUT') {
      const post = findPost(postId);
      const input = onePostBody(json());
      if (typeof input.updated_at !== 'string') {
        throw new ApiError(
          422,
          'ValidationError',
          'Validation error, cannot edit post.',
          null,
          'Validation (isRequired) failed for updated_at',
        );
      }
      const next = structuredClone(post);
      apply(next, input, source);
      const changed = EDITABLE.some((field) => JSON.stringify(next[field]) !== JSON.stringify(post[field]));
      if (changed && Date.parse(input.updated_at) !== Date.parse(post.updated_at)) {
        throw new ApiError(409, 'UpdateCollisionError', 'Saving failed! Someone else is editing this post.', 'UPDATE_COLLISION');
      }
      if (changed) next.updated_at = stamp();
      posts.set(post.id, next);
      return [200, { posts: [view(next, formats)] }];
    }
    if (postId && method === 'DELETE') {
      findPost(postId);
      posts.delete(postId);
      return [204, null];
    }
    if (method === 'POST' && path === 'images/upload/') {
      const form = await new Request(url, {
        method,
        headers: { 'content-type': request.headers['content-type'] ?? '' },
        body: new Uint8Array(raw),
      })
        .formData()
        .catch(() => null);
      const file = form?.get('file');
      if (!form || !(file instanceof File)) throw new ApiError(422, 'ValidationError', 'Please select an image.');
      const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
      if (IMAGE_TYPES.get(ext) !== file.type)
        throw new ApiError(415, 'UnsupportedMediaTypeError', 'Please select a valid image.');
      images.push({ name: file.name, type: file.type, size: file.size });
      const day = new Date(now());
      const folder = `${day.getUTCFullYear()}/${String(day.getUTCMonth() + 1).padStart(2, '0')}`;
      const ref = form.get('ref');
      return [
        201,
        {
          images: [
            {
              url: `${base}/content/images/${folder}/${slugify(file.name.replace(/\.[^.]*$/, ''))}-${images.length}.${ext}`,
              ref: typeof ref === 'string' ? ref : null,
            },
          ],
        },
      ];
    }
    throw new ApiError(404, 'NotFoundError', 'Resource not found');
  }

  const send = (response: ServerResponse, status: number, body: unknown) => {
    response.setHeader('Date', new Date(now()).toUTCString());
    if (body === null) return void response.writeHead(status).end();
    response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      route(request, Buffer.concat(chunks)).then(
        ([status, body]) => send(response, status, body),
        (error: unknown) => {
          if (!(error instanceof ApiError))
            return send(response, 500, { errors: [{ message: String(error), type: 'InternalServerError' }] });
          send(response, error.status, {
            errors: [
              {
                message: error.message,
                context: error.context,
                type: error.type,
                details: null,
                property: null,
                help: null,
                code: error.code,
                id: randomUUID(),
                ghostErrorCode: null,
              },
            ],
          });
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    adminKey: `${keyId}:${secret.toString('hex')}`,
    posts,
    images,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
