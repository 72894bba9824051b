import { existsSync } from 'node:fs';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, safeStorage, screen, session, shell } from 'electron';
import { localeFromSystem } from '../../shared/i18n/messages';
import { wireEvent, type EventName, type EventPayload } from '../../shared/ipc/contract';
import { openAppServices, type AppServices } from '../services/app-services';
import type { Dispatch } from '../services/ipc/dispatcher';
import { electronAccountStore } from './account-store';
import { APP_ORIGIN, APP_SCHEME, appScheme, createAppProtocolHandler } from './app-protocol';
import { openAppWindow, type AppWindow } from './app-window';
import { quitAfterWindowCloses } from './close-flush';
import { forwardEvents, registerIpcHandlers } from './ipc-adapter';
import { createConsoleLogger } from './logger';
import { installAppMenu } from './menu';
import { denyAllPermissions, guardWebContents, isSafeExternalUrl } from './navigation';
import { appPaths, profileDirFromEnv } from './paths';
import { safeStorageCipher } from './safe-storage';
import { nativeSaveDialog } from './save-dialog';
import { openSettingsStore } from './settings-store';
import { attachContextMenu, sessionSpellcheck } from './spellcheck';

const log = createConsoleLogger();

// Before anything reads userData: the single-instance lock and electron-store live there too.
const profileDir = profileDirFromEnv(process.env);
if (profileDir) app.setPath('userData', profileDir);

app.enableSandbox();
protocol.registerSchemesAsPrivileged([appScheme]);

if (app.requestSingleInstanceLock()) {
  start();
} else {
  // The first instance gets 'second-instance' and comes to the front.
  app.quit();
}

function fail(message: string, error?: unknown): void {
  log.error(message, error === undefined ? undefined : { error: String((error as Error)?.stack ?? error) });
  dialog.showErrorBox('Copydesk could not start', message);
  app.exit(1);
}

function start(): void {
  let appWindow: AppWindow | null = null;
  const currentWindow = (): BrowserWindow | null => appWindow?.window ?? null;
  let services: AppServices | null = null;

  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, { openExternal: (url) => shell.openExternal(url), log });
  });
  app.on('second-instance', () => {
    const window = currentWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  quitAfterWindowCloses(app, currentWindow);
  app.on('will-quit', () => {
    services?.close();
    services = null;
  });

  app
    .whenReady()
    .then(() => {
      const paths = appPaths({
        bundleDir: __dirname,
        appPath: app.getAppPath(),
        resourcesPath: process.resourcesPath,
        isPackaged: app.isPackaged,
      });
      if (!existsSync(paths.nativeBinding)) {
        fail(
          app.isPackaged
            ? `This copy of Copydesk is incomplete: ${paths.nativeBinding} is missing. Please reinstall it.`
            : `better-sqlite3 has not been built for Electron (${paths.nativeBinding} is missing). Run: node build/scripts/rebuild-native.mjs`,
        );
        return;
      }
      const opened = openAppServices({
        profileDir: app.getPath('userData'),
        appOrigin: APP_ORIGIN,
        log,
        nativeBinding: paths.nativeBinding,
        ports: {
          accountStore: electronAccountStore(),
          cipher: safeStorageCipher(safeStorage),
          saveDialog: nativeSaveDialog(dialog, currentWindow),
          openExternal: async (url) => {
            if (isSafeExternalUrl(url)) await shell.openExternal(url);
          },
        },
        desktopPorts: {
          applyTheme: (theme) => {
            nativeTheme.themeSource = theme;
          },
          spellcheck: sessionSpellcheck(session.defaultSession, log),
        },
      });
      services = opened;
      log.info('Copydesk is ready', { version: app.getVersion(), profileDir: app.getPath('userData'), packaged: app.isPackaged });
      denyAllPermissions(session.defaultSession, log);
      protocol.handle(APP_SCHEME, createAppProtocolHandler(paths.rendererDir, { assetFile: (sha256) => opened.assetFile(sha256) }));
      // A request failing while the window closes is the renderer failing to save: it keeps the
      // window open to show the error, and the close timeout must not take that away.
      const dispatch: Dispatch = async (channel, input, sender) => {
        const result = await opened.dispatch(channel, input, sender);
        if (!result.ok) appWindow?.keepOpen();
        return result;
      };
      registerIpcHandlers(ipcMain, dispatch);
      forwardEvents(opened, () => currentWindow()?.webContents ?? null);
      const sendToWindow = <E extends EventName>(event: E, payload: EventPayload<E>) => {
        const contents = currentWindow()?.webContents;
        if (contents && !contents.isDestroyed()) contents.send(wireEvent(event), payload);
      };
      // The window's default is navigator.language, which Electron takes from app.getLocale().
      const systemLocale = localeFromSystem(app.getLocale());
      installAppMenu({
        Menu,
        platform: process.platform === 'darwin' ? 'mac' : 'other',
        systemLocale,
        services: opened,
        actions: {
          run: (id) => sendToWindow('menuCommand', { id }),
          openDraft: (id) => sendToWindow('menuOpenDraft', { id }),
          clearRecent: () => {
            try {
              opened.desktop.clearRecent();
            } catch (error) {
              log.warn('recent drafts not cleared', { error: String(error) });
            }
          },
        },
      });

      const settings = openSettingsStore();
      const showWindow = () => {
        const created = openAppWindow({
          createWindow: (options) => new BrowserWindow(options),
          preload: paths.preload,
          settings,
          workAreas: screen.getAllDisplays().map((display) => display.workArea),
          log,
        });
        // Added before quitAfterWindowCloses can add its own 'closed' listener, so that the quit it
        // retries finds no window left to wait for.
        created.window.on('closed', () => {
          if (appWindow === created) appWindow = null;
        });
        attachContextMenu(created.window.webContents, {
          Menu,
          addToHouseDictionary: (word) => opened.desktop.addHouseWord(word),
          locale: () => opened.desktop.uiLanguage() ?? systemLocale,
          log,
        });
        appWindow = created;
      };
      showWindow();
      app.on('activate', () => {
        if (!appWindow) showWindow();
      });
    })
    .catch((error: unknown) => fail('Copydesk could not start. The log has the details.', error));
}
