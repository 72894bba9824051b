import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { afterEach, expect, test, vi } from 'vitest';
import { wireEvent } from '../../shared/ipc/contract';
import { openAppWindow } from './app-window';
import { DEFAULT_PREFERENCES } from './preferences';
import { FakeWindow } from './test-fakes';
import type { WindowState } from './window-state';

afterEach(() => {
  vi.useRealTimers();
});

function open(saved: WindowState = { bounds: { x: 50, y: 60, width: 1100, height: 750 }, maximized: false }) {
  const settings = {
    windowState: () => saved,
    saveWindowState: vi.fn(),
    preferences: () => DEFAULT_PREFERENCES,
  };
  let created: FakeWindow | null = null;
  const opened = openAppWindow({
    createWindow: (options: BrowserWindowConstructorOptions) => {
      created = new FakeWindow(options);
      return created as unknown as BrowserWindow;
    },
    preload: '/app/dist/main/preload.cjs',
    settings,
    workAreas: [{ x: 0, y: 0, width: 1920, height: 1080 }],
    log: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
  });
  return { window: opened.window as unknown as FakeWindow, created: created!, settings, keepOpen: opened.keepOpen };
}

test('the window is built from the pure options, at the saved place, and loads app://copydesk/', () => {
  const { window } = open();
  expect(window.options).toMatchObject({
    x: 50,
    y: 60,
    width: 1100,
    height: 750,
    show: false,
    webPreferences: { preload: '/app/dist/main/preload.cjs', sandbox: true, contextIsolation: true, nodeIntegration: false },
  });
  expect(window.loaded).toEqual(['app://copydesk/']);
});

test('it is shown, maximized if it was, once ready', () => {
  const { window } = open({ bounds: { width: 900, height: 600 }, maximized: true });
  expect(window.shown).toBe(false);
  window.emit('ready-to-show');
  expect(window.shown).toBe(true);
  expect(window.maximized).toBe(true);
});

test('closing saves the window state, sends flushRequested, and closes when the renderer is done', () => {
  const { window, settings } = open();
  window.maximized = true;
  window.close();
  expect(settings.saveWindowState).toHaveBeenCalledWith({ bounds: window.normalBounds, maximized: true });
  expect(window.webContents.sent).toEqual([[wireEvent('flushRequested'), {}]]);
  expect(window.isDestroyed()).toBe(false);
  window.closeFromRenderer();
  expect(window.isDestroyed()).toBe(true);
});

test('a failed save keeps the window open; closing again asks the renderer again', () => {
  vi.useFakeTimers();
  const { window, keepOpen } = open();
  window.close();
  keepOpen();
  vi.advanceTimersByTime(10_000);
  expect(window.isDestroyed()).toBe(false);
  window.close();
  expect(window.webContents.sent.map(([name]) => name)).toEqual([wireEvent('flushRequested'), wireEvent('flushRequested')]);
  window.closeFromRenderer();
  expect(window.isDestroyed()).toBe(true);
});

test('without an answer the window closes after the flush timeout', () => {
  vi.useFakeTimers();
  const { window } = open();
  window.close();
  vi.advanceTimersByTime(1_999);
  expect(window.isDestroyed()).toBe(false);
  vi.advanceTimersByTime(1);
  expect(window.isDestroyed()).toBe(true);
});
