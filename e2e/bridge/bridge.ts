import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { openAppServices, type AppServices } from '../../main/services/app-services';
import type { Logger } from '../../main/services/ipc/dispatcher';
import type { Protection } from '../../main/services/publishing/accounts/cipher';
import { nodeCipher } from '../../main/services/publishing/accounts/node-cipher';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { serveRenderer, type StaticServer } from './static-server';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const RENDERER_DIR = path.join(repoRoot, 'dist', 'renderer');

export interface BridgeOptions {
  profileDir: string;
  rendererDir?: string;
  log?: Logger;
  /** How the stand-in for Electron's safeStorage protects secrets (`os` unless a test plays a Linux without keyring). */
  secretProtection?: Protection;
}

/**
 * The test bridge: the production renderer build, served on loopback, with window.copydesk wired
 * to the real dispatcher and services running in this Node process. Same contract, same validation
 * as the Electron app; only the transport differs (a Playwright binding instead of IPC).
 */
export interface Bridge {
  url: string;
  services: AppServices;
  /** Installs window.copydesk in every page of the context, including after reloads. */
  attach(context: BrowserContext): Promise<void>;
  /** What the stand-in for the native save dialog answers next: a path, or null for "cancelled". */
  setSavePath(path: string | null): void;
  /** Pages the app asked to open in the browser. */
  opened: string[];
  close(): Promise<void>;
}

let pageApiScript: Promise<string> | undefined;

/** page-api.ts bundled once per process into a script that can run in the page. */
function loadPageApiScript(): Promise<string> {
  pageApiScript ??= build({
    entryPoints: [fileURLToPath(new URL('./page-api.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
  }).then((result) => result.outputFiles[0]!.text);
  return pageApiScript;
}

const consoleLog: Logger = {
  warn: (message, details) => console.warn(`[copydesk] ${message}`, details ?? ''),
  error: (message, details) => console.error(`[copydesk] ${message}`, details ?? ''),
};

export async function openBridge({
  profileDir,
  rendererDir = RENDERER_DIR,
  log = consoleLog,
  secretProtection = 'os',
}: BridgeOptions): Promise<Bridge> {
  // The server starts first (its origin is the services' app origin); stored images are served
  // from the services' asset store once they are open, as app://copydesk/assets/ is in the app.
  let assetFile: AppServices['assetFile'] = () => null;
  const server: StaticServer = await serveRenderer(rendererDir, contentSecurityPolicy, { assetFile: (sha256) => assetFile(sha256) });
  // Electron's ports, played in Node: safeStorage by a cipher keyed to the profile, the save
  // dialog by whatever path the test set, the browser by a list.
  let savePath: string | null = null;
  const opened: string[] = [];
  const services = openAppServices({
    profileDir,
    appOrigin: server.origin,
    log,
    ports: {
      cipher: nodeCipher({ keyring: profileDir, protection: secretProtection }),
      saveDialog: async () => savePath,
      openExternal: async (url) => void opened.push(url),
    },
  });
  assetFile = services.assetFile;
  const contexts = new Set<BrowserContext>();

  const unsubscribe = services.onEvent((event, payload) => {
    for (const context of contexts) {
      for (const page of context.pages()) {
        // A page that is navigating or closing misses the push, as a reloading window would.
        page.evaluate(([name, value]) => window.__copydeskEmit(name, value), [event, payload] as const).catch(() => {});
      }
    }
  });

  return {
    url: `${server.origin}/index.html`,
    services,
    async attach(context) {
      contexts.add(context);
      await context.exposeBinding('__copydeskInvoke', ({ frame, page }: { frame: Frame; page: Page }, channel: string, input: unknown) =>
        services.dispatch(channel, input, { url: frame.url(), isMainFrame: frame === page.mainFrame() }),
      );
      await context.addInitScript({ content: await loadPageApiScript() });
    },
    setSavePath: (path) => {
      savePath = path;
    },
    opened,
    async close() {
      unsubscribe();
      contexts.clear();
      await server.close();
      services.close();
    },
  };
}
