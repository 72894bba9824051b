// The app's lifecycle with a stand-in electron module: main.ts runs on import, so each test
// imports it afresh.
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { channels, wireChannel } from '../../shared/ipc/contract';
import type { PublishingPorts } from '../services/publishing/service';
import { FakeWindow, fakeEvent } from './test-fakes';

const fake = vi.hoisted(() => ({
  electron: null as unknown as ReturnType<typeof makeElectron>,
  services: null as unknown as {
    dispatch: ReturnType<typeof vi.fn>;
    onEvent: ReturnType<typeof vi.fn>;
    close: ReturnType<typeof vi.fn>;
    desktop: Record<'recentDrafts' | 'onRecentChanged' | 'clearRecent' | 'addHouseWord' | 'uiLanguage' | 'onUiLanguageChanged', ReturnType<typeof vi.fn>>;
  },
  openAppServices: vi.fn(),
}));

function makeElectron({ locked = true, isPackaged = true } = {}) {
  const calls: string[] = [];
  const windows: FakeWindow[] = [];
  const app = Object.assign(new EventEmitter(), {
    isPackaged,
    setPath: vi.fn((name: string) => calls.push(`setPath:${name}`)),
    getPath: vi.fn(() => '/profile'),
    getAppPath: () => '/project',
    getVersion: () => '0.1.0',
    getLocale: () => 'ru-RU',
    enableSandbox: vi.fn(() => calls.push('enableSandbox')),
    requestSingleInstanceLock: vi.fn(() => {
      calls.push('requestSingleInstanceLock');
      return locked;
    }),
    whenReady: vi.fn(() => Promise.resolve()),
    quit: vi.fn(),
    exit: vi.fn(),
  });
  return {
    calls,
    windows,
    app,
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn(),
    },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        availableSpellCheckerLanguages: ['en-US', 'ru'],
        setSpellCheckerLanguages: vi.fn(),
        listWordsInSpellCheckerDictionary: vi.fn(async () => []),
        addWordToSpellCheckerDictionary: vi.fn(),
        removeWordFromSpellCheckerDictionary: vi.fn(),
      },
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template, popup: vi.fn() })),
      setApplicationMenu: vi.fn(),
    },
    nativeTheme: { themeSource: 'system' },
    shell: { openExternal: vi.fn(async () => {}) },
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/exports/harbour.json' })) },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (text: string) => Buffer.from(text),
      decryptString: (data: Buffer) => data.toString(),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    BrowserWindow: class extends FakeWindow {
      constructor(options: unknown) {
        super(options);
        windows.push(this);
      }
      isMinimized = () => true;
      restore = vi.fn();
      focus = vi.fn();
    },
  };
}

// Mock factories run once per file; getters hand each fresh import of main.ts the current fake.
vi.mock('electron', () => {
  const names = ['app', 'protocol', 'ipcMain', 'session', 'shell', 'dialog', 'safeStorage', 'screen', 'BrowserWindow', 'Menu', 'nativeTheme'] as const;
  const electron = {};
  for (const name of names) Object.defineProperty(electron, name, { get: () => fake.electron[name], enumerable: true });
  return electron;
});
vi.mock('electron-store', () => ({
  default: class {
    private data = new Map<string, unknown>();
    constructor(options: { defaults: Record<string, unknown> }) {
      for (const [key, value] of Object.entries(options.defaults)) this.data.set(key, value);
    }
    get = (key: string) => this.data.get(key);
    set = (key: string, value: unknown) => this.data.set(key, value);
  },
}));
vi.mock('../services/app-services', () => ({ openAppServices: fake.openAppServices }));

async function startMain(options?: Parameters<typeof makeElectron>[0]) {
  fake.electron = makeElectron(options);
  fake.services = {
    dispatch: vi.fn(),
    onEvent: vi.fn(() => () => {}),
    close: vi.fn(),
    desktop: {
      recentDrafts: vi.fn(() => []),
      onRecentChanged: vi.fn(() => () => {}),
      clearRecent: vi.fn(),
      addHouseWord: vi.fn(),
      uiLanguage: vi.fn(() => null),
      onUiLanguageChanged: vi.fn(() => () => {}),
    },
  };
  fake.openAppServices.mockReset().mockReturnValue(fake.services);
  vi.resetModules();
  await import('./main');
  await vi.waitFor(() => expect(fake.electron.app.whenReady).toHaveBeenCalled());
  await new Promise((resolve) => setImmediate(resolve));
  return fake.electron;
}

// A packaged app's resources folder, holding the (here empty) Electron build of better-sqlite3.
const resourcesPath = mkdtempSync(path.join(tmpdir(), 'copydesk-resources-'));
const processWithResources = process as unknown as { resourcesPath?: string };

beforeAll(() => {
  mkdirSync(path.join(resourcesPath, 'native'));
  writeFileSync(path.join(resourcesPath, 'native/better_sqlite3.node'), '');
  processWithResources.resourcesPath = resourcesPath;
});

afterAll(() => {
  delete processWithResources.resourcesPath;
  rmSync(resourcesPath, { recursive: true, force: true });
});

beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  delete process.env.COPYDESK_PROFILE_DIR;
  vi.restoreAllMocks();
});

test('the sandbox and the app:// scheme are set up before the app is ready', async () => {
  const electron = await startMain();
  expect(electron.calls.slice(0, 3)).toEqual(['enableSandbox', 'registerSchemesAsPrivileged', 'requestSingleInstanceLock']);
  expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
    { scheme: 'app', privileges: { standard: true, secure: true } },
  ]);
});

test('once ready: services on the profile, the protocol, the IPC handlers, guards and one window', async () => {
  const electron = await startMain();
  expect(fake.openAppServices).toHaveBeenCalledWith(
    expect.objectContaining({
      profileDir: '/profile',
      appOrigin: 'app://copydesk',
      nativeBinding: path.join(resourcesPath, 'native/better_sqlite3.node'),
    }),
  );
  expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  expect(electron.ipcMain.handle.mock.calls.map(([name]) => name).sort()).toEqual(channels.map(wireChannel).sort());
  expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
  expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
  expect(electron.windows).toHaveLength(1);
  expect(electron.windows[0]!.loaded).toEqual(['app://copydesk/']);
  expect(electron.app.listenerCount('web-contents-created')).toBe(1);
});

test('publishing gets the Electron-only ports: accounts in electron-store, safeStorage, the save dialog, the browser', async () => {
  const electron = await startMain();
  const { ports } = fake.openAppServices.mock.calls[0]![0] as { ports: PublishingPorts };
  ports.accountStore.write([]);
  expect(ports.accountStore.read()).toEqual([]);
  expect(ports.cipher.protection()).toBe('os');
  expect(ports.cipher.decrypt(ports.cipher.encrypt('secret'))).toBe('secret');

  expect(await ports.saveDialog!({ title: 'Export', defaultName: 'harbour.json', filters: [] })).toBe('/exports/harbour.json');
  expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(electron.windows[0], expect.objectContaining({ defaultPath: 'harbour.json' }));

  await ports.openExternal!('https://news.example/harbour/');
  await ports.openExternal!('file:///etc/passwd');
  expect(electron.shell.openExternal.mock.calls).toEqual([['https://news.example/harbour/']]);
});

test('a second launch brings the first window back', async () => {
  const electron = await startMain();
  electron.app.emit('second-instance');
  const [window] = electron.windows as unknown as Array<{ restore: () => void; focus: () => void }>;
  expect(window!.restore).toHaveBeenCalled();
  expect(window!.focus).toHaveBeenCalled();
});

test('the second instance quits at once and opens nothing', async () => {
  fake.electron = makeElectron({ locked: false });
  fake.openAppServices.mockReset();
  vi.resetModules();
  await import('./main');
  expect(fake.electron.app.quit).toHaveBeenCalled();
  expect(fake.electron.app.whenReady).not.toHaveBeenCalled();
  expect(fake.openAppServices).not.toHaveBeenCalled();
});

test('COPYDESK_PROFILE_DIR becomes userData before the lock is taken', async () => {
  process.env.COPYDESK_PROFILE_DIR = '/tmp/copydesk-test-profile';
  const electron = await startMain();
  expect(electron.app.setPath).toHaveBeenCalledWith('userData', path.resolve('/tmp/copydesk-test-profile'));
  expect(electron.calls.indexOf('setPath:userData')).toBeLessThan(electron.calls.indexOf('requestSingleInstanceLock'));
});

test('quitting flushes the window first and closes the services last', async () => {
  const electron = await startMain();
  const [window] = electron.windows;
  const beforeQuit = fakeEvent();
  electron.app.emit('before-quit', beforeQuit);
  expect(beforeQuit.defaultPrevented).toBe(true);
  expect(window!.webContents.sent.map(([name]) => name)).toEqual(['copydesk:event:flushRequested']);
  window!.closeFromRenderer();
  expect(electron.app.quit).toHaveBeenCalled();
  electron.app.emit('will-quit');
  expect(fake.services.close).toHaveBeenCalledTimes(1);
});

test('a request failing while the window closes keeps it open past the timeout', async () => {
  const electron = await startMain();
  const [window] = electron.windows;
  vi.useFakeTimers();
  try {
    window!.close();
    fake.services.dispatch.mockResolvedValueOnce({ ok: false, error: { code: 'storage', message: 'disk full' } });
    const saveDraft = electron.ipcMain.handle.mock.calls.find(([name]) => name === wireChannel('saveDraft'))![1];
    const sender = { senderFrame: { url: 'app://copydesk/' }, sender: { mainFrame: null } };
    await saveDraft(sender, {});
    vi.advanceTimersByTime(10_000);
    expect(window!.isDestroyed()).toBe(false);
  } finally {
    vi.useRealTimers();
  }
});

test('in development, a missing Electron build of better-sqlite3 stops the app with a clear message', async () => {
  const electron = await startMain({ isPackaged: false });
  expect(fake.openAppServices).not.toHaveBeenCalled();
  expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Copydesk could not start', expect.stringContaining('rebuild-native.mjs'));
  expect(electron.app.exit).toHaveBeenCalledWith(1);
});

test('the desktop: the app menu from the registry, menu clicks sent to the window, the spelling menu, the theme', async () => {
  const electron = await startMain();
  const [window] = electron.windows;
  expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
  const [template] = electron.Menu.buildFromTemplate.mock.calls[0]! as [Array<{ label: string; submenu: Array<{ id?: string; click?: () => void }> }>];
  // No language chosen yet, and the fake system speaks Russian: so does the menu.
  const file = template.find((menu) => /Файл/.test(menu.label))!;
  file.submenu.find((item) => item.id === 'newDraft')!.click!();
  expect(window!.webContents.sent).toContainEqual(['copydesk:event:menuCommand', { id: 'newDraft' }]);

  expect(window!.webContents.listenerCount('context-menu')).toBe(1);
  const { desktopPorts } = fake.openAppServices.mock.calls[0]![0] as { desktopPorts: { applyTheme(theme: string): void } };
  desktopPorts.applyTheme('dark');
  expect(electron.nativeTheme.themeSource).toBe('dark');
});
