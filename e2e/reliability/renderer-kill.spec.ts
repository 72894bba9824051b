import { test, expect } from '../fixtures';
import { Desk } from '../ui/desk';
import { reopenAndCheck, storedText, typeUntilInterrupted } from './interrupted-typing';
import { rendererPid } from './renderer-process';

// The window's renderer process dies (SIGKILL: no unload, no last save) while the reporter types.
// Main survives, as it does in the app; a new window on the same profile must show the last
// autosave main acknowledged, and nothing acknowledged may be missing.

test('the renderer process SIGKILLed while typing: a new window has the last acknowledged autosave', async ({ app }) => {
  const desk = new Desk(app.page);
  const { acknowledged, stop } = await typeUntilInterrupted(desk, app.profileDir);
  // An autosave made while the typing goes on (at least every 5 s of non-stop typing), so the kill
  // comes after acknowledged saves the first stretch did not contain, with typing still under way.
  await expect.poll(() => storedText(app.profileDir).length, { timeout: 20_000 }).toBeGreaterThan(acknowledged.length);
  const pid = await rendererPid(app.page);
  const crashed = new Promise<void>((resolve) => app.page.once('crash', () => resolve()));
  const lastAcknowledged = storedText(app.profileDir);
  process.kill(pid, 'SIGKILL');
  await crashed;
  await stop();
  console.log(`killed: renderer process ${pid} of ${app.page.url()} (SIGKILL, mid-typing; the page reported the crash)`);

  const fresh = await app.page.context().newPage();
  await fresh.goto(app.bridge.url);
  expect(await rendererPid(fresh)).not.toBe(pid);
  await reopenAndCheck(fresh, app.profileDir, lastAcknowledged);
});
