import { crc32 } from 'node:zlib';
import type { AssetRef } from '../../../shared/blocks/figure/schema';

export type ImageMime = AssetRef['mime'];

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, Math.min(length, bytes.length - start))).toString('latin1');

/** The image type the bytes say they are (magic numbers), whatever the file was called. */
export function sniffImageType(bytes: Uint8Array): ImageMime | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && PNG_SIGNATURE.equals(bytes.subarray(0, 8))) return 'image/png';
  if (bytes.length >= 6 && (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a')) return 'image/gif';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'image/webp';
  return null;
}

const TRUNCATED = 'it ends early (the file is incomplete)';

/**
 * JPEG: SOI, then a walk over the marker segments (each length inside the file, a frame header
 * before the first scan, entropy-coded data skipped to the next marker) up to an EOI. Bytes after
 * the EOI are tolerated: cameras and editors append previews and padding there.
 */
function jpegProblem(b: Uint8Array): string | null {
  let i = 2;
  let sawFrame = false;
  let sawScan = false;
  for (;;) {
    if (i >= b.length) return TRUNCATED;
    if (b[i] !== 0xff) return 'its segments are damaged (data where a marker should be)';
    while (i < b.length && b[i] === 0xff) i += 1; // fill bytes
    if (i >= b.length) return TRUNCATED;
    const marker = b[i]!;
    i += 1;
    if (marker === 0xd9) return sawFrame && sawScan ? null : 'it has no image data';
    if (marker === 0xd8) return 'its segments are damaged (a second start-of-image marker)';
    if (marker === 0x00) return 'its segments are damaged (a stray byte where a marker should be)';
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue; // RSTn, TEM: no length
    if (i + 2 > b.length) return TRUNCATED;
    const length = (b[i]! << 8) | b[i + 1]!;
    if (length < 2) return 'its segments are damaged (an impossible segment length)';
    if (i + length > b.length) return TRUNCATED;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (length < 8) return 'its frame header is damaged';
      sawFrame = true;
    }
    i += length;
    if (marker !== 0xda) continue;
    // Start of scan: entropy-coded data runs to the next marker other than a stuffed 0xFF00 or
    // a restart marker.
    if (!sawFrame) return 'its segments are damaged (image data before the frame header)';
    sawScan = true;
    for (;;) {
      const ff = b.indexOf(0xff, i);
      if (ff === -1 || ff + 1 >= b.length) return TRUNCATED;
      const next = b[ff + 1]!;
      if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) {
        i = ff + 2;
      } else if (next === 0xff) {
        i = ff + 1;
      } else {
        i = ff;
        break;
      }
    }
  }
}

/** PNG: the signature, IHDR first, every chunk inside the file with a valid CRC, IDAT, then IEND. */
function pngProblem(b: Uint8Array): string | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let offset = 8;
  let first = true;
  let sawData = false;
  for (;;) {
    if (offset + 12 > b.length) return TRUNCATED;
    const length = view.getUint32(offset);
    const type = ascii(b, offset + 4, 4);
    if (!/^[A-Za-z]{4}$/.test(type)) return 'its chunks are damaged (an unreadable chunk name)';
    if (length > 0x7fffffff || offset + 12 + length > b.length) return TRUNCATED;
    const crc = view.getUint32(offset + 8 + length);
    if (crc32(b.subarray(offset + 4, offset + 8 + length)) !== crc) {
      return `it is damaged (the ${type} chunk fails its checksum)`;
    }
    if (first && (type !== 'IHDR' || length !== 13)) return 'it is damaged (it does not start with an IHDR header)';
    first = false;
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') return sawData ? null : 'it has no image data';
    offset += 12 + length;
  }
}

/** GIF: header and screen descriptor, then a walk over extensions and images up to the trailer. */
function gifProblem(b: Uint8Array): string | null {
  if (b.length < 13) return TRUNCATED;
  const colorTable = (packed: number) => (packed & 0x80 ? 3 * 2 ** ((packed & 0x07) + 1) : 0);
  let offset = 13 + colorTable(b[10]!);
  let sawImage = false;
  const skipSubBlocks = (): boolean => {
    for (;;) {
      if (offset >= b.length) return false;
      const size = b[offset]!;
      offset += 1 + size;
      if (size === 0) return true;
    }
  };
  for (;;) {
    if (offset >= b.length) return TRUNCATED;
    const introducer = b[offset]!;
    if (introducer === 0x3b) return sawImage ? null : 'it has no image data';
    if (introducer === 0x21) {
      offset += 2;
      if (!skipSubBlocks()) return TRUNCATED;
    } else if (introducer === 0x2c) {
      if (offset + 11 > b.length) return TRUNCATED;
      offset += 10 + colorTable(b[offset + 9]!) + 1; // descriptor, local colour table, LZW code size
      if (!skipSubBlocks()) return TRUNCATED;
      sawImage = true;
    } else {
      return 'its blocks are damaged (an unknown block type)';
    }
  }
}

/** WebP: the RIFF size is the file's size, and its chunks fill it exactly, with image data among them. */
function webpProblem(b: Uint8Array): string | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const riffEnd = view.getUint32(4, true) + 8;
  if (riffEnd > b.length) return TRUNCATED;
  if (riffEnd < b.length) return 'it is damaged (its RIFF size does not match the file)';
  let offset = 12;
  let sawImage = false;
  let first = true;
  while (offset < b.length) {
    if (offset + 8 > b.length) return TRUNCATED;
    const type = ascii(b, offset, 4);
    const size = view.getUint32(offset + 4, true);
    if (first && type !== 'VP8 ' && type !== 'VP8L' && type !== 'VP8X') return 'it is damaged (no VP8 header)';
    first = false;
    if (type === 'VP8 ' || type === 'VP8L' || type === 'ANMF') sawImage = true;
    offset += 8 + size + (size & 1);
    if (offset > b.length) return TRUNCATED;
  }
  return sawImage ? null : 'it has no image data';
}

/** Why the bytes are not a complete, undamaged image of their type, or null when they are one. */
export function structureProblem(mime: ImageMime, bytes: Uint8Array): string | null {
  switch (mime) {
    case 'image/jpeg':
      return jpegProblem(bytes);
    case 'image/png':
      return pngProblem(bytes);
    case 'image/gif':
      return gifProblem(bytes);
    case 'image/webp':
      return webpProblem(bytes);
  }
}
