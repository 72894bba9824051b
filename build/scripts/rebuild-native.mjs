// Builds better-sqlite3 for the installed Electron into .cache/electron-native/better-sqlite3, a
// copy, so that node_modules keeps the Node build the tests load. main passes the resulting .node
// file to better-sqlite3 as nativeBinding when the app is not packaged (see main/electron/paths.ts).
// Skips the work when the copy was already built for this Electron and better-sqlite3.
// Usage: node build/scripts/rebuild-native.mjs
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(path.join(root, 'package.json'));
const cacheDir = path.join(root, '.cache/electron-native');
const moduleDir = path.join(cacheDir, 'better-sqlite3');
const headersDir = path.join(cacheDir, 'headers');
const binding = path.join(moduleDir, 'build/Release/better_sqlite3.node');
const stampFile = path.join(moduleDir, 'copydesk-build.json');
const DIST_URL = 'https://electronjs.org/headers';

const versionOf = (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
const sourceDir = path.dirname(require.resolve('better-sqlite3/package.json'));
// node-gyp as @electron/rebuild (a declared devDependency) depends on it.
const nodeGyp = createRequire(require.resolve('@electron/rebuild')).resolve('node-gyp/bin/node-gyp.js');

const wanted = {
  electron: versionOf('electron'),
  betterSqlite3: versionOf('better-sqlite3'),
  platform: process.platform,
  arch: process.arch,
};

function readStamp() {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return null;
  }
}

const stamp = readStamp();
if (existsSync(binding) && stamp && Object.entries(wanted).every(([key, value]) => stamp[key] === value)) {
  console.log(`better-sqlite3 ${wanted.betterSqlite3} is already built for Electron ${wanted.electron}: ${path.relative(root, binding)}`);
  process.exit(0);
}

const gypArgs = [`--target=${wanted.electron}`, `--arch=${wanted.arch}`, `--dist-url=${DIST_URL}`, `--devdir=${headersDir}`];
const gyp = (args, cwd) => spawnSync(process.execPath, [nodeGyp, ...args, ...gypArgs], { cwd, stdio: 'inherit' });

function giveUp(message) {
  rmSync(moduleDir, { recursive: true, force: true });
  console.error(`\n${message}`);
  process.exit(1);
}

console.log(`Building better-sqlite3 ${wanted.betterSqlite3} for Electron ${wanted.electron} (${wanted.platform}-${wanted.arch})…`);
mkdirSync(cacheDir, { recursive: true });

// Headers first, on their own, so that having no network reads as that and not as a compiler error.
if (gyp(['install'], cacheDir).status !== 0) {
  giveUp(
    `could not download Electron's headers to build better-sqlite3 for Electron: node-gyp failed to fetch ` +
      `${DIST_URL}/v${wanted.electron}/ (is the network reachable?). node_modules was not changed. ` +
      'The tests do not need this; running the app does.',
  );
}

rmSync(moduleDir, { recursive: true, force: true });
const sourceBuild = path.join(sourceDir, 'build');
cpSync(sourceDir, moduleDir, {
  recursive: true,
  filter: (file) => file !== sourceBuild && !file.startsWith(`${sourceBuild}${path.sep}`),
});

if (gyp(['rebuild', '--release'], moduleDir).status !== 0 || !existsSync(binding)) {
  giveUp(
    `could not compile better-sqlite3 for Electron ${wanted.electron}: see node-gyp's output above. ` +
      'node_modules was not changed. The tests do not need this; running the app does.',
  );
}

writeFileSync(stampFile, `${JSON.stringify(wanted, null, 2)}\n`);
console.log(`Built ${path.relative(root, binding)}`);
