import { test as base, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openBridge, type Bridge } from './bridge/bridge';
import type { Logger } from '../main/services/ipc/dispatcher';

interface AppFixture {
  page: Page;
  bridge: Bridge;
  /** The test's own profile folder: drafts.sqlite and assets/ are there. */
  profileDir: string;
  /** What the real dispatcher logged as refused or failed during the test. */
  rejections: string[];
}

/**
 * Each test: a fresh temporary profile, the real services behind the real dispatcher, and the
 * production renderer build in Debian's Chromium, opened and ready.
 */
export const test = base.extend<{ app: AppFixture }>({
  app: async ({ context, page }, use) => {
    const profileDir = await mkdtemp(path.join(tmpdir(), 'copydesk-e2e-'));
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
    await use({ page, bridge, profileDir, rejections });
    await context.close();
    await bridge.close();
    await rm(profileDir, { recursive: true, force: true });
    if (pageErrors.length) throw new Error(`the page threw: ${pageErrors.join('; ')}`);
  },
});

export { expect } from '@playwright/test';
