import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { wireEvent } from '../../shared/ipc/contract';
import { APP_ENTRY_URL } from './app-protocol';
import { holdCloseForFlush, type CloseGuard } from './close-flush';
import type { AppLogger } from './logger';
import type { SettingsStore } from './settings-store';
import { MIN_HEIGHT, MIN_WIDTH, windowOptions } from './window-options';
import { fitToWorkAreas, type Rect } from './window-state';

export interface AppWindowOptions {
  createWindow(options: BrowserWindowConstructorOptions): BrowserWindow;
  preload: string;
  settings: Pick<SettingsStore, 'windowState' | 'saveWindowState' | 'preferences'>;
  /** The work areas of the screens attached now, to check the saved position against. */
  workAreas: readonly Rect[];
  log: AppLogger;
}

export interface AppWindow extends CloseGuard {
  window: BrowserWindow;
}

/** The Copydesk window: placed where the reporter left it, loading the app from app://copydesk/. */
export function openAppWindow({ createWindow, preload, settings, workAreas, log }: AppWindowOptions): AppWindow {
  const state = fitToWorkAreas(settings.windowState(), workAreas, { width: MIN_WIDTH, height: MIN_HEIGHT });
  const window = createWindow(windowOptions({ preload, bounds: state.bounds, spellcheck: settings.preferences().spellcheck }));

  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  // Registered before the flush hold so the state is saved while the window is still on screen.
  window.on('close', () => {
    settings.saveWindowState({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  });
  const guard = holdCloseForFlush(window, { requestFlush: () => window.webContents.send(wireEvent('flushRequested'), {}) });
  window.webContents.on('render-process-gone', (_event, { reason, exitCode }) => {
    log.error('the window’s renderer process is gone', { reason, exitCode });
  });

  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => log.error('could not load the app', { error: String(error) }));
  return { window, keepOpen: guard.keepOpen };
}
