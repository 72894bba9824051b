import { describe, expect, test } from 'vitest';
import { DEFAULT_META, type ArticleMeta } from '../../../shared/article/meta';
import { openTestServices } from '../testServices';
import { sha256Of } from '../assets/files';
import { JPEG, png } from '../assets/testImages';
import { appErrorOf, ferry } from './testFixtures';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

const META: ArticleMeta = {
  section: 'Local news',
  tags: ['transport', 'Gull Island'],
  slug: 'island-ferry-back-in-service',
  slugEdited: true,
  dateline: 'KESTREL BAY',
  seoTitle: 'Island ferry back in service',
  seoDescription: 'The crossing reopened on Monday.',
  language: 'ru',
  featuredImage: null,
};

/** A body whose only block is a figure showing the image with this hash. */
const bodyWithFigure = (sha256: string) =>
  JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      children: [
        {
          type: 'figure',
          version: 1,
          asset: { sha256, mime: 'image/jpeg', width: 8, height: 6, bytes: JPEG.length },
          alt: '',
          caption: [],
          credit: '',
          creditUrl: '',
        },
      ],
    },
  });

describe('article metadata', () => {
  test('a new draft has the defaults', () => {
    const { drafts } = openTestServices();
    expect(drafts.create().meta).toEqual(DEFAULT_META);
  });

  test('saveMeta stores it, moves updatedAt, and leaves the text and its revisions alone', () => {
    const { drafts, clock } = openTestServices();
    const { id } = drafts.create();
    drafts.save(id, ferry);
    const revisions = drafts.listRevisions(id);
    clock.advance(5_000);
    expect(drafts.saveMeta(id, META)).toEqual({ id, updatedAt: clock.now() });
    expect(drafts.get(id)).toMatchObject({ ...ferry, meta: META, updatedAt: clock.now() });
    expect(drafts.listRevisions(id)).toEqual(revisions);
  });

  test('saving the same metadata again changes nothing, not even updatedAt', () => {
    const { drafts, clock } = openTestServices();
    const { id } = drafts.create();
    const first = drafts.saveMeta(id, META);
    clock.advance(60_000);
    expect(drafts.saveMeta(id, { ...META, tags: [...META.tags] })).toEqual(first);
  });

  test('saving the defaults on a draft that never had metadata changes nothing', () => {
    const { drafts, clock } = openTestServices();
    const draft = drafts.create();
    clock.advance(1_000);
    expect(drafts.saveMeta(draft.id, DEFAULT_META)).toEqual({ id: draft.id, updatedAt: draft.updatedAt });
  });

  test('the text path leaves the metadata alone: saves, versions and restoring a revision', () => {
    const { drafts, clock } = openTestServices();
    const { id } = drafts.create();
    drafts.save(id, ferry);
    const [revision] = drafts.listRevisions(id);
    drafts.saveMeta(id, META);
    clock.advance(10 * 60_000);
    drafts.save(id, { ...ferry, headline: 'Ferry back' });
    drafts.saveVersion(id);
    expect(drafts.restoreRevision(id, revision!.id).meta).toEqual(META);
    expect(drafts.get(id).meta).toEqual(META);
  });

  test('metadata the schema refuses is refused by the store too', () => {
    const { drafts } = openTestServices();
    const { id } = drafts.create();
    expect(appErrorOf(() => drafts.saveMeta(id, { ...META, slug: 'Not A Slug' }))).toMatchObject({
      code: 'bad_request',
      message: expect.stringContaining('slug'),
    });
    expect(appErrorOf(() => drafts.saveMeta(id, { ...META, language: 'de' } as unknown as ArticleMeta)).code).toBe('bad_request');
    expect(drafts.get(id).meta).toEqual(DEFAULT_META);
  });

  test('an unknown draft is not_found', () => {
    const { drafts } = openTestServices();
    expect(appErrorOf(() => drafts.saveMeta('00000000-0000-4000-8000-000000000000', META)).code).toBe('not_found');
  });

  test('stored metadata that no longer validates reads as the defaults; missing fields get theirs', () => {
    const services = openTestServices();
    const a = services.drafts.create();
    const b = services.drafts.create();
    const raw = services.raw();
    raw.prepare('UPDATE drafts SET meta = ? WHERE id = ?').run('{"section": 42', a.id);
    raw.prepare('UPDATE drafts SET meta = ? WHERE id = ?').run(JSON.stringify({ section: 'Sport', language: 'ru' }), b.id);
    expect(services.drafts.get(a.id).meta).toEqual(DEFAULT_META);
    expect(services.drafts.get(b.id).meta).toEqual({ ...DEFAULT_META, section: 'Sport', language: 'ru' });
  });
});

describe('the featured image', () => {
  test('can be an image imported into the draft', async () => {
    const { drafts, assets } = openTestServices();
    const { id } = drafts.create();
    const { asset } = await assets.importImage(id, 'lead.jpg', b64(JPEG));
    drafts.saveMeta(id, { ...META, featuredImage: asset.sha256 });
    expect(drafts.get(id).meta.featuredImage).toBe(asset.sha256);
  });

  test('cannot be an image the draft does not use, even one stored for another draft', async () => {
    const { drafts, assets } = openTestServices();
    const mine = drafts.create();
    const theirs = drafts.create();
    const { asset } = await assets.importImage(theirs.id, 'lead.jpg', b64(JPEG));
    const message = 'The featured image must be one of this article’s own images: add the photo to the article first, then choose it.';
    expect(appErrorOf(() => drafts.saveMeta(mine.id, { ...META, featuredImage: asset.sha256 }))).toEqual({ code: 'bad_request', message });
    expect(appErrorOf(() => drafts.saveMeta(mine.id, { ...META, featuredImage: 'e'.repeat(64) }))).toEqual({ code: 'bad_request', message });
    expect(drafts.get(mine.id).meta).toEqual(DEFAULT_META);
  });

  test('can be a stored image a figure in the saved body shows (pasted from another draft), which then counts as used', async () => {
    const services = openTestServices();
    const { drafts, assets } = services;
    const source = drafts.create();
    const target = drafts.create();
    const { asset } = await assets.importImage(source.id, 'lead.jpg', b64(JPEG));
    drafts.save(target.id, { ...ferry, body: bodyWithFigure(asset.sha256) });
    drafts.saveMeta(target.id, { ...META, featuredImage: asset.sha256 });
    expect(services.raw().prepare('SELECT sha256 FROM draft_assets WHERE draft_id = ?').pluck().all(target.id)).toEqual([asset.sha256]);
  });

  test('a figure that names a hash the store does not have is not enough', () => {
    const { drafts } = openTestServices();
    const { id } = drafts.create();
    const missing = sha256Of(png(1, 1));
    drafts.save(id, { ...ferry, body: bodyWithFigure(missing) });
    expect(appErrorOf(() => drafts.saveMeta(id, { ...META, featuredImage: missing })).code).toBe('bad_request');
  });
});
