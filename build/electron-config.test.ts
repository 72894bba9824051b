// Invariants of the packaged app that must not drift: they are its security boundary.
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import config from '../electron.config';

const root = new URL('../', import.meta.url);

test('every fuse is decided, and decided the safe way', () => {
  expect(config.electronFuses).toEqual({
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  });
});

test('the app ships as an asar with native modules unpacked beside it', () => {
  // onlyLoadAppFromAsar and the integrity check mean nothing without an asar.
  expect(config.asar).toBe(true);
  expect(config.asarUnpack).toEqual(['**/*.node']);
});

test('better-sqlite3 ships as the Electron build from rebuild-native, and node_modules is never rebuilt in place', () => {
  expect(config.npmRebuild).toBe(false);
  expect(config.extraResources).toEqual([
    { from: '.cache/electron-native/better-sqlite3/build/Release/better_sqlite3.node', to: 'native/better_sqlite3.node' },
  ]);
});

test('only the built app and package.json are packaged, from the expected folders', () => {
  expect(config.files).toEqual(['dist/main/**/*', 'dist/renderer/**/*', 'package.json', '!**/node_modules/better-sqlite3/{build,deps,src}/**']);
  expect(config.directories).toEqual({ buildResources: 'build', output: 'dist/release' });
  const packageJson = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { main: string };
  expect(packageJson.main).toBe('dist/main/main.cjs');
});

test('identity and targets', () => {
  expect(config.productName).toBe('Copydesk');
  expect(config.appId).toMatch(/^[a-z0-9]+(\.[a-z0-9-]+)+$/);
  expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  expect(config.mac?.target).toEqual(['dmg']);
  expect(config.win?.target).toEqual(['nsis']);
});

test('the icons each platform is pointed at exist', () => {
  for (const icon of [config.linux?.icon, config.mac?.icon, config.win?.icon]) {
    expect(icon).toBeTypeOf('string');
    expect(existsSync(new URL(icon as string, root)), icon as string).toBe(true);
  }
  for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
    expect(existsSync(new URL(`build/icons/${size}x${size}.png`, root)), `${size}x${size}`).toBe(true);
  }
});
