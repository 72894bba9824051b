import { describe, expect, test } from 'vitest';
import { MAX_IMAGE_BYTES } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import { sniffImageType, structureProblem } from './imageFormat';
import { displayName, inspectImage } from './inspect';
import { CANVAS_PNG, JPEG, WEBP, exifSegment, gif, jpegSegment, png, pngChunk, withSegments } from './testImages';

const refusal = (bytes: Uint8Array, name = 'photo.jpg'): { code: string; message: string } => {
  try {
    inspectImage(bytes, name);
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('the image was accepted');
};

const VALID: [string, Buffer, string, number, number][] = [
  ['a Chromium JPEG', JPEG, 'image/jpeg', 8, 6],
  ['a Chromium PNG', CANVAS_PNG, 'image/png', 8, 6],
  ['a PNG made here', png(13, 7), 'image/png', 13, 7],
  ['a Chromium WebP', WEBP, 'image/webp', 8, 6],
  ['a GIF made here', gif(9, 4), 'image/gif', 9, 4],
  ['a GIF with many data sub-blocks', gif(400, 3), 'image/gif', 400, 3],
];

describe('inspectImage accepts whole images', () => {
  test.each(VALID)('%s', (_case, bytes, mime, width, height) => {
    expect(inspectImage(bytes, 'anything.bin')).toEqual({ mime, width, height });
  });

  test('the type comes from the bytes, never from the name', () => {
    expect(inspectImage(png(2, 2), 'holiday.jpg').mime).toBe('image/png');
    expect(inspectImage(JPEG, 'scan.gif').mime).toBe('image/jpeg');
    expect(inspectImage(gif(2, 2), 'noextension').mime).toBe('image/gif');
  });

  test('bytes after a JPEG’s end marker are tolerated, as cameras write them', () => {
    expect(inspectImage(Buffer.concat([JPEG, Buffer.from('trailing thumbnail data')]), 'a.jpg')).toMatchObject({ width: 8 });
  });

  test('a JPEG turned a quarter by its EXIF orientation reports its displayed size', () => {
    expect(inspectImage(withSegments(JPEG, exifSegment({ orientation: 6 })), 'a.jpg')).toEqual({ mime: 'image/jpeg', width: 6, height: 8 });
    expect(inspectImage(withSegments(JPEG, exifSegment({ orientation: 3 })), 'a.jpg')).toEqual({ mime: 'image/jpeg', width: 8, height: 6 });
  });
});

describe('inspectImage refuses', () => {
  test('an empty file', () => {
    expect(refusal(Buffer.alloc(0), 'empty.png')).toEqual({ code: 'bad_request', message: 'empty.png is empty.' });
  });

  test('a file over the size limit, before reading it', () => {
    const huge = Buffer.alloc(MAX_IMAGE_BYTES + 1);
    JPEG.copy(huge);
    expect(refusal(huge, 'huge.jpg')).toEqual({ code: 'too_large', message: 'huge.jpg is larger than 20 MB, the most an image can be.' });
  });

  test.each([
    ['text renamed to .jpg', Buffer.from('Council minutes, 3 March\nItem 1: the ferry'), 'minutes.jpg'],
    ['garbage', Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 151 + 7) % 256)), 'random.png'],
    ['an SVG (scriptable, so never an image here)', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'logo.svg'],
    ['an HTML page named .gif', Buffer.from('<!doctype html><script>alert(1)</script>'), 'x.gif'],
    ['a BMP', Buffer.concat([Buffer.from('BM'), Buffer.alloc(60)]), 'old.bmp'],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'report.jpg'],
  ])('%s, as not an image', (_case, bytes, name) => {
    expect(refusal(bytes, name)).toEqual({
      code: 'bad_request',
      message: `${name} is not an image Copydesk can use: only JPEG, PNG, WebP and GIF files are accepted.`,
    });
  });

  test.each(VALID)('%s cut short, wherever it is cut', (_case, bytes) => {
    // Every cut, from just past the magic number to one byte short: none of them is a whole image.
    const step = Math.max(1, Math.floor(bytes.length / 97));
    for (let length = 12; length < bytes.length; length += step) {
      expect(refusal(bytes.subarray(0, length)).code, `cut at ${length} of ${bytes.length}`).toBe('bad_request');
    }
    expect(refusal(bytes.subarray(0, bytes.length - 1)).message).toMatch(/damaged|ends early|no image data/);
  });

  test('a truncated image says so in words', () => {
    expect(refusal(JPEG.subarray(0, 400), 'ferry.jpg').message).toBe(
      'ferry.jpg cannot be used: it is a JPEG file, but it ends early (the file is incomplete). Try exporting or downloading it again.',
    );
  });
});

describe('structural checks', () => {
  test('JPEG: the end-of-image marker must be there', () => {
    expect(structureProblem('image/jpeg', JPEG)).toBeNull();
    expect(structureProblem('image/jpeg', JPEG.subarray(0, JPEG.length - 2))).toBe('it ends early (the file is incomplete)');
  });

  test('JPEG: a segment length that runs past the end, or is impossible, is damage', () => {
    const long = Buffer.from(JPEG);
    long.writeUInt16BE(0xfff0, 4); // the APP0 segment's length
    expect(structureProblem('image/jpeg', long)).toBe('it ends early (the file is incomplete)');
    const tiny = Buffer.from(JPEG);
    tiny.writeUInt16BE(1, 4);
    expect(structureProblem('image/jpeg', tiny)).toBe('its segments are damaged (an impossible segment length)');
  });

  test('JPEG: data where a marker belongs, a second SOI, or no frame is damage', () => {
    expect(structureProblem('image/jpeg', Buffer.concat([JPEG.subarray(0, 2), Buffer.from([0x12, 0x34]), JPEG.subarray(2)]))).toMatch(/data where a marker should be/);
    expect(structureProblem('image/jpeg', Buffer.concat([JPEG.subarray(0, 2), JPEG]))).toMatch(/second start-of-image/);
    expect(structureProblem('image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xd9]))).toBe('it has no image data');
    expect(structureProblem('image/jpeg', withSegments(Buffer.from([0xff, 0xd8, 0xff, 0xd9]), jpegSegment(0xe0, Buffer.from('JFIF\0'))))).toBe('it has no image data');
  });

  test('PNG: every chunk’s CRC is checked', () => {
    const corrupt = png(4, 4);
    corrupt[45] = corrupt[45]! ^ 0xff; // inside IDAT's data
    expect(structureProblem('image/png', corrupt)).toBe('it is damaged (the IDAT chunk fails its checksum)');
    const badHeader = png(4, 4);
    badHeader[20] = badHeader[20]! ^ 1; // IHDR's width
    expect(structureProblem('image/png', badHeader)).toBe('it is damaged (the IHDR chunk fails its checksum)');
  });

  test('PNG: IHDR first, IDAT present, IEND present', () => {
    const image = png(3, 3);
    const signature = image.subarray(0, 8);
    const ihdr = image.subarray(8, 33);
    const rest = image.subarray(33);
    expect(structureProblem('image/png', Buffer.concat([signature, pngChunk('tEXt', Buffer.from('Title\0x')), ihdr, rest]))).toMatch(/IHDR/);
    expect(structureProblem('image/png', Buffer.concat([signature, ihdr, pngChunk('IEND', Buffer.alloc(0))]))).toBe('it has no image data');
    expect(structureProblem('image/png', image.subarray(0, image.length - 12))).toBe('it ends early (the file is incomplete)');
    expect(structureProblem('image/png', Buffer.concat([signature, ihdr, Buffer.from([0, 0, 0, 0, 0x31, 0x32, 0x33, 0x34, 0, 0, 0, 0])]))).toMatch(/chunk name/);
  });

  test('GIF: header, blocks and trailer', () => {
    const image = gif(5, 5);
    expect(structureProblem('image/gif', image)).toBeNull();
    expect(structureProblem('image/gif', image.subarray(0, image.length - 1))).toBe('it ends early (the file is incomplete)');
    const strayBlock = Buffer.concat([image.subarray(0, image.length - 1), Buffer.from([0x99, 0x3b])]);
    expect(structureProblem('image/gif', strayBlock)).toMatch(/unknown block type/);
    const noImage = Buffer.concat([image.subarray(0, 13 + 12), Buffer.from([0x3b])]);
    expect(structureProblem('image/gif', noImage)).toBe('it has no image data');
  });

  test('WebP: the RIFF size must match the file', () => {
    expect(structureProblem('image/webp', WEBP)).toBeNull();
    const padded = Buffer.concat([WEBP, Buffer.alloc(4)]);
    expect(structureProblem('image/webp', padded)).toBe('it is damaged (its RIFF size does not match the file)');
    const claimsMore = Buffer.from(WEBP);
    claimsMore.writeUInt32LE(WEBP.length, 4);
    expect(structureProblem('image/webp', claimsMore)).toBe('it ends early (the file is incomplete)');
    const onlyHeader = Buffer.from('RIFF\x04\x00\x00\x00WEBP', 'latin1');
    expect(structureProblem('image/webp', onlyHeader)).toBe('it has no image data');
  });

  test('WebP: a chunk that runs past the end is damage', () => {
    const broken = Buffer.from(WEBP);
    broken.writeUInt32LE(0xffff, 16); // the VP8X chunk's size
    expect(structureProblem('image/webp', broken)).toBe('it ends early (the file is incomplete)');
  });

  test('magic numbers', () => {
    expect(sniffImageType(JPEG)).toBe('image/jpeg');
    expect(sniffImageType(CANVAS_PNG)).toBe('image/png');
    expect(sniffImageType(WEBP)).toBe('image/webp');
    expect(sniffImageType(gif(1, 1))).toBe('image/gif');
    expect(sniffImageType(Buffer.from('GIF88a'))).toBeNull();
    expect(sniffImageType(Buffer.from('RIFF\0\0\0\0WAVE'))).toBeNull();
    expect(sniffImageType(Buffer.alloc(0))).toBeNull();
  });
});

describe('limits and names', () => {
  test('an image header claiming enormous dimensions is refused', () => {
    expect(refusal(png(40_000, 1), 'strip.png')).toEqual({
      code: 'too_large',
      message: 'strip.png is 40000 × 1 pixels; images can be at most 30000 pixels a side and 200 megapixels.',
    });
  });

  test('a damaged header image-size cannot read is refused', () => {
    const zeroWidth = png(0, 3);
    expect(refusal(zeroWidth, 'zero.png').code).toBe('bad_request');
  });

  test('messages name the file without folders or control characters', () => {
    expect(displayName('C:\\Users\\anna\\Desktop\\ferry.jpg')).toBe('ferry.jpg');
    expect(displayName('/home/anna/ferry.jpg')).toBe('ferry.jpg');
    expect(displayName('evil\u0000\u001b[31mname.jpg')).toBe('evil[31mname.jpg');
    expect(displayName('')).toBe('The image');
    expect(displayName('x'.repeat(300))).toHaveLength(80);
  });
});
