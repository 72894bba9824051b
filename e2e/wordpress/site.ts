import { spawn } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { routeUrl } from '../../main/services/publishing/wordpress/routes';

// The real WordPress the publishing tests run against: the local one start.sh sets up from
// Debian packages, or an external site named by COPYDESK_WP_URL.

/** The test users by login: one per WordPress role, and a publisher, who is a second editor. */
const ROLES = ['contributor', 'author', 'editor', 'administrator', 'publisher'] as const;
export type Role = (typeof ROLES)[number];
export interface Credentials {
  username: string;
  appPassword: string;
}
export type Variant = 'production' | 'plain' | 'restoff' | 'private';

/** Plain data, so vitest's global setup can hand it to the test workers. */
export interface SiteInfo {
  url: string;
  rest: string;
  users: Record<Role, Credentials>;
  /** The local site's differently configured twins (see start.sh); null for an external site. */
  variants: Record<Variant, string> | null;
  /** The local site's state; null for an external site, which cannot be reset. */
  local: { port: number; stateDir: string; temporary: boolean } | null;
}

export interface Counts {
  posts: number;
  media: number;
}

export interface WordPressSite extends SiteInfo {
  /** Back to the state right after set-up: database restored from its dump, uploads removed. */
  reset(): Promise<void>;
  stop(): Promise<void>;
  countPosts(): Promise<number>;
  countMedia(): Promise<number>;
  counts(): Promise<Counts>;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));

const PrintedCredentials = z.object({ username: z.string(), appPassword: z.string() });
const Printed = z.object({
  url: z.string(),
  rest: z.string(),
  stateDir: z.string(),
  users: z.object({
    contributor: PrintedCredentials,
    author: PrintedCredentials,
    editor: PrintedCredentials,
    administrator: PrintedCredentials,
    publisher: PrintedCredentials,
  }),
  variants: z.object({ production: z.string(), plain: z.string(), restoff: z.string(), private: z.string() }),
});

/**
 * Why the WordPress tests cannot run here, or null when they must: they may skip only off
 * Debian (the local site needs its packages) with no external site given, and never in CI.
 */
export function wordpressSkipReason(
  env: NodeJS.ProcessEnv = process.env,
  debian = existsSync('/etc/debian_version'),
): string | null {
  if (env.COPYDESK_WP_URL || (env.CI && env.CI !== 'false') || debian) return null;
  return 'this machine is not Debian (the local WordPress comes from Debian packages) and COPYDESK_WP_URL is not set';
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, stdinFile?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: [stdinFile ? 'pipe' : 'ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    if (stdinFile && child.stdin) createReadStream(stdinFile).on('error', reject).pipe(child.stdin);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${path.basename(command)} exited with ${code}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function externalSite(url: string, env: NodeJS.ProcessEnv): SiteInfo {
  const users = Object.fromEntries(
    ROLES.map((role) => {
      const value = env[`COPYDESK_WP_${role.toUpperCase()}`] ?? '';
      const colon = value.indexOf(':');
      if (colon < 1)
        throw new Error(`COPYDESK_WP_URL is set: also set COPYDESK_WP_${role.toUpperCase()}=username:application-password`);
      return [role, { username: value.slice(0, colon), appPassword: value.slice(colon + 1) }];
    }),
  ) as Record<Role, Credentials>;
  const base = url.replace(/\/+$/, '');
  return { url: base, rest: env.COPYDESK_WP_REST ?? `${base}/wp-json/`, users, variants: null, local: null };
}

/**
 * Starts the local site (or describes the external one). With no COPYDESK_WP_PORT it takes a
 * free port and a fresh state that stop() removes again, so parallel runs never share a site.
 */
export async function startWordPress(env: NodeJS.ProcessEnv = process.env): Promise<WordPressSite> {
  if (env.COPYDESK_WP_URL) return connectWordPress(externalSite(env.COPYDESK_WP_URL, env));
  const temporary = !env.COPYDESK_WP_PORT;
  const port = temporary ? await freePort() : Number(env.COPYDESK_WP_PORT);
  const printed = Printed.parse(
    JSON.parse(
      await run(path.join(HERE, 'start.sh'), [], {
        ...env,
        COPYDESK_WP_PORT: String(port),
        ...(temporary ? { COPYDESK_WP_FRESH: '1' } : {}),
      }),
    ),
  );
  return connectWordPress({ ...printed, local: { port, stateDir: printed.stateDir, temporary } });
}

/** The helpers for a site started elsewhere (in vitest: by the global setup, in another process). */
export function connectWordPress(info: SiteInfo): WordPressSite {
  const admin = info.users.administrator;
  const authorization = `Basic ${Buffer.from(`${admin.username}:${admin.appPassword}`).toString('base64')}`;
  const total = async (route: string, query: Record<string, string>) => {
    const response = await fetch(routeUrl(info.rest, route, { per_page: 1, _fields: 'id', ...query }), {
      headers: { Authorization: authorization },
    });
    if (!response.ok) throw new Error(`counting ${route}: ${response.status}`);
    return Number(response.headers.get('x-wp-total'));
  };
  const countPosts = () => total('wp/v2/posts', { status: 'draft,pending,future,publish,private' });
  const countMedia = () => total('wp/v2/media', {});
  const local = info.local;
  const stateEnv = local
    ? { ...process.env, COPYDESK_WP_PORT: String(local.port), COPYDESK_WP_DIR: local.stateDir }
    : process.env;

  return {
    ...info,
    countPosts,
    countMedia,
    async counts() {
      const [posts, media] = await Promise.all([countPosts(), countMedia()]);
      return { posts, media };
    },
    async reset() {
      if (!local) return;
      const socket = path.join(local.stateDir, 'mysqld.sock');
      await run(
        'mariadb',
        ['--no-defaults', `--socket=${socket}`, '-uroot', 'wordpress'],
        stateEnv,
        path.join(local.stateDir, 'reset.sql'),
      );
      const uploads = path.join(local.stateDir, 'wp-content', 'uploads');
      await rm(uploads, { recursive: true, force: true });
      await mkdir(uploads);
    },
    async stop() {
      if (!local) return;
      await run(path.join(HERE, 'stop.sh'), local.temporary ? ['--forget'] : [], stateEnv);
    },
  };
}
