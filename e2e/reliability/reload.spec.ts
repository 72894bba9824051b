import { test } from '../fixtures';
import { Desk } from '../ui/desk';
import { reopenAndCheck, typeUntilInterrupted } from './interrupted-typing';

// The window is reloaded, or closed abruptly (no beforeunload), while the reporter types.

test('reloading the window while typing keeps the last autosave', async ({ app }) => {
  const desk = new Desk(app.page);
  const { acknowledged, stop } = await typeUntilInterrupted(desk, app.profileDir);
  const reloading = app.page.reload();
  await stop();
  await reloading;
  await reopenAndCheck(app.page, app.profileDir, acknowledged);
});

test('a window closed abruptly while typing, reopened on the same profile, keeps the last autosave', async ({ app }) => {
  const desk = new Desk(app.page);
  const { acknowledged, stop } = await typeUntilInterrupted(desk, app.profileDir);
  const context = app.page.context();
  await app.page.close({ runBeforeUnload: false });
  await stop();
  const fresh = await context.newPage();
  await fresh.goto(app.bridge.url);
  await reopenAndCheck(fresh, app.profileDir, acknowledged);
});
