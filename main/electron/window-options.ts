import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './window-state';

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload. */
  preload: string;
  bounds: WindowBounds;
  spellcheck: boolean;
}

export const MIN_WIDTH = 720;
export const MIN_HEIGHT = 480;

/**
 * Every security-relevant webPreference is spelled out, even where it matches Electron's default,
 * so that a change of default cannot weaken the window and the test can assert each one.
 */
export function windowOptions({ preload, bounds, spellcheck }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'Copydesk',
    // Shown on ready-to-show, so the reporter never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload,
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
      safeDialogs: true,
      spellcheck,
    },
  };
}
