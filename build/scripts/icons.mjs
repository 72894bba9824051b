// Renders build/icons/icon.svg to the PNG sizes electron-builder and the desktops use
// (build/icons/<n>x<n>.png). The PNGs are committed; run this after changing the SVG.
// Uses headless Chromium (CHROMIUM_PATH, default /usr/bin/chromium) as the SVG renderer.
// Usage: node build/scripts/icons.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';

const iconsDir = fileURLToPath(new URL('../icons/', import.meta.url));
const source = path.join(iconsDir, 'icon.svg');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

if (!existsSync(chromium)) {
  console.error(`Chromium is needed to render the icons and was not found at ${chromium} (set CHROMIUM_PATH).`);
  process.exit(1);
}

/**
 * Width, height and whether anything was drawn. Chromium sometimes captures before the SVG is
 * painted, leaving a fully transparent image: every byte zero once inflated, except each row's
 * filter-type byte.
 */
function inspectPng(file) {
  const data = readFileSync(file);
  const [width, height] = [data.readUInt32BE(16), data.readUInt32BE(20)];
  const chunks = [];
  for (let offset = 8; offset < data.length; offset += 12 + data.readUInt32BE(offset)) {
    if (data.toString('ascii', offset + 4, offset + 8) === 'IDAT') {
      chunks.push(data.subarray(offset + 8, offset + 8 + data.readUInt32BE(offset)));
    }
  }
  const pixels = inflateSync(Buffer.concat(chunks));
  const rowBytes = pixels.length / height;
  return { width, height, drawn: pixels.some((byte, index) => byte !== 0 && index % rowBytes !== 0) };
}

/**
 * The SVG has a viewBox and no width or height, so it fills the window it is opened in. No
 * --user-data-dir: headless Chromium then uses a throwaway profile of its own, and a fresh
 * explicit one was seen to capture some sizes (128) before painting, every time.
 */
function render(size, out) {
  const args = [
    '--headless',
    '--disable-gpu',
    '--hide-scrollbars',
    // Chromium's sandbox refuses to start as root (containers, CI); the page is our own SVG.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--default-background-color=00000000',
    `--window-size=${size},${size}`,
    `--screenshot=${out}`,
    pathToFileURL(source).href,
  ];
  const { status, stderr } = spawnSync(chromium, args, { encoding: 'utf8', timeout: 60_000 });
  return { png: status === 0 && existsSync(out) ? inspectPng(out) : null, stderr };
}

for (const size of SIZES) {
  const out = path.join(iconsDir, `${size}x${size}.png`);
  let result = { png: null, stderr: '' };
  for (let attempt = 0; attempt < 3 && !result.png?.drawn; attempt += 1) {
    rmSync(out, { force: true });
    result = render(size, out);
  }
  const { png, stderr } = result;
  if (!png?.drawn || png.width !== size || png.height !== size) {
    throw new Error(`Chromium did not render ${size}x${size}:\n${stderr}`);
  }
  console.log(path.relative(process.cwd(), out));
}
