import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openBridge, type Bridge } from './bridge/bridge';
import type { Logger } from '../main/services/ipc/dispatcher';
import type { Result } from '../shared/ipc/result';

interface AppFixture {
  page: Page;
  bridge: Bridge;
  /** The test's own profile folder: drafts.sqlite and assets/ are there. */
  profileDir: string;
  /** What the real dispatcher logged as refused or failed during the test. */
  rejections: string[];
  /** A call through the real dispatcher as the window makes it: from the page's origin, its main frame. */
  dispatch(channel: string, input: unknown): Promise<Result<unknown>>;
}

export interface OpenedApp extends AppFixture {
  /** Closes the context and the bridge, removes the profile, and fails if the page threw. */
  close(): Promise<void>;
}

/**
 * A fresh temporary profile, the real services behind the real dispatcher, and the production
 * renderer build in `page` (a page of `context`), opened and ready. `who` names the profile folder.
 */
export async function openApp(context: BrowserContext, page: Page, who = 'e2e'): Promise<OpenedApp> {
  const profileDir = await mkdtemp(path.join(tmpdir(), `copydesk-${who}-`));
  const rejections: string[] = [];
  const log: Logger = {
    warn: (message, details) => rejections.push(`${message} ${JSON.stringify(details ?? {})}`),
    error: (message, details) => rejections.push(`ERROR ${message} ${JSON.stringify(details ?? {})}`),
  };
  const bridge = await openBridge({ profileDir, log });
  await bridge.attach(context);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(bridge.url);
  return {
    page,
    bridge,
    profileDir,
    rejections,
    dispatch: (channel, input) => bridge.services.dispatch(channel, input, { url: page.url(), isMainFrame: true }),
    async close() {
      await context.close();
      await bridge.close();
      await rm(profileDir, { recursive: true, force: true });
      if (pageErrors.length) throw new Error(`${who}'s page threw: ${pageErrors.join('; ')}`);
    },
  };
}

/** Each test: its own app (openApp) in the test's page. */
export const test = base.extend<{ app: AppFixture }>({
  app: async ({ context, page }, use) => {
    const app = await openApp(context, page);
    await use(app);
    await app.close();
  },
});

export { expect } from '@playwright/test';
