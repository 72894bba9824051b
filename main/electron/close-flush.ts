import type { App, BrowserWindow } from 'electron';

export const FLUSH_TIMEOUT_MS = 2_000;

type FlushableWindow = Pick<BrowserWindow, 'on' | 'once' | 'close' | 'destroy' | 'isDestroyed'>;

export interface FlushOptions {
  /** Sends `flushRequested` to the renderer. */
  requestFlush(): void;
  timeoutMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface CloseGuard {
  /**
   * The renderer could not save and keeps its window open to say so (renderer/state/useAutosave.ts):
   * the timeout is dropped, and the next close asks it again, when it closes regardless.
   */
  keepOpen(): void;
}

/**
 * Gives the renderer a chance to save before its window goes. The first close is held back and
 * the renderer is asked to flush; it answers by calling window.close(), which closes the page
 * directly (Electron emits no further 'close' for it). If it does not answer in time, because it
 * hangs or has crashed, the window is destroyed anyway: a stuck page must not keep the app open.
 * Further close requests meanwhile (a second click, a quit) wait for the same outcome.
 */
export function holdCloseForFlush(
  window: FlushableWindow,
  {
    requestFlush,
    timeoutMs = FLUSH_TIMEOUT_MS,
    setTimer = (callback, ms) => setTimeout(callback, ms),
    clearTimer = (timer) => clearTimeout(timer as NodeJS.Timeout),
  }: FlushOptions,
): CloseGuard {
  let timer: unknown = null;
  window.on('close', (event) => {
    event.preventDefault();
    if (timer !== null) return;
    timer = setTimer(() => {
      if (!window.isDestroyed()) window.destroy();
    }, timeoutMs);
    requestFlush();
  });
  const dropTimer = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };
  window.once('closed', dropTimer);
  return { keepOpen: dropTimer };
}

/**
 * Quitting closes the window through the same flush. Electron would otherwise give up the quit
 * when the first 'close' is held back, and on macOS the app would stay running without a window.
 * A window kept open by a failed save keeps the quit pending; quitting again asks it again.
 */
export function quitAfterWindowCloses(
  app: Pick<App, 'on' | 'quit'>,
  currentWindow: () => Pick<BrowserWindow, 'once' | 'close' | 'isDestroyed'> | null,
): void {
  let waiting = false;
  app.on('before-quit', (event) => {
    const window = currentWindow();
    if (!window || window.isDestroyed()) return;
    event.preventDefault();
    if (!waiting) {
      waiting = true;
      window.once('closed', () => {
        waiting = false;
        app.quit();
      });
    }
    window.close();
  });
}
