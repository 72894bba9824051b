import * as fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { AssetRef } from '../../../shared/blocks/figure/schema';
import { AppError } from '../../../shared/ipc/result';
import { openTestServices } from '../testServices';
import { assetPath, sha256Of } from './files';
import { CANVAS_PNG, IPTC, JPEG, WEBP, gif, iptcSegment, png, withSegments, xmpSegment } from './testImages';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected an AppError');
}

/** Every file under a folder, relative to it (temporary files included). */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

const rows = (services: ReturnType<typeof openTestServices>) => {
  const raw = services.raw();
  return {
    assets: raw.prepare('SELECT sha256, mime, width, height, bytes FROM assets ORDER BY sha256').all(),
    links: raw.prepare('SELECT draft_id, sha256 FROM draft_assets ORDER BY draft_id, sha256').all(),
  };
};

describe('importImage', () => {
  test.each([
    ['JPEG', JPEG, 'image/jpeg', 8, 6],
    ['PNG', CANVAS_PNG, 'image/png', 8, 6],
    ['WebP', WEBP, 'image/webp', 8, 6],
    ['GIF', gif(5, 3), 'image/gif', 5, 3],
  ])('stores a %s under assets/<aa>/<sha256> and records that the draft uses it', async (_case, bytes, mime, width, height) => {
    const services = openTestServices();
    const draft = services.drafts.create();
    const sha256 = sha256Of(bytes);
    const { asset, suggested } = await services.assets.importImage(draft.id, 'photo', b64(bytes));
    expect(asset).toEqual({ sha256, mime, width, height, bytes: bytes.length });
    expect(AssetRef.parse(asset)).toEqual(asset);
    expect(suggested).toEqual({ caption: '', credit: '', alt: '' });
    const file = path.join(services.assetsDir, sha256.slice(0, 2), sha256);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(filesUnder(services.assetsDir)).toEqual([path.join(sha256.slice(0, 2), sha256)]);
    expect(rows(services)).toEqual({
      assets: [{ sha256, mime, width, height, bytes: bytes.length }],
      links: [{ draft_id: draft.id, sha256 }],
    });
  });

  test('suggests caption, credit and alt text from the photo’s metadata', async () => {
    const services = openTestServices();
    const draft = services.drafts.create();
    const tagged = withSegments(
      JPEG,
      xmpSegment('<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Ferry at dawn</rdf:li></rdf:Alt></dc:description>'),
      iptcSegment([[IPTC.byline, 'Maria Ortiz'], [IPTC.headline, 'The Osprey returns']]),
    );
    expect((await services.assets.importImage(draft.id, 'ferry.jpg', b64(tagged))).suggested).toEqual({
      caption: 'Ferry at dawn',
      credit: 'Maria Ortiz',
      alt: 'The Osprey returns',
    });
  });

  test('the same bytes are stored once, however often and into however many drafts they are imported', async () => {
    const services = openTestServices();
    const first = services.drafts.create();
    const second = services.drafts.create();
    const image = png(6, 6);
    const sha256 = sha256Of(image);
    const a = await services.assets.importImage(first.id, 'a.png', b64(image));
    const file = assetPath(services.assetsDir, sha256);
    const before = fs.statSync(file);
    services.clock.advance(60_000);
    const b = await services.assets.importImage(first.id, 'copy of a.png', b64(image));
    const c = await services.assets.importImage(second.id, 'renamed.jpg', b64(image));
    expect(b.asset).toEqual(a.asset);
    expect(c.asset).toEqual(a.asset);
    const after = fs.statSync(file);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]); // not written again
    expect(filesUnder(services.assetsDir)).toEqual([path.join(sha256.slice(0, 2), sha256)]);
    const { assets, links } = rows(services);
    expect(assets).toHaveLength(1);
    expect(links).toEqual(
      [
        { draft_id: first.id, sha256 },
        { draft_id: second.id, sha256 },
      ].sort((x, y) => x.draft_id.localeCompare(y.draft_id)),
    );
  });

  test('a stored file that was damaged on disk is written again on the next import', async () => {
    const services = openTestServices();
    const draft = services.drafts.create();
    const image = png(3, 3);
    await services.assets.importImage(draft.id, 'a.png', b64(image));
    const file = assetPath(services.assetsDir, sha256Of(image));
    fs.writeFileSync(file, image.subarray(0, 20));
    await services.assets.importImage(draft.id, 'a.png', b64(image));
    expect(fs.readFileSync(file).equals(image)).toBe(true);
    fs.rmSync(file);
    await services.assets.importImage(draft.id, 'a.png', b64(image));
    expect(fs.readFileSync(file).equals(image)).toBe(true);
  });

  test.each([
    ['bad base64', () => 'not base64!!', 'bad_request', 'photo.jpg could not be read: the image data is not valid base64 (it has characters outside the base64 alphabet).'],
    ['a data: URL', () => `data:image/jpeg;base64,${b64(JPEG)}`, 'bad_request', /data: URL/],
    ['an empty file', () => '', 'bad_request', 'photo.jpg is empty.'],
    ['a text file renamed .jpg', () => b64(Buffer.from('Agenda for Tuesday: ferry, library roof')), 'bad_request', /not an image Copydesk can use/],
    ['a truncated JPEG', () => b64(JPEG.subarray(0, JPEG.length - 30)), 'bad_request', /ends early/],
    ['a corrupt PNG', () => b64(Buffer.concat([png(4, 4).subarray(0, 40), Buffer.from([1, 2, 3]), png(4, 4).subarray(43)])), 'bad_request', /damaged/],
    ['an image over 20 MB', () => b64(Buffer.concat([JPEG, Buffer.alloc(20 * 1024 * 1024)])), 'too_large', /larger than 20 MB/],
  ])('refuses %s, writing nothing', async (_case, data, code, message) => {
    const services = openTestServices();
    const draft = services.drafts.create();
    const refused = await refusal(services.assets.importImage(draft.id, 'photo.jpg', data()));
    expect(refused.code).toBe(code);
    expect(refused.message).toMatch(message);
    expect(fs.existsSync(services.assetsDir)).toBe(false);
    expect(rows(services)).toEqual({ assets: [], links: [] });
  });

  test('refuses an image for a draft that does not exist, writing nothing', async () => {
    const services = openTestServices();
    expect(await refusal(services.assets.importImage('00000000-0000-4000-8000-000000000000', 'a.png', b64(png(2, 2))))).toEqual({
      code: 'not_found',
      message: 'This draft no longer exists.',
    });
    expect(fs.existsSync(services.assetsDir)).toBe(false);
    expect(rows(services)).toEqual({ assets: [], links: [] });
  });

  test('a draft emptied from Trash loses its links; the shared file stays for other drafts', async () => {
    const services = openTestServices();
    const keep = services.drafts.create();
    const bin = services.drafts.create();
    const image = gif(2, 2);
    await services.assets.importImage(keep.id, 'a.gif', b64(image));
    await services.assets.importImage(bin.id, 'a.gif', b64(image));
    services.drafts.trash(bin.id);
    services.drafts.emptyTrash();
    expect(rows(services).links).toEqual([{ draft_id: keep.id, sha256: sha256Of(image) }]);
    expect(services.assets.assetFile(sha256Of(image))).not.toBeNull();
  });
});

describe('nothing is half-added', () => {
  const failing = (name: string) => () => {
    throw Object.assign(new Error(`${name} failed`), { code: 'EIO' });
  };

  test.each([
    ['creating the folder', { mkdirSync: failing('mkdir') }],
    ['opening the temporary file', { openSync: failing('open') }],
    ['writing', { writeSync: failing('write') }],
    ['fsync', { fsyncSync: failing('fsync') }],
    ['the rename', { renameSync: failing('rename') }],
  ])('a failure while %s leaves no file, no temporary file and no row', async (_case, fsOverride) => {
    const services = openTestServices({ fs: fsOverride });
    const draft = services.drafts.create();
    expect(await refusal(services.assets.importImage(draft.id, 'ferry.png', b64(png(5, 5))))).toEqual({
      code: 'storage',
      message: 'ferry.png could not be saved: the disk reported an error. Nothing was added to the article.',
    });
    expect(filesUnder(services.assetsDir)).toEqual([]);
    expect(rows(services)).toEqual({ assets: [], links: [] });
  });

  test('a failure to make the rename durable takes the new file back', async () => {
    // The first fsync is the temporary file's and succeeds; the second is the folder's.
    let fsyncs = 0;
    const services = openTestServices({
      fs: {
        fsyncSync: (fd) => {
          fsyncs += 1;
          if (fsyncs === 2) throw Object.assign(new Error('fsync failed'), { code: 'EIO' });
          fs.fsyncSync(fd);
        },
      },
    });
    const draft = services.drafts.create();
    expect((await refusal(services.assets.importImage(draft.id, 'a.png', b64(png(5, 5))))).code).toBe('storage');
    expect(filesUnder(services.assetsDir)).toEqual([]);
    expect(rows(services)).toEqual({ assets: [], links: [] });
  });

  test('a full disk and a read-only profile are said in words', async () => {
    const full = openTestServices({ fs: { writeSync: () => { throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }); } } });
    const a = full.drafts.create();
    expect((await refusal(full.assets.importImage(a.id, 'a.png', b64(png(2, 2))))).message).toBe(
      'a.png could not be saved: the disk is full. Nothing was added to the article.',
    );
    const readOnly = openTestServices({ fs: { mkdirSync: () => { throw Object.assign(new Error('EACCES'), { code: 'EACCES' }); } } });
    const b = readOnly.drafts.create();
    expect((await refusal(readOnly.assets.importImage(b.id, 'b.png', b64(png(2, 2))))).message).toMatch(/profile folder is read-only/);
  });

  test('if the database refuses the rows after the file was written, the file is removed again', async () => {
    const services = openTestServices();
    const draft = services.drafts.create();
    // A trigger stands in for a database failure at the last moment of the transaction.
    services.raw().exec(`CREATE TRIGGER fail_links AFTER INSERT ON draft_assets BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;`);
    const image = png(7, 7);
    await expect(services.assets.importImage(draft.id, 'a.png', b64(image))).rejects.toThrow();
    expect(filesUnder(services.assetsDir)).toEqual([]);
    expect(rows(services)).toEqual({ assets: [], links: [] });
  });

  test('a failed write never removes a file that was already there for another draft', async () => {
    const image = png(4, 4);
    const services = openTestServices();
    const first = services.drafts.create();
    await services.assets.importImage(first.id, 'a.png', b64(image));
    services.raw().exec(`CREATE TRIGGER fail_links AFTER INSERT ON draft_assets BEGIN SELECT RAISE(ABORT, 'no'); END;`);
    const second = services.drafts.create();
    await expect(services.assets.importImage(second.id, 'a.png', b64(image))).rejects.toThrow();
    expect(fs.readFileSync(assetPath(services.assetsDir, sha256Of(image))).equals(image)).toBe(true);
    expect(rows(services).links).toEqual([{ draft_id: first.id, sha256: sha256Of(image) }]);
  });
});

describe('assetFile, the shared lookup for serving', () => {
  test('finds a stored image with the type it was stored as', async () => {
    const services = openTestServices();
    const draft = services.drafts.create();
    const { asset } = await services.assets.importImage(draft.id, 'a.webp', b64(WEBP));
    expect(services.assets.assetFile(asset.sha256)).toEqual({ path: assetPath(services.assetsDir, asset.sha256), mime: 'image/webp' });
  });

  test('a file the table does not know is typed by its bytes; one that is not an image is not served', () => {
    const services = openTestServices();
    const orphan = sha256Of(JPEG);
    fs.mkdirSync(path.dirname(assetPath(services.assetsDir, orphan)), { recursive: true });
    fs.writeFileSync(assetPath(services.assetsDir, orphan), JPEG);
    expect(services.assets.assetFile(orphan)?.mime).toBe('image/jpeg');
    const html = sha256Of(Buffer.from('<script>'));
    fs.mkdirSync(path.dirname(assetPath(services.assetsDir, html)), { recursive: true });
    fs.writeFileSync(assetPath(services.assetsDir, html), '<script>alert(1)</script>');
    expect(services.assets.assetFile(html)).toBeNull();
  });

  test.each([
    ['an unknown hash', 'f'.repeat(64)],
    ['upper-case hex', 'A'.repeat(64)],
    ['a short name', 'abc'],
    ['a long name', 'a'.repeat(65)],
    ['a traversal', `../../${'a'.repeat(58)}`],
    ['a path', `aa/${'a'.repeat(61)}`],
    ['an empty name', ''],
  ])('%s finds nothing', (_case, name) => {
    const services = openTestServices();
    expect(services.assets.assetFile(name)).toBeNull();
  });

  test('a symlink or folder in the asset store is not served', async () => {
    const services = openTestServices();
    const target = path.join(services.profileDir, 'drafts.sqlite');
    const linked = 'b'.repeat(64);
    fs.mkdirSync(path.join(services.assetsDir, 'bb'), { recursive: true });
    fs.symlinkSync(target, assetPath(services.assetsDir, linked));
    expect(services.assets.assetFile(linked)).toBeNull();
    const folder = 'c'.repeat(64);
    fs.mkdirSync(assetPath(services.assetsDir, folder), { recursive: true });
    expect(services.assets.assetFile(folder)).toBeNull();
  });
});
