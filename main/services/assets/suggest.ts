import exifr from 'exifr';
import type { ImageMime } from './imageFormat';

/** What a figure's fields can start from, read from the photo's own IPTC/XMP/EXIF. '' when absent. */
export interface Suggested {
  caption: string;
  credit: string;
  alt: string;
}

export const NO_SUGGESTIONS: Suggested = { caption: '', credit: '', alt: '' };

/** The figure schema's limits. */
const LIMITS: Record<keyof Suggested, number> = {
  caption: 2_000,
  credit: 300,
  alt: 1_000,
};

type Metadata = Record<string, unknown>;

const isRecord = (value: unknown): value is Metadata => typeof value === 'object' && value !== null && !Array.isArray(value);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** exifr hands XMP values over with XML character references left in; these resolve them. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * A metadata value as one line of text: XMP language alternatives (x-default first), lists
 * (joined), numbers; control characters and runs of spaces collapsed.
 */
function textOf(value: unknown): string {
  let text = '';
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number') text = String(value);
  else if (Array.isArray(value)) {
    const alternatives = value.filter(isRecord);
    const preferred = alternatives.find((entry) => entry.lang === 'x-default') ?? alternatives[0];
    text = preferred ? textOf(preferred.value) : value.map(textOf).filter(Boolean).join(', ');
  } else if (isRecord(value) && 'value' in value) text = textOf(value.value);
  // eslint-disable-next-line no-control-regex
  return decodeEntities(text).replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * exifr hands IPTC-IIM strings over decoded as Latin-1, but today's IPTC is UTF-8 (dataset 1:90
 * says so), so "Паром" arrives as "ÐÐ°Ñ€Ð¾Ð¼". A value whose bytes are valid UTF-8 with non-ASCII
 * in them is read again as UTF-8; a real Latin-1 value ("Café" as one byte for é) is not valid
 * UTF-8 and stays as it is.
 */
function repairIptc(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(repairIptc);
  if (typeof value !== 'string' || !/[\u0080-\u00ff]/.test(value) || /[\u0100-\uffff]/.test(value)) return value;
  try {
    return utf8.decode(Buffer.from(value, 'latin1'));
  } catch {
    return value;
  }
}

const first = (...values: unknown[]): string => {
  for (const value of values) {
    const text = textOf(value);
    if (text !== '') return text;
  }
  return '';
};

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

const section = (metadata: Metadata, name: string): Metadata => {
  const value = metadata[name];
  return isRecord(value) ? value : {};
};

/**
 * Caption from the description (XMP dc:description, IPTC Caption-Abstract, EXIF ImageDescription);
 * credit from the credit line, else the photographer (byline, creator, artist), else the copyright
 * notice; alt text from IPTC's accessibility alt text, else the headline. The parsing is exifr's;
 * a file it cannot read simply suggests nothing.
 */
export async function suggestFromMetadata(bytes: Uint8Array, mime: ImageMime): Promise<Suggested> {
  // exifr reads metadata from JPEG and PNG; WebP and GIF carry none it understands.
  if (mime !== 'image/jpeg' && mime !== 'image/png') return NO_SUGGESTIONS;
  let metadata: unknown;
  try {
    metadata = await exifr.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      tiff: true,
      ifd0: {},
      exif: false,
      gps: false,
      interop: false,
      ifd1: false,
      icc: false,
      jfif: false,
      ihdr: false,
      xmp: true,
      iptc: true,
      mergeOutput: false,
      reviveValues: false,
      translateValues: false,
    } as Parameters<typeof exifr.parse>[1]);
  } catch {
    return NO_SUGGESTIONS;
  }
  if (!isRecord(metadata)) return NO_SUGGESTIONS;
  const dc = section(metadata, 'dc');
  const photoshop = section(metadata, 'photoshop');
  const core = section(metadata, 'Iptc4xmpCore');
  const iptc = Object.fromEntries(Object.entries(section(metadata, 'iptc')).map(([key, value]) => [key, repairIptc(value)]));
  const ifd0 = section(metadata, 'ifd0');
  const suggested: Suggested = {
    caption: first(dc.description, iptc.Caption, ifd0.ImageDescription),
    credit: first(
      photoshop.Credit,
      iptc.Credit,
      iptc.Byline,
      dc.creator,
      ifd0.Artist,
      dc.rights,
      iptc.CopyrightNotice,
      ifd0.Copyright,
    ),
    alt: first(core.AltTextAccessibility, photoshop.Headline, iptc.Headline),
  };
  return {
    caption: clip(suggested.caption, LIMITS.caption),
    credit: clip(suggested.credit, LIMITS.credit),
    alt: clip(suggested.alt, LIMITS.alt),
  };
}
