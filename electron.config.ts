// electron-builder's configuration: `electron-builder --config electron.config.ts` (electron-builder
// 26 loads TypeScript configs through jiti and takes the default export).
import type { Configuration } from 'electron-builder';

const config: Configuration = {
  appId: 'news.copydesk.app',
  productName: 'Copydesk',
  directories: { buildResources: 'build', output: 'dist/release' },
  // The app is what build:main and build:renderer produce; electron-builder adds the production
  // node_modules. better-sqlite3's own Node-ABI build and C sources are left out: main loads the
  // Electron build shipped in resources/native (below).
  files: ['dist/main/**/*', 'dist/renderer/**/*', 'package.json', '!**/node_modules/better-sqlite3/{build,deps,src}/**'],
  // With a single package.json, electron-builder's rebuild would recompile better-sqlite3 inside
  // the project's own node_modules for Electron, breaking the Node build the tests load. The
  // Electron build comes from build/scripts/rebuild-native.mjs instead, for the host's platform
  // and arch (main/electron/paths.ts reads it from here).
  npmRebuild: false,
  extraResources: [{ from: '.cache/electron-native/better-sqlite3/build/Release/better_sqlite3.node', to: 'native/better_sqlite3.node' }],
  asar: true,
  // A .node file cannot be loaded from inside the archive; Electron reads it from app.asar.unpacked.
  asarUnpack: ['**/*.node'],
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'build/icons',
  },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', icon: 'build/icons/1024x1024.png' },
  win: { target: ['nsis'], icon: 'build/icons/256x256.png' },
  nsis: { oneClick: false, perMachine: false },
  // Every fuse is set on purpose, so the test can hold each one in place.
  electronFuses: {
    // Without it, ELECTRON_RUN_AS_NODE turns the signed app into a general-purpose Node.
    runAsNode: false,
    enableCookieEncryption: true,
    // NODE_OPTIONS and --inspect would let anyone who can start the app inject code into main.
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    // Together: only app.asar is loaded, and only if it matches the hash signed into the binary.
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The page is served from app://, never file://, so file: pages get no extra rights.
    grantFileProtocolExtraPrivileges: false,
  },
};

export default config;
