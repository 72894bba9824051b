import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import ninjsSchema from '../schemas/ninjs/ninjs-schema_2.4.json';
import { NINJS_SCHEMA_URI, NINJS_VERSION, toNinjs } from './ninjs';
import { articles } from './testing/arbitraries';
import { ENGLISH, HOSTILE, LEAD_PHOTO, RUSSIAN, article, context, figure, text } from './testing/fixtures';

// The schema is imported as JSON rather than read with node:fs: shared/'s lint and tsconfig
// allow no Node modules, tests included. Its places.geojson refers to the GeoJSON schema online;
// Copydesk writes no places, so that reference is stubbed to accept anything, offline.
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json' });
const validate = ajv.compile(ninjsSchema);

function expectValid(item: unknown): void {
  const valid = validate(item);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
  expect(valid).toBe(true);
}

describe('toNinjs', () => {
  test.each([
    ['English', ENGLISH],
    ['Russian', RUSSIAN],
    ['hostile', HOSTILE],
    ['empty', article([], { headline: '' })],
  ])('the %s fixture is valid ninjs 2.4', (_name, fixture) => {
    expectValid(toNinjs(fixture, context));
  });

  test(`random articles are valid ninjs 2.4 (300 runs)`, () => {
    fc.assert(fc.property(articles, (random) => expectValid(toNinjs(random, context))), { numRuns: 300 });
  });

  test('an invalid item is refused, so the schema is really applied', () => {
    expect(validate({ ...toNinjs(ENGLISH, context), type: 'article' })).toBe(false);
    expect(validate({ ...toNinjs(ENGLISH, context), uri: 'not a uri' })).toBe(false);
  });

  test('maps the article fields', () => {
    const item = toNinjs(RUSSIAN, context);
    expect(item).toMatchObject({
      uri: 'urn:copydesk:article:5f0c7c2e-8d44-4c55-9a8e-0b8f1d2c3e4f',
      standard: { name: 'ninjs', version: NINJS_VERSION, schema: NINJS_SCHEMA_URI },
      type: 'text',
      version: String(RUSSIAN.updatedAt),
      firstcreated: '2025-03-04T07:30:00.000Z',
      versioncreated: '2025-03-04T09:15:00.000Z',
      language: 'ru',
      headlines: [{ role: 'main', contenttype: 'text/plain', value: 'Шторм остановил паромы в Керченском проливе' }],
      descriptions: [{ role: 'summary', contenttype: 'text/plain', value: 'Сотни водителей провели ночь в очереди на переправу.' }],
      by: 'Анна Смирнова',
      slugline: 'shtorm-ostanovil-paromy',
      located: 'КЕРЧЬ',
      subjects: [
        { name: 'Общество', rel: 'section', uri: 'urn:copydesk:section:obshhestvo' },
        { name: 'Погода', rel: 'tag', uri: 'urn:copydesk:tag:pogoda' },
        { name: 'Транспорт', rel: 'tag', uri: 'urn:copydesk:tag:transport' },
      ],
    });
  });

  test('the body is the HTML without appeals', () => {
    const [body] = toNinjs(ENGLISH, context).bodies ?? [];
    expect(body).toMatchObject({ role: 'main', contenttype: 'text/html' });
    expect(body?.value).toContain('<blockquote><p>It was chaos.</p>');
    expect(body?.value).not.toContain('appeal');
  });

  test('figures are picture associations; the featured one is "featureimage"', () => {
    const second = { ...LEAD_PHOTO, sha256: 'b'.repeat(64), mime: 'image/png' as const };
    const item = toNinjs(
      article([figure({ asset: second, caption: [text('Second')] }), figure({ credit: 'AP', creditUrl: 'https://apnews.com/', alt: 'A port' })], {
        meta: { featuredImage: LEAD_PHOTO.sha256 },
      }),
      { ...context, assetUrl: (asset) => (asset.sha256 === second.sha256 ? '/relative.png' : `https://cdn.example.org/${asset.sha256}`) },
    );
    expect(item.associations).toEqual([
      {
        name: 'picture1',
        uri: `urn:copydesk:asset:${second.sha256}`,
        type: 'picture',
        representationtype: 'partial',
        descriptions: [{ role: 'caption', contenttype: 'text/plain', value: 'Second' }],
        renditions: [{ name: 'original', contenttype: 'image/png', width: 2400, height: 1600, sizeinbytes: 812_344 }],
      },
      {
        name: 'featureimage',
        uri: `urn:copydesk:asset:${LEAD_PHOTO.sha256}`,
        type: 'picture',
        representationtype: 'partial',
        descriptions: [{ role: 'alt', contenttype: 'text/plain', value: 'A port' }],
        by: 'AP',
        infosources: [{ name: 'AP', uri: 'https://apnews.com/' }],
        renditions: [{ name: 'original', href: `https://cdn.example.org/${LEAD_PHOTO.sha256}`, contenttype: 'image/jpeg', width: 2400, height: 1600, sizeinbytes: 812_344 }],
      },
    ]);
  });
});
