// Small real images for the tests, made here or by Chromium (fixtures/: an 8 × 6 canvas exported
// with toDataURL as PNG, JPEG and WebP). Nothing downloaded.
import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const fixture = (name: string): Buffer => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

/** Chromium's 8 × 6 JPEG (JFIF, baseline). */
export const JPEG = fixture('tiny.jpg');
/** Chromium's 8 × 6 PNG. */
export const CANVAS_PNG = fixture('tiny.png');
/** Chromium's 8 × 6 lossy WebP (VP8X + ICCP + VP8). */
export const WEBP = fixture('tiny.webp');

const u32be = (value: number) => {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value >>> 0);
  return bytes;
};

export function pngChunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  return Buffer.concat([u32be(data.length), body, u32be(crc32(body))]);
}

/** A true-colour PNG with a diagonal gradient, encoded here (zlib for the pixels). */
export function png(width: number, height: number, extraChunks: Buffer[] = []): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, adaptive filtering, no interlace
  const rows: number[] = [];
  for (let y = 0; y < height; y += 1) {
    rows.push(0); // filter: none
    for (let x = 0; x < width; x += 1) rows.push((x * 255) / Math.max(1, width - 1), (y * 255) / Math.max(1, height - 1), 128);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    ...extraChunks,
    pngChunk('IDAT', deflateSync(Buffer.from(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A GIF89a with a four-colour palette, its pixels LZW-encoded here. The encoder only ever emits
 * literal codes and sends a clear code after every two, so the code size never has to grow.
 */
export function gif(width: number, height: number): Buffer {
  const minCodeSize = 2;
  const clear = 1 << minCodeSize;
  const end = clear + 1;
  const codes: number[] = [];
  for (let index = 0; index < width * height; index += 1) {
    if (index % 2 === 0) codes.push(clear);
    const x = index % width;
    const y = Math.floor(index / width);
    codes.push((x + y) % 4);
  }
  codes.push(end);
  const data: number[] = [];
  let bits = 0;
  let count = 0;
  for (const code of codes) {
    bits |= code << count;
    count += minCodeSize + 1;
    while (count >= 8) {
      data.push(bits & 0xff);
      bits >>= 8;
      count -= 8;
    }
  }
  if (count > 0) data.push(bits & 0xff);
  const blocks: number[] = [];
  for (let start = 0; start < data.length; start += 255) {
    const block = data.slice(start, start + 255);
    blocks.push(block.length, ...block);
  }
  blocks.push(0);
  const screen = Buffer.alloc(7);
  screen.writeUInt16LE(width, 0);
  screen.writeUInt16LE(height, 2);
  screen.set([0x81, 0, 0], 4); // global colour table of 4 entries
  const palette = Buffer.from([0x1b, 0x4f, 0x72, 0xf4, 0xd0, 0x3f, 0xc0, 0x39, 0x2b, 0xff, 0xff, 0xff]);
  const descriptor = Buffer.alloc(10);
  descriptor[0] = 0x2c;
  descriptor.writeUInt16LE(width, 5);
  descriptor.writeUInt16LE(height, 7);
  const comment = Buffer.from([0x21, 0xfe, 7, ...Buffer.from('Copydesk'.slice(0, 7)), 0]);
  return Buffer.concat([Buffer.from('GIF89a', 'latin1'), screen, palette, comment, descriptor, Buffer.from([minCodeSize, ...blocks]), Buffer.from([0x3b])]);
}

/** A JPEG marker segment. */
export function jpegSegment(marker: number, data: Uint8Array): Buffer {
  const header = Buffer.from([0xff, marker, 0, 0]);
  header.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([header, data]);
}

/** The JPEG with segments inserted right after its SOI marker. */
export const withSegments = (jpeg: Buffer, ...segments: Buffer[]): Buffer =>
  Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);

/** An APP1 XMP packet holding the given rdf:Description body. */
export function xmpSegment(description: string): Buffer {
  const packet =
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>' +
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/">' +
    description +
    '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>';
  return jpegSegment(0xe1, Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'), Buffer.from(packet, 'utf8')]));
}

/** IPTC-IIM record 2 dataset numbers the suggestions use. */
export const IPTC = { byline: 80, headline: 105, credit: 110, copyright: 116, caption: 120 } as const;

/** An APP13 Photoshop segment holding IPTC-IIM record 2 datasets (UTF-8). */
export function iptcSegment(datasets: [number, string][]): Buffer {
  const dataset = (record: number, number: number, value: Uint8Array) => {
    const header = Buffer.from([0x1c, record, number, 0, 0]);
    header.writeUInt16BE(value.length, 3);
    return Buffer.concat([header, value]);
  };
  const iim = Buffer.concat([
    dataset(1, 90, Buffer.from([0x1b, 0x25, 0x47])), // coded character set: UTF-8
    ...datasets.map(([number, value]) => dataset(2, number, Buffer.from(value, 'utf8'))),
  ]);
  const resource = Buffer.concat([Buffer.from('8BIM', 'latin1'), Buffer.from([0x04, 0x04, 0, 0]), u32be(iim.length), iim]);
  const padded = resource.length % 2 ? Buffer.concat([resource, Buffer.alloc(1)]) : resource;
  return jpegSegment(0xed, Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), padded]));
}

/** An APP1 EXIF segment with IFD0 text tags and an orientation. */
export function exifSegment({ description, artist, copyright, orientation }: { description?: string; artist?: string; copyright?: string; orientation?: number }): Buffer {
  const entries: { tag: number; type: number; value: Buffer }[] = [];
  const ascii = (tag: number, text: string | undefined) => {
    if (text !== undefined) entries.push({ tag, type: 2, value: Buffer.from(`${text}\0`, 'latin1') });
  };
  ascii(0x010e, description);
  if (orientation !== undefined) entries.push({ tag: 0x0112, type: 3, value: Buffer.from([0, orientation, 0, 0]) });
  ascii(0x013b, artist);
  ascii(0x8298, copyright);
  const ifdSize = 2 + entries.length * 12 + 4;
  let dataOffset = 8 + ifdSize;
  const ifd: Buffer[] = [Buffer.from([0, entries.length])];
  const data: Buffer[] = [];
  for (const { tag, type, value } of entries) {
    const entry = Buffer.alloc(12);
    entry.writeUInt16BE(tag, 0);
    entry.writeUInt16BE(type, 2);
    entry.writeUInt32BE(type === 2 ? value.length : 1, 4);
    if (type === 2 && value.length > 4) {
      entry.writeUInt32BE(dataOffset, 8);
      data.push(value);
      dataOffset += value.length;
    } else {
      value.copy(entry, 8, 0, 4);
    }
    ifd.push(entry);
  }
  ifd.push(Buffer.alloc(4));
  const tiff = Buffer.concat([Buffer.from('MM\0*', 'latin1'), u32be(8), ...ifd, ...data]);
  return jpegSegment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]));
}
