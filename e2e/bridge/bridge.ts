import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { openAppServices, type AppServices } from '../../main/services/app-services';
import type { Logger } from '../../main/services/ipc/dispatcher';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { serveRenderer, type StaticServer } from './static-server';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const RENDERER_DIR = path.join(repoRoot, 'dist', 'renderer');

export interface BridgeOptions {
  profileDir: string;
  rendererDir?: string;
  log?: Logger;
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

export async function openBridge({ profileDir, rendererDir = RENDERER_DIR, log = consoleLog }: BridgeOptions): Promise<Bridge> {
  const server: StaticServer = await serveRenderer(rendererDir, contentSecurityPolicy);
  const services = openAppServices({ profileDir, appOrigin: server.origin, log });
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
    async close() {
      unsubscribe();
      contexts.clear();
      await server.close();
      services.close();
    },
  };
}
