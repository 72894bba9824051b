import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { contentSecurityPolicy } from '../../shared/security/csp';
import type { AssetFile } from '../services/assets/files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'copydesk';
/** The one origin allowed to call main: the dispatcher refuses requests from anywhere else. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/`;

/**
 * standard: the page gets a real origin, relative URLs and ES modules work as on the web.
 * secure: it counts as a secure context, like https. Nothing else (no fetch, CORS, service
 * workers, streaming): the renderer loads its own files and talks to main only over IPC.
 */
export const appScheme: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true },
};

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export const mimeTypeFor = (file: string): string =>
  MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

const isInside = (root: string, file: string): boolean => {
  const relative = path.relative(root, file);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
};

/**
 * The file an app:// URL names inside rootDir, or null when the URL is not ours or points
 * outside it. Percent-decoding happens before the check, so `..%2F` cannot climb out.
 */
export function resolveAppFile(rootDir: string, url: string): string | null {
  let pathname: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  // A backslash is a separator on Windows, and a NUL ends the path in the OS's eyes.
  if (pathname.includes('\\') || pathname.includes('\0')) return null;
  const file = path.resolve(rootDir, pathname === '/' ? 'index.html' : `.${pathname}`);
  return isInside(path.resolve(rootDir), file) ? file : null;
}

const ASSET_PATH = /^\/assets\/([0-9a-f]{64})$/;

/**
 * The SHA-256 an app://copydesk/assets/<sha256> URL names, or null for any other URL (the
 * renderer's own files under /assets/ have names with extensions, never 64 hex digits).
 */
export function assetHashOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
    return ASSET_PATH.exec(parsed.pathname)?.[1] ?? null;
  } catch {
    return null;
  }
}

const respond = (status: number, body: Uint8Array | string | null, contentType: string): Response =>
  new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
    },
  });

export interface AppProtocolOptions {
  /**
   * The stored images' lookup (AppServices.assetFile): app://copydesk/assets/<sha256> is answered
   * from the profile's asset store, read-only, with the type it was stored as.
   */
  assetFile?: (sha256: string) => AssetFile | null;
}

/**
 * The protocol.handle() handler for app://copydesk/, serving the built renderer from rootDir and
 * stored images from the asset store.
 */
export function createAppProtocolHandler(
  rootDir: string,
  { assetFile }: AppProtocolOptions = {},
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return respond(405, 'method not allowed', 'text/plain; charset=utf-8');
    }
    const hash = assetFile ? assetHashOf(request.url) : null;
    if (hash !== null && assetFile) {
      try {
        const asset = assetFile(hash);
        if (!asset) return respond(404, 'not found', 'text/plain; charset=utf-8');
        const body = await readFile(asset.path);
        return respond(200, request.method === 'HEAD' ? null : body, asset.mime);
      } catch {
        return respond(404, 'not found', 'text/plain; charset=utf-8');
      }
    }
    const file = resolveAppFile(rootDir, request.url);
    if (!file) return respond(403, 'forbidden', 'text/plain; charset=utf-8');
    try {
      // A symlink inside the renderer folder must not lead out of it either.
      const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(file)]);
      if (!isInside(realRoot, realFile)) {
        return respond(403, 'forbidden', 'text/plain; charset=utf-8');
      }
      const body = await readFile(file);
      return respond(200, request.method === 'HEAD' ? null : body, mimeTypeFor(file));
    } catch {
      return respond(404, 'not found', 'text/plain; charset=utf-8');
    }
  };
}
