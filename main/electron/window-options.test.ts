import { expect, test } from 'vitest';
import { windowOptions } from './window-options';

const options = windowOptions({ preload: '/app/dist/main/preload.cjs', bounds: { x: 5, y: 6, width: 1000, height: 700 }, spellcheck: true });

test('the page runs sandboxed and isolated, with no Node and no webview', () => {
  expect(options.webPreferences).toMatchObject({
    preload: '/app/dist/main/preload.cjs',
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
  });
});

test('nothing that loosens the sandbox is set', () => {
  const preferences = options.webPreferences as Record<string, unknown>;
  for (const key of ['additionalArguments', 'enableBlinkFeatures', 'partition', 'session', 'plugins', 'devTools']) {
    expect(preferences, key).not.toHaveProperty(key);
  }
});

test('bounds and spellcheck come from the saved state and preferences', () => {
  expect(options).toMatchObject({ x: 5, y: 6, width: 1000, height: 700, show: false });
  expect(windowOptions({ preload: '/p.js', bounds: { width: 800, height: 600 }, spellcheck: false })).toMatchObject({
    width: 800,
    height: 600,
    webPreferences: { spellcheck: false },
  });
});
