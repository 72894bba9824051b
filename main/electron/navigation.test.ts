import type { Session, WebContents } from 'electron';
import { describe, expect, test, vi } from 'vitest';
import { decideNavigation, denyAllPermissions, guardWebContents, isSafeExternalUrl } from './navigation';
import { FakeWebContents, fakeEvent } from './test-fakes';

const quietLog = () => ({ warn: vi.fn(), error: vi.fn() });

describe('isSafeExternalUrl', () => {
  test.each(['https://example.com/story', 'http://example.com', 'https://example.com:8443/a?b=c#d'])('%s may open in the browser', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  test.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'mailto:desk@example.com',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vscode://file/x',
    'app://copydesk/',
    'https://user:pass@example.com/',
    'https:',
    'not a url',
    '',
  ])('%s may not', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

test('decideNavigation keeps the window on app:// and sends web links outside', () => {
  expect(decideNavigation('app://copydesk/index.html')).toBe('allow');
  expect(decideNavigation('https://example.com/')).toBe('open-externally');
  expect(decideNavigation('app://elsewhere/')).toBe('deny');
  expect(decideNavigation('file:///etc/passwd')).toBe('deny');
});

function guarded() {
  const contents = new FakeWebContents();
  const openExternal = vi.fn(async (_url: string) => {});
  const log = quietLog();
  guardWebContents(contents as unknown as WebContents, { openExternal, log });
  return { contents, openExternal, log };
}

describe('guardWebContents', () => {
  test('navigation within the app proceeds', () => {
    const { contents, openExternal } = guarded();
    const event = fakeEvent({ url: 'app://copydesk/index.html' });
    contents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  test('navigation to the web is stopped and opened in the browser instead', () => {
    const { contents, openExternal } = guarded();
    const event = fakeEvent({ url: 'https://example.com/story' });
    contents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://example.com/story');
  });

  test('navigation anywhere else is stopped and opens nothing', () => {
    const { contents, openExternal, log } = guarded();
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'app://elsewhere/']) {
      const event = fakeEvent({ url });
      contents.emit('will-navigate', event);
      expect(event.defaultPrevented, url).toBe(true);
    }
    expect(openExternal).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalledTimes(3);
  });

  test('redirects away from the app are stopped and never opened outside', () => {
    const { contents, openExternal } = guarded();
    const away = fakeEvent({ url: 'https://example.com/' });
    contents.emit('will-redirect', away);
    expect(away.defaultPrevented).toBe(true);
    const inside = fakeEvent({ url: 'app://copydesk/index.html' });
    contents.emit('will-redirect', inside);
    expect(inside.defaultPrevented).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  test('new windows are always denied; web links go to the browser, nothing else does', () => {
    const { contents, openExternal } = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://copydesk/index.html' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.com/']]);
  });

  test('a failing openExternal is logged, not thrown', async () => {
    const { contents, openExternal, log } = guarded();
    openExternal.mockRejectedValueOnce(new Error('no browser'));
    contents.windowOpenHandler?.({ url: 'https://example.com/' });
    await vi.waitFor(() => expect(log.warn).toHaveBeenCalledWith('could not open a link in the browser', expect.anything()));
  });

  test('webviews are never attached', () => {
    const { contents } = guarded();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

test('every permission request and check is denied', () => {
  let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  let check: ((...args: unknown[]) => boolean) | null = null;
  const session = {
    setPermissionRequestHandler: (handler: typeof request) => (request = handler),
    setPermissionCheckHandler: (handler: typeof check) => (check = handler),
  };
  denyAllPermissions(session as unknown as Session, quietLog());
  for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
    const callback = vi.fn();
    request!({}, permission, callback);
    expect(callback, permission).toHaveBeenCalledWith(false);
    expect(check!({}, permission, 'app://copydesk', {}), permission).toBe(false);
  }
});
