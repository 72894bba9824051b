import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AssetFile } from '../../main/services/assets/files';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** /assets/<sha256>: a stored image, as app://copydesk/assets/<sha256> is in the app. */
const ASSET_PATH = /^\/assets\/([0-9a-f]{64})$/;

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** The profile's stored images (AppServices.assetFile), served read-only under /assets/<sha256>. */
  assetFile?: (sha256: string) => AssetFile | null;
}

/** Serves the built renderer on loopback with the same CSP header the app:// protocol sends. */
export async function serveRenderer(rootDir: string, csp: string, { assetFile }: StaticServerOptions = {}): Promise<StaticServer> {
  const root = path.resolve(rootDir);
  const send = async (response: ServerResponse, file: string, contentType: string, head: boolean) => {
    const body = await readFile(file);
    response.writeHead(200, {
      'Content-Type': contentType,
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    response.end(head ? undefined : body);
  };
  const server: Server = createServer(async (request, response) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const hash = assetFile ? ASSET_PATH.exec(pathname)?.[1] : undefined;
    if (hash !== undefined && assetFile) {
      try {
        const asset = assetFile(hash);
        if (!asset) {
          response.writeHead(404, { 'Content-Security-Policy': csp }).end();
          return;
        }
        await send(response, asset.path, asset.mime, request.method === 'HEAD');
      } catch {
        response.writeHead(404, { 'Content-Security-Policy': csp }).end();
      }
      return;
    }
    const file = path.resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
    if (!file.startsWith(root + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      await send(response, file, MIME[path.extname(file)] ?? 'application/octet-stream', false);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
