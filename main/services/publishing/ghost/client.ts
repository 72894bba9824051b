import { type z } from 'zod';
import { type Logger } from '../../ipc/dispatcher';
import { PublishError } from '../errors';
import { readJson, send, type FetchLike, type HttpRequest } from '../http';
import { below, parseSiteUrl } from '../site-url';
import { ghostError } from './errors';
import { clientGuidTagSlug } from './markers';
import { GhostImages, GhostPosts, GhostSite, type GhostPost } from './schemas';
import { adminToken, parseAdminKey } from './token';

export interface GhostAccount {
  siteUrl: string;
  /** `id:secret` from Ghost Admin → Settings → Integrations. */
  adminKey: string;
}

export interface GhostClientOptions {
  timeoutMs?: number;
  uploadTimeoutMs?: number;
  fetch?: FetchLike;
  log?: Logger;
  signal?: AbortSignal;
  /** The clock tokens are issued by; Ghost refuses them when it is more than 5 min behind. */
  now?: () => number;
}

export interface GhostPostFields {
  title?: string;
  /** Sent with `?source=html`: without it Ghost ignores `html`. */
  html?: string;
  status?: 'draft' | 'published' | 'scheduled';
  published_at?: string | null;
  slug?: string;
  custom_excerpt?: string | null;
  feature_image?: string | null;
  feature_image_alt?: string | null;
  feature_image_caption?: string | null;
  /** Replaces the post's tags: include `clientGuidTag(guid)` every time. */
  tags?: { name: string }[];
}

// Ghost 5 answers every Admin API version it knows when told the oldest one we understand.
const ACCEPT_VERSION = 'v5.0';
const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]+/g;

/**
 * A Ghost Admin API client for one integration key. Every request carries a fresh token; the
 * key's secret stays in this closure, and neither it nor a token appears in errors or logs.
 */
export function createGhostClient(account: GhostAccount, options: GhostClientOptions = {}) {
  const { timeoutMs = 30_000, uploadTimeoutMs = 120_000, fetch: fetchImpl, log, signal, now = Date.now } = options;
  const key = parseAdminKey(account.adminKey);
  const api = below(parseSiteUrl(account.siteUrl), 'ghost/api/admin/');
  const secretHex = key.secret.toString('hex');
  const scrub = (text: string) => text.replace(JWT, '[redacted]').split(secretHex).join('[redacted]');

  interface Call {
    method: HttpRequest['method'];
    path: string;
    action: string;
    query?: Record<string, string>;
    json?: unknown;
    form?: FormData;
    timeoutMs?: number;
  }

  async function call<S extends z.ZodType>(request: Call, schema: S): Promise<z.output<S>> {
    const url = new URL(request.path, api);
    for (const [name, value] of Object.entries(request.query ?? {})) url.searchParams.set(name, value);
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Version': ACCEPT_VERSION,
      Authorization: `Ghost ${adminToken(key, now())}`,
    };
    if (request.json !== undefined) headers['Content-Type'] = 'application/json';
    try {
      const body = request.json !== undefined ? JSON.stringify(request.json) : request.form;
      const response = await send(
        { method: request.method, url, headers, body, timeoutMs: request.timeoutMs ?? timeoutMs, signal },
        fetchImpl,
      );
      if (response.status < 200 || response.status > 299) throw ghostError(response, request.action);
      return readJson(response, schema, `the request to ${request.action}`);
    } catch (error) {
      if (!(error instanceof PublishError)) throw error;
      const clean = new PublishError(error.kind, scrub(error.message), error.details);
      log?.warn('ghost request failed', {
        method: request.method,
        path: request.path,
        kind: clean.kind,
        status: clean.details.status,
        code: clean.details.code,
      });
      throw clean;
    }
  }

  const onePost = async (request: Call): Promise<GhostPost> => {
    const { posts } = await call(request, GhostPosts);
    if (posts.length !== 1)
      throw new PublishError('bad_response', `Ghost answered the request to ${request.action} with ${posts.length} posts.`);
    return posts[0]!;
  };
  const html = { source: 'html', formats: 'html' };

  return {
    async site() {
      return (await call({ method: 'GET', path: 'site/', action: 'read the site' }, GhostSite)).site;
    },

    /** Whether the key may use the Admin API at all: one post id, or a PublishError. */
    async checkAccess() {
      await call({ method: 'GET', path: 'posts/', query: { limit: '1', fields: 'id' }, action: 'read posts' }, GhostPosts);
    },

    createPost(fields: GhostPostFields) {
      return onePost({ method: 'POST', path: 'posts/', query: html, json: { posts: [fields] }, action: 'create posts' });
    },

    /** `updatedAt` is the post's `updated_at` as last read: Ghost answers 409 if it moved since. */
    updatePost(id: string, updatedAt: string, fields: GhostPostFields) {
      return onePost({
        method: 'PUT',
        path: `posts/${encodeURIComponent(id)}/`,
        query: html,
        json: { posts: [{ ...fields, updated_at: updatedAt }] },
        action: 'update this post',
      });
    },

    getPost(id: string) {
      return onePost({
        method: 'GET',
        path: `posts/${encodeURIComponent(id)}/`,
        query: { formats: 'html' },
        action: 'read this post',
      });
    },

    /** The post carrying this client GUID's internal tag, if its create happened. */
    async findPostByClientGuid(clientGuid: string) {
      const { posts } = await call(
        {
          method: 'GET',
          path: 'posts/',
          query: { filter: `tag:${clientGuidTagSlug(clientGuid)}`, formats: 'html', limit: '2' },
          action: 'look for the post',
        },
        GhostPosts,
      );
      return posts[0] ?? null;
    },

    /** Uploads an image (multipart); Ghost answers with its URL, and echoes `ref`. */
    async uploadImage(bytes: Uint8Array, filename: string, mime: string, ref?: string) {
      const form = new FormData();
      form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }), filename);
      form.append('purpose', 'image');
      if (ref) form.append('ref', ref);
      const { images } = await call(
        { method: 'POST', path: 'images/upload/', form, timeoutMs: uploadTimeoutMs, action: 'upload images' },
        GhostImages,
      );
      return images[0]!;
    },
  };
}

export type GhostClient = ReturnType<typeof createGhostClient>;
