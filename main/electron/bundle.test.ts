// The built bundles, run for real in plain Node with a stand-in electron module: what esbuild made
// of electron-store, the services, the protocol and the IPC adapter must work together, with the
// real drafts database behind them. Only the Electron binary itself is missing.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { channels, wireChannel } from '../../shared/ipc/contract';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { FakeApp, FakeWindow } from './test-fakes';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Inside the project, so that the bundle's require('better-sqlite3') finds node_modules.
mkdirSync(path.join(root, '.cache'), { recursive: true });
const workDir = mkdtempSync(path.join(root, '.cache', 'bundle-test-'));
const bundleDir = path.join(workDir, 'dist/main');
const profileDir = path.join(workDir, 'profile');

type Invoke = (event: unknown, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;

function fakeElectron() {
  const paths = new Map<string, string>([['userData', path.join(workDir, 'default-profile')]]);
  const handlers = new Map<string, Invoke>();
  const windows: FakeWindow[] = [];
  let protocolHandler: ((request: Request) => Promise<Response>) | null = null;
  const app = Object.assign(new FakeApp(), {
    isPackaged: true,
    setPath: (name: string, value: string) => paths.set(name, value),
    getPath: (name: string) => paths.get(name),
    getAppPath: () => workDir,
    getVersion: () => '0.0.0-test',
    getLocale: () => 'en-US',
    enableSandbox: () => {},
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    exit: (code: number) => {
      throw new Error(`app.exit(${code})`);
    },
  });
  return {
    windows,
    handlers,
    serve: (url: string) => protocolHandler!(new Request(url)),
    module: {
      app,
      protocol: {
        registerSchemesAsPrivileged: () => {},
        handle: (_scheme: string, handler: typeof protocolHandler) => (protocolHandler = handler),
      },
      // electron-store registers one ipcMain.on listener of its own; nothing answers it in a
      // renderer without ipcRenderer.
      ipcMain: { handle: (name: string, handler: Invoke) => handlers.set(name, handler), removeHandler: () => {}, on: () => {} },
      session: {
        defaultSession: {
          setPermissionRequestHandler: () => {},
          setPermissionCheckHandler: () => {},
          availableSpellCheckerLanguages: ['en-US', 'ru'],
          setSpellCheckerLanguages: () => {},
          listWordsInSpellCheckerDictionary: async () => [],
          addWordToSpellCheckerDictionary: () => true,
          removeWordFromSpellCheckerDictionary: () => true,
        },
      },
      Menu: { buildFromTemplate: (template: unknown[]) => ({ template, popup: () => {} }), setApplicationMenu: () => {} },
      nativeTheme: { themeSource: 'system' },
      shell: { openExternal: async () => {} },
      // A keyring that XORs: enough to tell ciphertext from plaintext on disk.
      safeStorage: {
        isEncryptionAvailable: () => true,
        getSelectedStorageBackend: () => 'gnome_libsecret',
        encryptString: (text: string) => Buffer.from(Buffer.from(text, 'utf8').map((byte) => byte ^ 0x5a)),
        decryptString: (data: Buffer) => Buffer.from(data.map((byte) => byte ^ 0x5a)).toString('utf8'),
      },
      dialog: {
        showErrorBox: (title: string, message: string) => {
          throw new Error(`${title}: ${message}`);
        },
      },
      screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
      BrowserWindow: class extends FakeWindow {
        constructor(options: unknown) {
          super(options);
          windows.push(this);
        }
      },
    },
  };
}

const electron = fakeElectron();
const processWithResources = process as unknown as { resourcesPath?: string };
const fromApp = { senderFrame: { url: 'app://copydesk/' }, sender: {} as { mainFrame?: unknown } };
fromApp.sender.mainFrame = fromApp.senderFrame;

beforeAll(async () => {
  const build = spawnSync(process.execPath, ['build/scripts/build-main.mjs', '--outdir', bundleDir], { cwd: root, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  mkdirSync(path.join(workDir, 'dist/renderer'));
  writeFileSync(path.join(workDir, 'dist/renderer/index.html'), '<!doctype html><title>Copydesk</title>');
  // Where a packaged app has its Electron build of better-sqlite3; here the Node build stands in.
  mkdirSync(path.join(workDir, 'resources/native'), { recursive: true });
  copyFileSync(
    path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
    path.join(workDir, 'resources/native/better_sqlite3.node'),
  );
  processWithResources.resourcesPath = path.join(workDir, 'resources');

  // Start-up is logged, and so are the refusals below, on purpose.
  vi.spyOn(console, 'info').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.stubEnv('COPYDESK_PROFILE_DIR', profileDir);
  // Compiled as CommonJS by hand: Vitest's loader hooks would otherwise treat the file as ESM.
  type Loader = { _load: (request: string, ...rest: unknown[]) => unknown; _nodeModulePaths: (dir: string) => string[] };
  type CjsModule = { filename: string; paths: string[]; _compile(source: string, file: string): void };
  const loader = Module as unknown as Loader;
  const load = loader._load;
  loader._load = function (request, ...rest) {
    return request === 'electron' ? electron.module : load.call(this, request, ...rest);
  };
  try {
    const file = path.join(bundleDir, 'main.cjs');
    const main = new (Module as unknown as new (id: string) => CjsModule)(file);
    main.filename = file;
    main.paths = loader._nodeModulePaths(bundleDir);
    main._compile(readFileSync(file, 'utf8'), file);
  } finally {
    loader._load = load;
  }
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
}, 60_000);

afterAll(() => {
  delete processWithResources.resourcesPath;
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  rmSync(workDir, { recursive: true, force: true });
});

test('the preload bundle is small, free of zod, and loads nothing but electron', () => {
  const preload = readFileSync(path.join(bundleDir, 'preload.cjs'), 'utf8');
  expect(preload.length).toBeLessThan(10_000);
  expect(preload).not.toMatch(/zod|safeParse/);
  expect([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map(([, name]) => name)).toEqual(['electron']);
});

test('the profile comes from COPYDESK_PROFILE_DIR, with the database and settings in it', () => {
  expect(existsSync(path.join(profileDir, 'drafts.sqlite'))).toBe(true);
  expect(electron.module.app.getPath('userData')).toBe(profileDir);
});

test('app://copydesk/ serves the renderer with the CSP', async () => {
  const response = await electron.serve('app://copydesk/');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
});

test('the window is sandboxed, uses the bundled preload and loads the app', () => {
  const [window] = electron.windows;
  expect(window!.options).toMatchObject({
    webPreferences: { preload: path.join(bundleDir, 'preload.cjs'), sandbox: true, contextIsolation: true, nodeIntegration: false },
  });
  expect(window!.loaded).toEqual(['app://copydesk/']);
});

test('IPC reaches the real services from the app, and is refused from anywhere else', async () => {
  expect([...electron.handlers.keys()].sort()).toEqual(channels.map(wireChannel).sort());
  const created = await electron.handlers.get(wireChannel('createDraft'))!(fromApp, {});
  expect(created).toMatchObject({ ok: true, value: { headline: '' } });
  const listed = await electron.handlers.get(wireChannel('listDrafts'))!(fromApp, {});
  expect(listed).toMatchObject({ ok: true, value: [{ id: (created.value as { id: string }).id }] });

  const stranger = { senderFrame: { url: 'https://example.com/' }, sender: { mainFrame: null } };
  stranger.sender.mainFrame = stranger.senderFrame as never;
  const refused = await electron.handlers.get(wireChannel('listDrafts'))!(stranger, {});
  expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
  const malformed = await electron.handlers.get(wireChannel('getDraft'))!(fromApp, { id: 'x', extra: 1 });
  expect(malformed).toMatchObject({ ok: false, error: { code: 'bad_request' } });
});

test('accounts go to accounts.json through electron-store, the secret only as safeStorage ciphertext', async () => {
  const invoke = (channel: Parameters<typeof wireChannel>[0], input: unknown) => electron.handlers.get(wireChannel(channel))!(fromApp, input);
  const saved = await invoke('saveAccount', { kind: 'wordpress', label: 'Gazette', siteUrl: 'news.example', username: 'editor' });
  const id = (saved.value as { id: string }).id;
  const secret = 'abcd EFGH ijkl MNOP qrst UVWX';
  expect(await invoke('setAccountSecret', { id, secret })).toMatchObject({ ok: true, value: { secretStatus: 'set', weakStorage: false } });
  const file = readFileSync(path.join(profileDir, 'accounts.json'), 'utf8');
  expect(JSON.parse(file).accounts).toMatchObject([{ id, siteUrl: 'https://news.example', secret: { ciphertext: expect.any(String) } }]);
  expect(file).not.toContain(secret);
  expect(file).not.toContain(Buffer.from(secret).toString('base64'));
});

test('quitting asks the window to flush, then saves its state and closes the services', () => {
  const [window] = electron.windows;
  electron.module.app.quit();
  expect(window!.webContents.sent.map(([name]) => name)).toContain('copydesk:event:flushRequested');
  expect(electron.module.app.quits).toBe(0);
  window!.closeFromRenderer();
  expect(electron.module.app.quits).toBe(1);
  const settings = JSON.parse(readFileSync(path.join(profileDir, 'settings.json'), 'utf8'));
  expect(settings.windowState).toEqual({ bounds: window!.normalBounds, maximized: false });
});
