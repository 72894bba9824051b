// A small in-memory WordPress for the workflow's unit tests: the REST routes Copydesk uses (users/me,
// posts, media, uploads) and the companion plugin's rules for the copydesk_review field, as far as
// the tests lean on them. The real WordPress with the real plugin is in workflow.wp.ts.
import type { ServerResponse } from 'node:http';
import { json, startStub, type RecordedRequest, type StubServer } from '../../publishing/testing/stub-server';

export interface FakeUser {
  id: number;
  login: string;
  name: string;
  appPassword: string;
  role: 'contributor' | 'editor' | 'administrator';
}

interface Post {
  id: number;
  author: number;
  status: string;
  slug: string;
  title: string;
  content: string;
  excerpt: string;
  featured_media: number;
  categories: number[];
  tags: number[];
  modified: number;
  review: Review | null;
}

interface Media {
  id: number;
  file: string;
  bytes: Buffer;
  mime: string;
  alt_text: string;
  caption: string;
  post: number;
}

interface Entry {
  id: string;
  action: string;
  override: boolean;
  actor: { cmsUser: string };
}
interface Review {
  review: { state: string; audit: Entry[]; approval: { by: { cmsUser: string } } | null };
}

type Context = 'view' | 'edit';

const CAPS = {
  contributor: { edit_posts: true },
  editor: { edit_posts: true, publish_posts: true, edit_others_posts: true, upload_files: true, unfiltered_html: true },
  administrator: {
    edit_posts: true,
    publish_posts: true,
    edit_others_posts: true,
    upload_files: true,
    unfiltered_html: true,
    manage_options: true,
  },
} as const;

type Caps = Partial<Record<'edit_posts' | 'publish_posts' | 'edit_others_posts' | 'upload_files' | 'unfiltered_html' | 'manage_options', boolean>>;
const can = (user: FakeUser, cap: keyof Caps): boolean => (CAPS[user.role] as Caps)[cap] === true;

export const FAKE_USERS: Record<'reporter' | 'editor' | 'admin', FakeUser> = {
  reporter: { id: 2, login: 'masha', name: 'Маша Иванова', appPassword: 'aaaa bbbb cccc dddd eeee ffff', role: 'contributor' },
  editor: { id: 3, login: 'desk', name: 'Desk Editor', appPassword: 'gggg hhhh iiii jjjj kkkk llll', role: 'editor' },
  admin: { id: 1, login: 'chief', name: 'Chief', appPassword: 'mmmm nnnn oooo pppp qqqq rrrr', role: 'administrator' },
};

const CLEARED = ['approved', 'scheduled', 'published', 'corrected'];
const ON_APPROVAL = ['approved', 'scheduled'];
const EDITOR_ACTIONS = ['approve', 'startEdit', 'return', 'spike', 'restore'];
const BASE_TIME = Date.UTC(2026, 4, 1);

const wpDate = (seconds: number): string => new Date(BASE_TIME + seconds * 1000).toISOString().slice(0, 19);

/** Approved or scheduled with no approval on record, and no override since the last return to stand for it. */
function approvalMissing({ review }: Review): boolean {
  if (!ON_APPROVAL.includes(review.state) || review.approval !== null) return false;
  const since = review.audit.slice(review.audit.findLastIndex((entry) => entry.action === 'return') + 1);
  return !since.some((entry) => entry.override);
}

/** Whether the review on the site lets its post go live: approved on record, or published already. */
const cleared = (review: Review | null): boolean =>
  review !== null && CLEARED.includes(review.review.state) && (review.review.approval !== null || !ON_APPROVAL.includes(review.review.state));

/**
 * The plugin's checks on a write of the field: coherent, append-only, in this user's name,
 * approval by editors, no publishing without an approval on record.
 */
function pluginRefusal(before: Review | null, incoming: Review | undefined, user: FakeUser, status: string, wasLive: boolean): string | null {
  const appended: Entry[] = [];
  if (incoming) {
    if (approvalMissing(incoming)) return 'copydesk_invalid';
    const old = before?.review.audit ?? [];
    const now = incoming.review.audit;
    if (now.length < old.length || old.some((entry, i) => JSON.stringify(entry) !== JSON.stringify(now[i]))) return 'copydesk_audit_rewritten';
    appended.push(...now.slice(old.length));
    const editorOnly =
      appended.some((entry) => EDITOR_ACTIONS.includes(entry.action)) ||
      JSON.stringify(before?.review.approval ?? null) !== JSON.stringify(incoming.review.approval);
    if (editorOnly && !can(user, 'edit_others_posts')) return 'copydesk_forbidden';
    if (appended.some((entry) => entry.actor.cmsUser !== user.login)) return 'copydesk_forged_actor';
  }
  if ((before === null && !incoming) || wasLive || !['publish', 'future'].includes(status)) return null;
  if (cleared(before)) return null;
  if (appended.some((entry) => entry.override) && can(user, 'manage_options')) return null;
  return 'copydesk_not_approved';
}

export interface FakeWordPress extends StubServer {
  users: typeof FAKE_USERS;
  posts: Map<number, Post>;
  media: Map<number, Media>;
  /** Changes a post as someone in wp-admin would: its modified time moves. */
  editOnSite(id: number, fields: Partial<Pick<Post, 'title' | 'content' | 'status'>>): void;
  /** The next request whose method and path match answers this error instead. */
  failNext(method: string, path: RegExp, status: number, code: string, message: string): void;
  /** What a write by an account without unfiltered_html stores (WordPress's kses); identity by default. */
  kses: (content: string) => string;
  /** Requests that reached a route, as `METHOD /path`. */
  calls(): string[];
}

export async function startFakeWordPress(): Promise<FakeWordPress> {
  const posts = new Map<number, Post>();
  const media = new Map<number, Media>();
  let nextId = 100;
  let clock = 0;
  const faults: { method: string; path: RegExp; status: number; code: string; message: string }[] = [];
  let base = '';

  const userOf = (request: RecordedRequest): FakeUser | undefined => {
    const header = request.headers.authorization ?? '';
    const [login, password] = Buffer.from(header.replace(/^Basic /, ''), 'base64').toString('utf8').split(':');
    return Object.values(FAKE_USERS).find((u) => u.login === login && u.appPassword === password);
  };

  const rendered = (text: string, context: Context = 'edit') => (context === 'edit' ? { rendered: text, raw: text } : { rendered: text });
  /** As WordPress with the plugin answers: raw text in the edit context only; the review to editors and the author, else left out of a view. */
  const postJson = (post: Post, user: FakeUser, context: Context = 'edit') => {
    const review = mayEdit(user, post) || post.author === user.id ? post.review : null;
    return {
      id: post.id,
      author: post.author,
      status: post.status,
      slug: post.slug,
      link: `${base}/?p=${post.id}`,
      date_gmt: null,
      modified_gmt: wpDate(post.modified),
      title: rendered(post.title, context),
      content: rendered(post.content, context),
      excerpt: rendered(post.excerpt, context),
      featured_media: post.featured_media,
      categories: post.categories,
      tags: post.tags,
      ...(review === null && context === 'view' ? {} : { copydesk_review: review }),
    };
  };
  const contextOf = (url: URL): Context => (url.searchParams.get('context') === 'edit' ? 'edit' : 'view');
  /** What a user may read at all: published posts, and their own or (editors) anyone's. */
  const mayRead = (user: FakeUser, post: Post): boolean => post.status === 'publish' || post.author === user.id || can(user, 'edit_others_posts');
  const mediaJson = (item: Media) => ({
    id: item.id,
    source_url: `${base}/uploads/${item.file}`,
    mime_type: item.mime,
    alt_text: item.alt_text,
    title: rendered(item.file.replace(/\.[^.]*$/, '')),
    caption: rendered(item.caption),
    post: item.post,
  });
  const refuse = (response: ServerResponse, status: number, code: string, message = code) =>
    json(response, status, { code, message, data: { status } });
  /** As in WordPress: a contributor edits (and reads for editing) only their own posts, and only until they are published. */
  const mayEdit = (user: FakeUser, post: Post): boolean =>
    can(user, 'edit_others_posts') || (post.author === user.id && (can(user, 'publish_posts') || !['publish', 'future'].includes(post.status)));

  function writePost(request: RecordedRequest, response: ServerResponse, user: FakeUser, existing: Post | undefined): void {
    const fields = JSON.parse(request.body.toString('utf8') || '{}') as Record<string, unknown>;
    if (existing && !mayEdit(user, existing)) return refuse(response, 403, 'rest_cannot_edit');
    const status = (fields.status as string | undefined) ?? existing?.status ?? 'draft';
    if (['publish', 'future'].includes(status) && !can(user, 'publish_posts')) return refuse(response, 403, 'rest_cannot_publish');
    const incoming = fields.copydesk_review as Review | undefined;
    const wasLive = existing !== undefined && ['publish', 'future'].includes(existing.status);
    const refusal = pluginRefusal(existing?.review ?? null, incoming, user, status, wasLive);
    if (refusal) return refuse(response, refusal === 'copydesk_audit_rewritten' ? 400 : 403, refusal, `The plugin refused: ${refusal}.`);
    const content = fields.content as string | undefined;
    const post: Post = existing ?? {
      id: nextId++,
      author: user.id,
      status: 'draft',
      slug: '',
      title: '',
      content: '',
      excerpt: '',
      featured_media: 0,
      categories: [],
      tags: [],
      modified: 0,
      review: null,
    };
    Object.assign(post, {
      status,
      ...(typeof fields.title === 'string' ? { title: fields.title } : {}),
      ...(content === undefined ? {} : { content: can(user, 'unfiltered_html') ? content : fake.kses(content) }),
      ...(typeof fields.excerpt === 'string' ? { excerpt: fields.excerpt } : {}),
      ...(typeof fields.slug === 'string' ? { slug: fields.slug } : {}),
      ...(typeof fields.featured_media === 'number' ? { featured_media: fields.featured_media } : {}),
      ...(Array.isArray(fields.categories) ? { categories: fields.categories } : {}),
      ...(Array.isArray(fields.tags) ? { tags: fields.tags } : {}),
      ...(incoming ? { review: incoming } : {}),
      modified: ++clock,
    });
    posts.set(post.id, post);
    json(response, existing ? 200 : 201, postJson(post, user));
  }

  function listPosts(url: URL, response: ServerResponse, user: FakeUser): void {
    const q = url.searchParams;
    const statuses = (q.get('status') ?? 'publish').split(',');
    const states = q.get('copydesk_state')?.split(',');
    const context = contextOf(url);
    const found = [...posts.values()].filter(
      (post) =>
        statuses.includes(post.status) &&
        (!q.has('slug') || post.slug === q.get('slug')) &&
        (!q.has('author') || post.author === Number(q.get('author'))) &&
        (!q.has('include') || q.get('include')!.split(',').map(Number).includes(post.id)) &&
        (!states || (post.review !== null && states.includes(post.review.review.state))) &&
        (context === 'view' ? mayRead(user, post) : mayEdit(user, post)),
    );
    json(response, 200, found.map((post) => postJson(post, user, context)));
  }

  function route(request: RecordedRequest, response: ServerResponse): void {
    const url = new URL(request.url, base);
    const path = url.pathname;
    if (path === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html', Link: `<${base}/wp-json/>; rel="https://api.w.org/"` }).end('<html></html>');
      return;
    }
    if (path === '/wp-json/' || path === '/wp-json') {
      return json(response, 200, { name: 'Fake Gazette', namespaces: ['wp/v2'], authentication: { 'application-passwords': {} } });
    }
    if (path.startsWith('/uploads/')) {
      const item = [...media.values()].find((m) => `/uploads/${m.file}` === path);
      if (!item) return void response.writeHead(404).end();
      response.writeHead(200, { 'Content-Type': item.mime }).end(item.bytes);
      return;
    }
    const fault = faults.findIndex((f) => f.method === request.method && f.path.test(path));
    if (fault >= 0) {
      const [f] = faults.splice(fault, 1);
      return refuse(response, f!.status, f!.code, f!.message);
    }
    const user = userOf(request);
    if (!user) return refuse(response, 401, 'rest_not_logged_in');
    const rest = path.replace(/^\/wp-json\//, '');
    const postId = /^wp\/v2\/posts\/(\d+)$/.exec(rest)?.[1];
    const mediaId = /^wp\/v2\/media\/(\d+)$/.exec(rest)?.[1];
    if (rest === 'wp/v2/users/me') {
      return json(response, 200, { id: user.id, name: user.name, username: user.login, roles: [user.role], capabilities: CAPS[user.role] });
    }
    if (rest === 'wp/v2/posts' && request.method === 'GET') return listPosts(url, response, user);
    if (rest === 'wp/v2/posts' && request.method === 'POST') return writePost(request, response, user, undefined);
    if (postId !== undefined) {
      const post = posts.get(Number(postId));
      if (!post) return refuse(response, 404, 'rest_post_invalid_id');
      if (request.method === 'GET') {
        const context = contextOf(url);
        if (!mayRead(user, post)) return refuse(response, 403, 'rest_forbidden');
        if (context === 'edit' && !mayEdit(user, post)) return refuse(response, 403, 'rest_forbidden_context');
        return json(response, 200, postJson(post, user, context));
      }
      if (request.method === 'DELETE') {
        posts.delete(post.id);
        return json(response, 200, { deleted: true });
      }
      return writePost(request, response, user, post);
    }
    if (rest === 'wp/v2/media' && request.method === 'GET') {
      const search = url.searchParams.get('search') ?? '';
      return json(response, 200, [...media.values()].filter((m) => m.file.includes(search)).map(mediaJson));
    }
    if (rest === 'wp/v2/media' && request.method === 'POST') {
      // A contributor lacks upload_files; the plugin grants it here, unattached or for a post of their own.
      const parent = Number(url.searchParams.get('post') ?? 0);
      const parentPost = posts.get(parent);
      const granted = can(user, 'edit_posts') && (parent === 0 || parentPost?.author === user.id);
      if (!can(user, 'upload_files') && !granted) return refuse(response, 403, 'rest_cannot_create');
      if (parent !== 0 && (!parentPost || !mayEdit(user, parentPost))) return refuse(response, 403, 'rest_cannot_edit');
      const file = /filename="([^"]+)"/.exec(String(request.headers['content-disposition']))?.[1] ?? 'upload';
      const item: Media = {
        id: nextId++,
        file,
        bytes: request.body,
        mime: String(request.headers['content-type']),
        alt_text: url.searchParams.get('alt_text') ?? '',
        caption: url.searchParams.get('caption') ?? '',
        post: Number(url.searchParams.get('post') ?? 0),
      };
      media.set(item.id, item);
      return json(response, 201, mediaJson(item));
    }
    if (mediaId !== undefined) {
      const item = media.get(Number(mediaId));
      if (!item) return refuse(response, 404, 'rest_post_invalid_id');
      Object.assign(item, JSON.parse(request.body.toString('utf8') || '{}'));
      return json(response, 200, mediaJson(item));
    }
    refuse(response, 404, 'rest_no_route');
  }

  const stub = await startStub(route);
  base = stub.url;
  const fake: FakeWordPress = {
    ...stub,
    users: FAKE_USERS,
    posts,
    media,
    kses: (content) => content,
    editOnSite(id, fields) {
      const post = posts.get(id);
      if (!post) throw new Error(`no post ${id}`);
      Object.assign(post, fields, { modified: ++clock });
    },
    failNext(method, path, status, code, message) {
      faults.push({ method, path, status, code, message });
    },
    calls: () => stub.requests.map((r) => `${r.method} ${new URL(r.url, base).pathname}`),
  };
  return fake;
}
