import path from 'node:path';

/**
 * Where build/scripts/rebuild-native.mjs puts better-sqlite3 compiled for Electron's ABI, relative
 * to the project root. node_modules keeps the Node build that the tests load.
 */
export const ELECTRON_NATIVE_BINDING = '.cache/electron-native/better-sqlite3/build/Release/better_sqlite3.node';
/** The same file in a packaged app, relative to its resources folder (electron.config.ts). */
export const PACKAGED_NATIVE_BINDING = 'native/better_sqlite3.node';

export interface AppPaths {
  rendererDir: string;
  preload: string;
  nativeBinding: string;
}

export interface AppLocation {
  /** dist/main, where main.cjs and preload.cjs are. */
  bundleDir: string;
  /** The project folder in development. */
  appPath: string;
  /** process.resourcesPath: where a packaged app keeps files outside its asar. */
  resourcesPath: string;
  isPackaged: boolean;
}

export function appPaths({ bundleDir, appPath, resourcesPath, isPackaged }: AppLocation): AppPaths {
  return {
    rendererDir: path.join(bundleDir, '..', 'renderer'),
    preload: path.join(bundleDir, 'preload.cjs'),
    nativeBinding: isPackaged ? path.join(resourcesPath, PACKAGED_NATIVE_BINDING) : path.join(appPath, ELECTRON_NATIVE_BINDING),
  };
}

/** COPYDESK_PROFILE_DIR moves the whole profile (drafts, settings, Chromium's data): tests use it. */
export function profileDirFromEnv(env: Record<string, string | undefined>): string | null {
  const dir = env.COPYDESK_PROFILE_DIR?.trim();
  return dir ? path.resolve(dir) : null;
}
