import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './bridge/chromium';

// Two projects: the UI suite in Debian's Chromium against the built renderer bridged to the real
// services, and the Electron smoke, which reports itself skipped where no Electron binary exists.
// Every project but the Electron smoke runs the bridged renderer in Debian's Chromium.
const inChromium = { browserName: 'chromium', launchOptions: chromiumLaunchOptions(true), viewport: { width: 1280, height: 820 } } as const;

export default defineConfig({
  testDir: '.',
  outputDir: '../test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  projects: [
    {
      name: 'ui',
      testMatch: 'ui/**/*.spec.ts',
      use: inChromium,
    },
    {
      // The publish UI against a real WordPress, which the spec file starts for itself.
      name: 'publish',
      testMatch: 'publish/**/*.spec.ts',
      use: inChromium,
    },
    {
      // Reliability: the renderer reloaded or killed while typing (drafts: main/services/drafts/*.test.ts, *.crash.ts).
      name: 'reliability',
      testMatch: 'reliability/**/*.spec.ts',
      use: inChromium,
    },
    {
      // The security suite: hostile paste, CSP and secrets, against the same bridged renderer.
      name: 'security',
      testMatch: 'security/**/*.spec.ts',
      use: inChromium,
    },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
  ],
});
