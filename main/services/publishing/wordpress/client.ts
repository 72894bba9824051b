import { type z } from 'zod';
import type { ReviewField } from '../../../../shared/workflow/wire';
import { type Logger } from '../../ipc/dispatcher';
import { PublishError } from '../errors';
import { readJson, send, type FetchLike, type HttpRequest } from '../http';
import { wordpressError } from './errors';
import { asciiFileName, mediaMarker, postMarkerSlug } from './markers';
import { routeUrl, type Query } from './routes';
import { WpDeleted, WpMedia, WpPost, WpTerm, WpUser } from './schemas';

export interface WordPressAccount {
  /** As found by the connection doctor: `…/wp-json/` or `…/?rest_route=/`. */
  restRoot: string;
  username: string;
  appPassword: string;
}

export interface WordPressClientOptions {
  timeoutMs?: number;
  uploadTimeoutMs?: number;
  fetch?: FetchLike;
  log?: Logger;
  signal?: AbortSignal;
}

export type PostStatus = 'draft' | 'pending' | 'publish' | 'future' | 'private';

export interface PostFields {
  title?: string;
  /** Gutenberg block markup; WordPress keeps it byte for byte in `content.raw`. */
  content?: string;
  excerpt?: string;
  status?: PostStatus;
  slug?: string;
  /** For `future`: when to publish, in UTC (`2026-12-01T08:00:00`). */
  date_gmt?: string;
  featured_media?: number;
  categories?: number[];
  tags?: number[];
  /** The newsroom workflow's review, a REST field the companion plugin registers (wire.ts). */
  copydesk_review?: ReviewField;
}

export interface MediaFields {
  alt_text?: string;
  caption?: string;
  /** The post the media item is attached to (its parent). */
  post?: number;
}

export type Taxonomy = 'categories' | 'tags';

const ANY_STATUS = 'draft,pending,future,publish,private';
const PAGE_SIZE = 100;
const MAX_TERM_PAGES = 20;

/**
 * A WordPress REST client for one account, over Application Password basic auth. Every answer is
 * validated; every failure is a PublishError whose message never contains the password: the
 * credentials live only in this closure, and whatever a server echoes back is scrubbed of them.
 */
export function createWordPressClient(account: WordPressAccount, options: WordPressClientOptions = {}) {
  const { timeoutMs = 30_000, uploadTimeoutMs = 120_000, fetch: fetchImpl, log, signal } = options;
  const token = Buffer.from(`${account.username}:${account.appPassword}`, 'utf8').toString('base64');
  const secrets = [account.appPassword, account.appPassword.replace(/\s+/g, ''), token].filter((s) => s.length >= 4);
  const scrub = (text: string) => secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), text);

  interface Call {
    method: HttpRequest['method'];
    route: string;
    /** Completes "may not …" and "could not …" in error messages. */
    action: string;
    query?: Query;
    json?: unknown;
    body?: Uint8Array;
    headers?: Record<string, string>;
    timeoutMs?: number;
  }

  async function call<S extends z.ZodType>(request: Call, schema: S): Promise<{ data: z.output<S>; headers: Headers }> {
    const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Basic ${token}`, ...request.headers };
    if (request.json !== undefined) headers['Content-Type'] = 'application/json';
    try {
      const response = await send(
        {
          method: request.method,
          url: routeUrl(account.restRoot, request.route, request.query),
          headers,
          body: request.json !== undefined ? JSON.stringify(request.json) : request.body,
          timeoutMs: request.timeoutMs ?? timeoutMs,
          signal,
        },
        fetchImpl,
      );
      if (response.status < 200 || response.status > 299) throw wordpressError(response, request.action);
      return { data: readJson(response, schema, `the request to ${request.action}`), headers: response.headers };
    } catch (error) {
      if (!(error instanceof PublishError)) throw error;
      const { code, ...rest } = error.details;
      const clean = new PublishError(error.kind, scrub(error.message), { ...rest, ...(code ? { code: scrub(code) } : {}) });
      log?.warn('wordpress request failed', {
        method: request.method,
        route: request.route,
        kind: clean.kind,
        status: clean.details.status,
        code: clean.details.code,
      });
      throw clean;
    }
  }

  /** Every post still carrying the marker slug, oldest first: more than one means a create arrived twice. */
  async function listPostsByClientGuid(clientGuid: string) {
    const { data } = await call(
      {
        method: 'GET',
        route: 'wp/v2/posts',
        query: {
          slug: postMarkerSlug(clientGuid),
          status: ANY_STATUS,
          context: 'edit',
          orderby: 'id',
          order: 'asc',
          per_page: 10,
        },
        action: 'look for the post',
      },
      WpPost.array(),
    );
    return data;
  }

  return {
    /** Who the credentials belong to, with roles and capabilities (context=edit). */
    async me() {
      const { data } = await call(
        { method: 'GET', route: 'wp/v2/users/me', query: { context: 'edit' }, action: 'read its own profile' },
        WpUser,
      );
      return data;
    },

    /**
     * Uploads one file as a new media item. The title is the file name without its extension,
     * not the image's embedded IPTC title, so the dedupe marker in the name stays searchable.
     */
    async uploadMedia(bytes: Uint8Array, filename: string, mime: string, fields: MediaFields = {}) {
      const name = asciiFileName(filename);
      // With a raw body, the other fields can only travel in the query: one request sets them all,
      // so an upload found again by its marker already has its alt text and caption.
      const { data } = await call(
        {
          method: 'POST',
          route: 'wp/v2/media',
          query: { title: name.replace(/\.[^.]*$/, ''), ...fields },
          body: bytes,
          headers: { 'Content-Type': mime, 'Content-Disposition': `attachment; filename="${name}"` },
          timeoutMs: uploadTimeoutMs,
          action: 'upload media',
        },
        WpMedia,
      );
      return data;
    },

    async updateMedia(id: number, fields: MediaFields) {
      const { data } = await call(
        { method: 'POST', route: `wp/v2/media/${id}`, json: fields, action: 'change this media item' },
        WpMedia,
      );
      return data;
    },

    /** A media item uploaded under `mediaFileName(…, sha256)`, if the site has one (see markers.ts). */
    async findMediaBySha(sha256: string) {
      const marker = mediaMarker(sha256);
      const { data } = await call(
        { method: 'GET', route: 'wp/v2/media', query: { search: marker, per_page: 10 }, action: 'search the media library' },
        WpMedia.array(),
      );
      return data.find((item) => item.title.rendered.includes(marker) || item.source_url.includes(marker)) ?? null;
    },

    async createPost(fields: PostFields) {
      const { data } = await call({ method: 'POST', route: 'wp/v2/posts', json: fields, action: 'create posts' }, WpPost);
      return data;
    },

    async updatePost(id: number, fields: PostFields) {
      const { data } = await call(
        { method: 'POST', route: `wp/v2/posts/${id}`, json: fields, action: 'update this post' },
        WpPost,
      );
      return data;
    },

    /** One page of posts (context=edit), filtered by the query: the review queue. */
    async listPosts(query: Query) {
      const { data } = await call(
        { method: 'GET', route: 'wp/v2/posts', query: { context: 'edit', per_page: PAGE_SIZE, ...query }, action: 'list posts' },
        WpPost.array(),
      );
      return data;
    },

    async getPost(id: number) {
      const { data } = await call(
        { method: 'GET', route: `wp/v2/posts/${id}`, query: { context: 'edit' }, action: 'read this post' },
        WpPost,
      );
      return data;
    },

    /** The post whose create carried this client GUID as its marker slug, if it happened. */
    async findPostByClientGuid(clientGuid: string) {
      return (await listPostsByClientGuid(clientGuid))[0] ?? null;
    },

    listPostsByClientGuid,

    /** Deletes a post for good (not to the trash): only for duplicates Copydesk itself created. */
    async deletePost(id: number) {
      await call(
        { method: 'DELETE', route: `wp/v2/posts/${id}`, query: { force: 'true' }, action: 'delete this post' },
        WpDeleted,
      );
    },

    /** All terms of a taxonomy (bounded: a site with more than 2000 gets the first 2000 by name). */
    async listTerms(taxonomy: Taxonomy) {
      const terms: WpTerm[] = [];
      for (let page = 1; page <= MAX_TERM_PAGES; page += 1) {
        const { data, headers } = await call(
          {
            method: 'GET',
            route: `wp/v2/${taxonomy}`,
            query: { per_page: PAGE_SIZE, page, orderby: 'name', hide_empty: 'false', _fields: 'id,name,slug,parent' },
            action: `list ${taxonomy}`,
          },
          WpTerm.array(),
        );
        terms.push(...data);
        if (page >= Number(headers.get('x-wp-totalpages') ?? 1) || data.length < PAGE_SIZE) break;
      }
      return terms;
    },
  };
}

export type WordPressClient = ReturnType<typeof createWordPressClient>;
