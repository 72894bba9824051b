// `npm run dev:browser -- --profile DIR`: Copydesk in a Chromium window with the real services,
// for machines that cannot download Electron. Headed when a display exists (Xvfb works).
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openBridge, RENDERER_DIR } from './bridge';
import { chromiumLaunchOptions } from './chromium';

const { values } = parseArgs({ options: { profile: { type: 'string' }, headless: { type: 'boolean' } } });
if (!values.profile) {
  console.error('usage: npm run dev:browser -- --profile DIR [--headless]');
  process.exit(2);
}
if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
  console.error('The renderer is not built: run `npm run build:renderer` first.');
  process.exit(2);
}

const headless = values.headless ?? !process.env.DISPLAY;
const bridge = await openBridge({ profileDir: path.resolve(values.profile) });
const browser = await chromium.launch(chromiumLaunchOptions(headless));
const context = await browser.newContext({ viewport: { width: 1280, height: 820 } });
await bridge.attach(context);
const page = await context.newPage();
await page.goto(bridge.url);
console.log(`Copydesk is running at ${bridge.url} with profile ${path.resolve(values.profile)}${headless ? ' (headless)' : ''}. Ctrl+C to stop.`);

const stop = async () => {
  await browser.close().catch(() => {});
  await bridge.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
browser.on('disconnected', stop);
