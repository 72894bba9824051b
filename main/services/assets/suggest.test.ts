import { deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { NO_SUGGESTIONS, suggestFromMetadata } from './suggest';
import { IPTC, JPEG, WEBP, exifSegment, gif, iptcSegment, png, pngChunk, withSegments, xmpSegment } from './testImages';

const alt = (tag: string, text: string) => `<${tag}><rdf:Alt><rdf:li xml:lang="x-default">${text}</rdf:li></rdf:Alt></${tag}>`;

const FULL_XMP = [
  alt('dc:description', 'The &lt;Osprey&gt; leaves Kestrel Bay &amp; heads for Gull Island'),
  '<dc:creator><rdf:Seq><rdf:li>Maria Ortiz</rdf:li></rdf:Seq></dc:creator>',
  alt('dc:rights', '© 2025 Kestrel Bay Gazette'),
  '<photoshop:Credit>Maria Ortiz / Kestrel Bay Gazette</photoshop:Credit>',
  '<photoshop:Headline>Ferry returns</photoshop:Headline>',
  alt('Iptc4xmpCore:AltTextAccessibility', 'A white ferry with a red funnel leaving a stone quay'),
].join('');

describe('suggestions from embedded metadata', () => {
  test('XMP: description, credit line and accessibility alt text, with XML references resolved', async () => {
    expect(await suggestFromMetadata(withSegments(JPEG, xmpSegment(FULL_XMP)), 'image/jpeg')).toEqual({
      caption: 'The <Osprey> leaves Kestrel Bay & heads for Gull Island',
      credit: 'Maria Ortiz / Kestrel Bay Gazette',
      alt: 'A white ferry with a red funnel leaving a stone quay',
    });
  });

  test('XMP: without a credit line the photographer is credited, then the copyright; the headline stands in for alt text', async () => {
    const creator = '<dc:creator><rdf:Seq><rdf:li>Maria Ortiz</rdf:li></rdf:Seq></dc:creator>' + '<photoshop:Headline>Ferry returns</photoshop:Headline>';
    expect(await suggestFromMetadata(withSegments(JPEG, xmpSegment(creator)), 'image/jpeg')).toEqual({
      caption: '',
      credit: 'Maria Ortiz',
      alt: 'Ferry returns',
    });
    const rights = alt('dc:rights', '© Harbour Authority');
    expect(await suggestFromMetadata(withSegments(JPEG, xmpSegment(rights)), 'image/jpeg')).toMatchObject({ credit: '© Harbour Authority' });
  });

  test('IPTC-IIM (Photoshop APP13): caption-abstract, credit, byline, headline', async () => {
    const iptc = iptcSegment([
      [IPTC.caption, 'Паром «Скопа» у причала в Кестрел-Бей'],
      [IPTC.byline, 'Ольга Смирнова'],
      [IPTC.headline, 'Паром вернулся'],
      [IPTC.copyright, '© Gazette'],
    ]);
    expect(await suggestFromMetadata(withSegments(JPEG, iptc), 'image/jpeg')).toEqual({
      caption: 'Паром «Скопа» у причала в Кестрел-Бей',
      credit: 'Ольга Смирнова',
      alt: 'Паром вернулся',
    });
    const credited = iptcSegment([[IPTC.credit, 'Gazette photo desk'], [IPTC.byline, 'O. Smirnova']]);
    expect(await suggestFromMetadata(withSegments(JPEG, credited), 'image/jpeg')).toMatchObject({ credit: 'Gazette photo desk' });
  });

  test('XMP wins over IPTC when a photo carries both', async () => {
    const both = withSegments(JPEG, xmpSegment(FULL_XMP), iptcSegment([[IPTC.caption, 'Older caption'], [IPTC.credit, 'Older credit']]));
    expect(await suggestFromMetadata(both, 'image/jpeg')).toMatchObject({
      caption: 'The <Osprey> leaves Kestrel Bay & heads for Gull Island',
      credit: 'Maria Ortiz / Kestrel Bay Gazette',
    });
  });

  test('EXIF: image description, artist, copyright', async () => {
    const exif = exifSegment({ description: 'Ferry at the quay', artist: 'M. Ortiz', copyright: 'Gazette 2025' });
    expect(await suggestFromMetadata(withSegments(JPEG, exif), 'image/jpeg')).toEqual({ caption: 'Ferry at the quay', credit: 'M. Ortiz', alt: '' });
    const onlyCopyright = exifSegment({ copyright: 'Gazette 2025' });
    expect(await suggestFromMetadata(withSegments(JPEG, onlyCopyright), 'image/jpeg')).toMatchObject({ credit: 'Gazette 2025' });
  });

  test('XMP in a PNG (iTXt) is read too', async () => {
    const packet = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">${alt('dc:description', 'Harbour chart')}</rdf:Description></rdf:RDF></x:xmpmeta>`;
    const itxt = pngChunk('iTXt', Buffer.concat([Buffer.from('XML:com.adobe.xmp\0\0\0\0\0', 'latin1'), Buffer.from(packet, 'utf8')]));
    expect(await suggestFromMetadata(png(4, 4, [itxt]), 'image/png')).toMatchObject({ caption: 'Harbour chart' });
    // A compressed iTXt is fine to ignore; it must simply not break anything.
    const compressed = pngChunk('iTXt', Buffer.concat([Buffer.from('XML:com.adobe.xmp\0\x01\0\0\0', 'latin1'), deflateSync(packet)]));
    await expect(suggestFromMetadata(png(4, 4, [compressed]), 'image/png')).resolves.toBeDefined();
  });

  test('control characters and runs of white space are collapsed; long values are clipped to the figure’s limits', async () => {
    const messy = xmpSegment(alt('dc:description', `Line one\u0007\n\n\tline two   ${'x'.repeat(3_000)}`) + `<photoshop:Credit>${'c'.repeat(400)}</photoshop:Credit>`);
    const suggested = await suggestFromMetadata(withSegments(JPEG, messy), 'image/jpeg');
    expect(suggested.caption.startsWith('Line one line two x')).toBe(true);
    expect(suggested.caption).toHaveLength(2_000);
    expect(suggested.caption.endsWith('…')).toBe(true);
    expect(suggested.credit).toHaveLength(300);
  });

  test('images without metadata, and formats exifr does not read, suggest nothing', async () => {
    expect(await suggestFromMetadata(JPEG, 'image/jpeg')).toEqual(NO_SUGGESTIONS);
    expect(await suggestFromMetadata(png(2, 2), 'image/png')).toEqual(NO_SUGGESTIONS);
    expect(await suggestFromMetadata(WEBP, 'image/webp')).toEqual(NO_SUGGESTIONS);
    expect(await suggestFromMetadata(gif(2, 2), 'image/gif')).toEqual(NO_SUGGESTIONS);
  });

  test('a damaged metadata segment suggests nothing instead of failing the import', async () => {
    const broken = withSegments(JPEG, xmpSegment('<dc:description><rdf:Alt><rdf:li>unclosed'));
    await expect(suggestFromMetadata(broken, 'image/jpeg')).resolves.toMatchObject({ credit: '', alt: '' });
    const badExif = withSegments(JPEG, Buffer.from([0xff, 0xe1, 0x00, 0x10, ...Buffer.from('Exif\0\0MM\0*\xff\xff\xff\xff', 'latin1')]));
    await expect(suggestFromMetadata(badExif, 'image/jpeg')).resolves.toEqual(NO_SUGGESTIONS);
  });
});

describe('IPTC character sets', () => {
  test('a Latin-1 IPTC value stays as it is', async () => {
    const header = Buffer.from([0x1c, 2, IPTC.caption, 0, 4]);
    const iim = Buffer.concat([header, Buffer.from('Caf\xe9', 'latin1')]);
    const resource = Buffer.concat([Buffer.from('8BIM', 'latin1'), Buffer.from([0x04, 0x04, 0, 0, 0, 0, 0, iim.length]), iim, Buffer.alloc(iim.length % 2)]);
    const segment = Buffer.concat([Buffer.from([0xff, 0xed, 0, 0]), Buffer.from('Photoshop 3.0\0', 'latin1'), resource]);
    segment.writeUInt16BE(segment.length - 2, 2);
    expect(await suggestFromMetadata(withSegments(JPEG, segment), 'image/jpeg')).toMatchObject({ caption: 'Café' });
  });
});
