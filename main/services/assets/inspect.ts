import { imageSize } from 'image-size';
import { MAX_IMAGE_BYTES } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import { sniffImageType, structureProblem, type ImageMime } from './imageFormat';

/** Larger images are refused: they are not news photos, and decoding them can exhaust memory. */
export const MAX_IMAGE_SIDE = 30_000;
export const MAX_IMAGE_PIXELS = 200_000_000;

export interface InspectedImage {
  mime: ImageMime;
  /** As displayed: sides swapped for a JPEG whose EXIF orientation turns it a quarter. */
  width: number;
  height: number;
}

const SIZE_TYPE: Record<ImageMime, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
};
const FORMAT_NAME: Record<ImageMime, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/gif': 'GIF',
  'image/webp': 'WebP',
};

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;

/** The file's name as a reporter would recognise it in a message: no folders, no control characters. */
export function displayName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = name.split(/[\\/]/).pop()?.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '').trim() ?? '';
  if (base === '') return 'The image';
  return base.length > 80 ? `${base.slice(0, 79)}…` : base;
}

/**
 * Checks, before anything is written, that the bytes are one whole JPEG, PNG, WebP or GIF of a
 * sensible size, and reads its dimensions. Throws AppError('bad_request' | 'too_large') with a
 * message that names the file and says what is wrong.
 */
export function inspectImage(bytes: Uint8Array, name: string): InspectedImage {
  const shown = displayName(name);
  if (bytes.length === 0) throw new AppError('bad_request', `${shown} is empty.`);
  if (bytes.length > MAX_IMAGE_BYTES) {
    throw new AppError('too_large', `${shown} is larger than ${megabytes(MAX_IMAGE_BYTES)}, the most an image can be.`);
  }
  const mime = sniffImageType(bytes);
  if (!mime) {
    throw new AppError('bad_request', `${shown} is not an image Copydesk can use: only JPEG, PNG, WebP and GIF files are accepted.`);
  }
  const problem = structureProblem(mime, bytes);
  if (problem) {
    throw new AppError('bad_request', `${shown} cannot be used: it is a ${FORMAT_NAME[mime]} file, but ${problem}. Try exporting or downloading it again.`);
  }
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    throw new AppError('bad_request', `${shown} cannot be used: its ${FORMAT_NAME[mime]} header is damaged.`);
  }
  if (size.type !== SIZE_TYPE[mime] || !(size.width > 0) || !(size.height > 0)) {
    throw new AppError('bad_request', `${shown} cannot be used: its ${FORMAT_NAME[mime]} header gives no image size.`);
  }
  if (size.width > MAX_IMAGE_SIDE || size.height > MAX_IMAGE_SIDE || size.width * size.height > MAX_IMAGE_PIXELS) {
    throw new AppError(
      'too_large',
      `${shown} is ${size.width} × ${size.height} pixels; images can be at most ${MAX_IMAGE_SIDE} pixels a side and ${MAX_IMAGE_PIXELS / 1_000_000} megapixels.`,
    );
  }
  const quarterTurn = mime === 'image/jpeg' && size.orientation !== undefined && size.orientation >= 5 && size.orientation <= 8;
  return quarterTurn ? { mime, width: size.height, height: size.width } : { mime, width: size.width, height: size.height };
}
