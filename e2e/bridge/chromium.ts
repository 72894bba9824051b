import { existsSync } from 'node:fs';
import type { LaunchOptions } from 'playwright-core';

/**
 * Debian's Chromium: Playwright cannot download its own browser on machines without internet.
 * COPYDESK_CHROMIUM overrides the path (for example Playwright's browser on other systems).
 */
export function chromiumLaunchOptions(headless: boolean): LaunchOptions {
  const executablePath = process.env.COPYDESK_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium was not found at ${executablePath}. On Debian: apt-get install -y chromium; elsewhere set COPYDESK_CHROMIUM to a Chromium or Chrome binary.`,
    );
  }
  return {
    executablePath,
    headless,
    // Without the background-networking flags Chromium keeps trying to reach Google's hosts,
    // which this closed network refuses many times a second.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  };
}
