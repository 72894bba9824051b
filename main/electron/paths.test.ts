import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { appPaths, ELECTRON_NATIVE_BINDING, PACKAGED_NATIVE_BINDING, profileDirFromEnv } from './paths';

test('in development main loads the Electron build of better-sqlite3 from the project cache', () => {
  expect(appPaths({ bundleDir: '/proj/dist/main', appPath: '/proj', resourcesPath: '/electron/resources', isPackaged: false })).toEqual({
    rendererDir: path.join('/proj/dist/renderer'),
    preload: path.join('/proj/dist/main/preload.cjs'),
    nativeBinding: path.join('/proj', ELECTRON_NATIVE_BINDING),
  });
});

test('packaged, it loads the copy shipped in resources/native', () => {
  const paths = appPaths({
    bundleDir: '/opt/Copydesk/resources/app.asar/dist/main',
    appPath: '/opt/Copydesk/resources/app.asar',
    resourcesPath: '/opt/Copydesk/resources',
    isPackaged: true,
  });
  expect(paths.nativeBinding).toBe(path.join('/opt/Copydesk/resources/native/better_sqlite3.node'));
  expect(paths.rendererDir).toBe(path.join('/opt/Copydesk/resources/app.asar/dist/renderer'));
});

test('the rebuild script, the packaging config and main agree on where the binding is', async () => {
  const read = (file: string) => readFile(new URL(`../../${file}`, import.meta.url), 'utf8');
  const [script, config] = await Promise.all([read('build/scripts/rebuild-native.mjs'), read('electron.config.ts')]);
  expect(ELECTRON_NATIVE_BINDING).toBe('.cache/electron-native/better-sqlite3/build/Release/better_sqlite3.node');
  expect(script).toContain("'.cache/electron-native'");
  expect(script).toContain("'build/Release/better_sqlite3.node'");
  expect(config).toContain(`from: '${ELECTRON_NATIVE_BINDING}', to: '${PACKAGED_NATIVE_BINDING}'`);
});

test('COPYDESK_PROFILE_DIR moves the profile; blank means the default', () => {
  expect(profileDirFromEnv({ COPYDESK_PROFILE_DIR: '/tmp/p' })).toBe(path.resolve('/tmp/p'));
  expect(profileDirFromEnv({ COPYDESK_PROFILE_DIR: '  ' })).toBeNull();
  expect(profileDirFromEnv({})).toBeNull();
});
