import type { App, BrowserWindow } from 'electron';
import { describe, expect, test, vi } from 'vitest';
import { FLUSH_TIMEOUT_MS, holdCloseForFlush, quitAfterWindowCloses } from './close-flush';
import { FakeApp, FakeWindow, manualTimers } from './test-fakes';

function held() {
  const window = new FakeWindow();
  const timers = manualTimers();
  const requestFlush = vi.fn();
  const guard = holdCloseForFlush(window as unknown as BrowserWindow, { requestFlush, ...timers });
  return { window, timers, requestFlush, guard };
}

describe('holdCloseForFlush', () => {
  test('the first close is held back and the renderer is asked to flush', () => {
    const { window, timers, requestFlush } = held();
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(requestFlush).toHaveBeenCalledTimes(1);
    expect(timers.pending()).toEqual([FLUSH_TIMEOUT_MS]);
  });

  test('the window goes when the renderer closes it after saving, and the timer is dropped', () => {
    const { window, timers } = held();
    window.close();
    window.closeFromRenderer();
    expect(window.isDestroyed()).toBe(true);
    expect(timers.pending()).toEqual([]);
  });

  test('a renderer that never answers does not keep the window: it is destroyed at the timeout', () => {
    const { window, timers } = held();
    window.close();
    timers.fireAll();
    expect(window.isDestroyed()).toBe(true);
  });

  test('more close requests while flushing wait for the same outcome and ask only once', () => {
    const { window, timers, requestFlush } = held();
    window.close();
    window.close();
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(requestFlush).toHaveBeenCalledTimes(1);
    expect(timers.pending()).toHaveLength(1);
    timers.fireAll();
    expect(window.isDestroyed()).toBe(true);
  });

  test('a renderer that could not save keeps its window: no timeout, and the next close asks again', () => {
    const { window, timers, requestFlush, guard } = held();
    window.close();
    guard.keepOpen();
    expect(timers.pending()).toEqual([]);
    expect(window.isDestroyed()).toBe(false);
    window.close();
    expect(requestFlush).toHaveBeenCalledTimes(2);
    expect(timers.pending()).toEqual([FLUSH_TIMEOUT_MS]);
    window.closeFromRenderer();
    expect(window.isDestroyed()).toBe(true);
  });

  test('keepOpen outside a close changes nothing', () => {
    const { window, timers, requestFlush, guard } = held();
    guard.keepOpen();
    window.close();
    expect(requestFlush).toHaveBeenCalledTimes(1);
    expect(timers.pending()).toEqual([FLUSH_TIMEOUT_MS]);
  });

  test('the default timeout is about two seconds', () => {
    expect(FLUSH_TIMEOUT_MS).toBe(2_000);
  });
});

describe('quitAfterWindowCloses', () => {
  function quitting() {
    const app = new FakeApp();
    const { window, timers, requestFlush, guard } = held();
    let current: FakeWindow | null = window;
    window.on('closed', () => (current = null));
    quitAfterWindowCloses(app as unknown as App, () => current as unknown as BrowserWindow | null);
    return { app, window, timers, requestFlush, guard };
  }

  test('a quit first flushes and closes the window, then quits', () => {
    const { app, window, requestFlush } = quitting();
    app.quit();
    expect(app.quits).toBe(0);
    expect(requestFlush).toHaveBeenCalledTimes(1);
    window.closeFromRenderer();
    expect(app.quits).toBe(1);
  });

  test('the quit still happens when the renderer does not answer', () => {
    const { app, timers } = quitting();
    app.quit();
    timers.fireAll();
    expect(app.quits).toBe(1);
  });

  test('quitting twice while flushing quits once', () => {
    const { app, window, requestFlush } = quitting();
    app.quit();
    app.quit();
    window.closeFromRenderer();
    expect(requestFlush).toHaveBeenCalledTimes(1);
    expect(app.quits).toBe(1);
  });

  test('a quit held by a failed save stays pending; quitting again asks the renderer again', () => {
    const { app, window, requestFlush, guard } = quitting();
    app.quit();
    guard.keepOpen();
    expect(app.quits).toBe(0);
    app.quit();
    expect(requestFlush).toHaveBeenCalledTimes(2);
    window.closeFromRenderer();
    expect(app.quits).toBe(1);
  });

  test('with no window open the quit is not held', () => {
    const app = new FakeApp();
    quitAfterWindowCloses(app as unknown as App, () => null);
    app.quit();
    expect(app.quits).toBe(1);
  });
});
