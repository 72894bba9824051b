import { defineConfig } from 'vite';

// The page runs under a strict CSP (script-src 'self', style-src 'self', font-src 'self'), so the
// build emits only files: no inline scripts or styles, no data: URLs for assets.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    // Electron's Chromium has native modulepreload; the polyfill would only add code.
    modulePreload: { polyfill: false },
    // One bundle read from local disk at start-up; the web-oriented 500 kB warning does not apply.
    chunkSizeWarningLimit: 1_000,
  },
});
