// Bundles Electron's main process and the preload into dist/main/ (package.json "main" points at
// dist/main/main.cjs). Usage: node build/scripts/build-main.mjs [--outdir DIR]
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outdirFlag = process.argv.indexOf('--outdir');
if (outdirFlag !== -1 && !process.argv[outdirFlag + 1]) throw new Error('--outdir needs a directory');
const outDir = path.resolve(root, outdirFlag === -1 ? 'dist/main' : process.argv[outdirFlag + 1]);
const contractFile = path.join(root, 'shared/ipc/contract.ts');

const importSource = (source) => import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);

/** The real contract module, compiled on the fly, to read its channel and event names. */
async function loadContract() {
  const { outputFiles } = await esbuild.build({
    entryPoints: [contractFile],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  return importSource(outputFiles[0].text);
}

/**
 * The preload needs the contract's names and wire-name functions, not its schemas. Importing
 * contract.ts would pull all of zod into the preload (about 740 kB), so the preload build gets a
 * stand-in generated from the real module and checked to name things identically. If the
 * preload ever imports something else from the contract, esbuild stops with "No matching export".
 */
async function contractNamesModule() {
  const contract = await loadContract();
  const source = [
    `export const channels = ${JSON.stringify(contract.channels)};`,
    `export const eventNames = ${JSON.stringify(contract.eventNames)};`,
    `export const wireChannel = ${contract.wireChannel.toString()};`,
    `export const wireEvent = ${contract.wireEvent.toString()};`,
  ].join('\n');
  const names = await importSource(source);
  for (const channel of contract.channels) {
    if (names.wireChannel(channel) !== contract.wireChannel(channel)) throw new Error(`wireChannel differs for ${channel}`);
  }
  for (const event of contract.eventNames) {
    if (names.wireEvent(event) !== contract.wireEvent(event)) throw new Error(`wireEvent differs for ${event}`);
  }
  return source;
}

const contractWithoutSchemas = (source) => ({
  name: 'contract-without-schemas',
  setup(build) {
    build.onResolve({ filter: /(^|\/)contract(\.ts)?$/ }, ({ path: request, resolveDir }) => {
      const file = path.resolve(resolveDir, request.endsWith('.ts') ? request : `${request}.ts`);
      return file === contractFile ? { path: file, namespace: 'contract-names' } : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'contract-names' }, () => ({ contents: source, loader: 'js' }));
  },
});

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  logLevel: 'warning',
  metafile: true,
  absWorkingDir: root,
};

// electron-store (and conf under it) is ESM-only, so it is bundled; better-sqlite3 is native and
// is loaded from node_modules (or from nativeBinding in development).
await esbuild.build({
  ...common,
  entryPoints: ['main/electron/main.ts'],
  outfile: path.join(outDir, 'main.cjs'),
  external: ['electron', 'better-sqlite3'],
});

const preload = await esbuild.build({
  ...common,
  entryPoints: ['main/electron/preload.ts'],
  outfile: path.join(outDir, 'preload.cjs'),
  external: ['electron'],
  plugins: [contractWithoutSchemas(await contractNamesModule())],
});

// A sandboxed preload can require('electron') and little else; anything more fails only at run
// time, in the window, so it is refused here.
const preloadInputs = Object.keys(preload.metafile.inputs);
const nodeModules = preloadInputs.filter((input) => input.includes('node_modules'));
const imports = Object.values(preload.metafile.outputs).flatMap((output) => output.imports.map((entry) => entry.path));
const foreign = imports.filter((name) => name !== 'electron');
if (nodeModules.length || foreign.length) {
  throw new Error(`the preload must load nothing but electron; it has ${[...nodeModules, ...foreign].join(', ')}`);
}

for (const file of ['main.cjs', 'preload.cjs']) {
  const { size } = await stat(path.join(outDir, file));
  console.log(`${path.relative(root, path.join(outDir, file))}  ${(size / 1024).toFixed(1)} kB`);
}
