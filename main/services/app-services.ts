import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openDraftStore } from './drafts/store';
import { createHandlers, type Emit } from './handlers';
import { createDispatcher, type Dispatch, type Logger } from './ipc/dispatcher';

export interface AppServicesOptions {
  /** The user's profile directory: drafts.sqlite lives here. */
  profileDir: string;
  /** The origin the window's page is served from; requests from anywhere else are refused. */
  appOrigin: string;
  log: Logger;
  /** Path to a better-sqlite3 binary built for the running runtime (Electron's ABI in the app). */
  nativeBinding?: string;
}

export interface AppServices {
  dispatch: Dispatch;
  /** Subscribes to pushes for the renderer; returns the unsubscribe function. */
  onEvent(listener: Emit): () => void;
  close(): void;
}

/** Everything main runs for a window, without Electron: used by the app and by the test bridge. */
export function openAppServices({ profileDir, appOrigin, log, nativeBinding }: AppServicesOptions): AppServices {
  mkdirSync(profileDir, { recursive: true });
  const drafts = openDraftStore({ file: path.join(profileDir, 'drafts.sqlite'), nativeBinding });
  const listeners = new Set<Emit>();
  const emit: Emit = (event, payload) => {
    for (const listener of listeners) listener(event, payload);
  };
  const dispatch = createDispatcher({ handlers: createHandlers(drafts, emit), appOrigin, log });
  return {
    dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => drafts.close(),
  };
}
