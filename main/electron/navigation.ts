import type { Session, WebContents } from 'electron';
import type { Logger } from '../services/ipc/dispatcher';
import { APP_ORIGIN } from './app-protocol';

/** Only web pages go to the OS browser: never file:, custom schemes, or anything a shell would run. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const { protocol, hostname, username, password } = new URL(url);
    return (protocol === 'https:' || protocol === 'http:') && hostname !== '' && username === '' && password === '';
  } catch {
    return false;
  }
}

function isAppUrl(url: string): boolean {
  try {
    const { protocol, host } = new URL(url);
    return `${protocol}//${host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

export type NavigationDecision = 'allow' | 'open-externally' | 'deny';

/**
 * A page may only move within the app. A link to the web (a clicked link in a draft) opens in the
 * reporter's browser instead, where it cannot reach window.copydesk.
 */
export function decideNavigation(url: string): NavigationDecision {
  if (isAppUrl(url)) return 'allow';
  return isSafeExternalUrl(url) ? 'open-externally' : 'deny';
}

export interface GuardOptions {
  openExternal(url: string): Promise<void>;
  log: Logger;
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

const clipUrl = (url: string): string => url.slice(0, 200);

/** Applied to every webContents the app creates, so no page can leave app:// or spawn a window. */
export function guardWebContents(contents: GuardedContents, { openExternal, log }: GuardOptions): void {
  const openOutside = (url: string, reason: string) => {
    if (!isSafeExternalUrl(url)) {
      log.warn(`${reason} refused`, { url: clipUrl(url) });
      return;
    }
    openExternal(url).catch((error: unknown) => log.warn('could not open a link in the browser', { error: String(error) }));
  };

  contents.on('will-navigate', (event) => {
    if (decideNavigation(event.url) === 'allow') return;
    event.preventDefault();
    openOutside(event.url, 'navigation');
  });
  // A redirect is never the reporter's click, so it is not opened outside either.
  contents.on('will-redirect', (event) => {
    if (decideNavigation(event.url) === 'allow') return;
    event.preventDefault();
    log.warn('redirect refused', { url: clipUrl(event.url) });
  });
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url, 'new window');
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('webview refused');
  });
}

/** Copydesk needs no camera, microphone, location, notifications or anything else a page can ask. */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
  log: Logger,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('permission request refused', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}
