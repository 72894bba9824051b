import type * as nodeFs from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { sniffImageType, type ImageMime } from './imageFormat';

/** The file operations the asset store uses, replaceable so that tests can make one fail. */
export type AssetFs = Pick<
  typeof nodeFs,
  'mkdirSync' | 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'unlinkSync' | 'readFileSync' | 'lstatSync' | 'readSync'
>;

export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** `<assetsDir>/<first two hex digits>/<sha256>`: no directory grows past 256 entries per 65,536 images. */
export const assetPath = (assetsDir: string, sha256: string): string => path.join(assetsDir, sha256.slice(0, 2), sha256);

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Whether `file` already holds exactly these bytes (a regular file, not a link, with this hash). */
function holds(fs: AssetFs, file: string, bytes: Uint8Array, sha256: string): boolean {
  try {
    const stat = fs.lstatSync(file);
    return stat.isFile() && stat.size === bytes.length && sha256Of(fs.readFileSync(file)) === sha256;
  } catch {
    return false;
  }
}

/**
 * Makes `<assetsDir>/<aa>/<sha256>` hold `bytes`, atomically: a temporary file in the same folder is
 * written and fsynced, then renamed over the name, and the folder fsynced, so the name never
 * points at part of an image. When the file is already there with these bytes nothing is written.
 * Returns whether it wrote the file (for the caller to undo); on failure leaves no file behind.
 */
export function ensureAssetFile(fs: AssetFs, assetsDir: string, sha256: string, bytes: Uint8Array): boolean {
  const file = assetPath(assetsDir, sha256);
  if (holds(fs, file, bytes, sha256)) return false;
  const folder = path.dirname(file);
  fs.mkdirSync(folder, { recursive: true });
  const temp = path.join(folder, `.${sha256}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(temp, 'wx', 0o644);
    let written = 0;
    while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(temp, file);
  } catch (error) {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // already failing
      }
    }
    try {
      fs.unlinkSync(temp);
    } catch {
      // never created
    }
    throw error;
  }
  try {
    syncFolder(fs, folder);
  } catch (error) {
    // The rename may not survive a crash: take it back rather than report a half-made write.
    try {
      fs.unlinkSync(file);
    } catch {
      // gone already
    }
    throw error;
  }
  return true;
}

/** Makes a rename durable. Windows cannot open a folder for fsync; NTFS journals the rename. */
function syncFolder(fs: AssetFs, folder: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(folder, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export interface AssetFile {
  path: string;
  mime: ImageMime;
}

/**
 * Where a stored image is, and its type: the lookup the app:// protocol and the test bridge's
 * server share. Only a 64-digit lower-case hex name is looked up (nothing else can reach the
 * file system), only a regular file inside the assets folder is served, and its type comes from
 * the assets table or, for a file the table does not know, from its bytes. Null: serve a 404.
 */
export function resolveAssetFile(
  fs: AssetFs,
  assetsDir: string,
  sha256: string,
  storedMime: (sha256: string) => ImageMime | null,
): AssetFile | null {
  if (!SHA256_HEX.test(sha256)) return null;
  const file = assetPath(assetsDir, sha256);
  try {
    if (!fs.lstatSync(file).isFile()) return null;
  } catch {
    return null;
  }
  let mime: ImageMime | null;
  try {
    mime = storedMime(sha256);
  } catch {
    mime = null; // the database is closed or busy: the bytes still say what the file is
  }
  mime ??= sniffFile(fs, file);
  return mime ? { path: file, mime } : null;
}

function sniffFile(fs: AssetFs, file: string): ImageMime | null {
  let fd: number | null = null;
  try {
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(12);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return sniffImageType(head.subarray(0, read));
  } catch {
    return null;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
