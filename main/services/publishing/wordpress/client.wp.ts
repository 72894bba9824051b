import { createHash, randomUUID } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { freshSitePerTest, providedWordPress } from '../../../../e2e/wordpress/vitest';
import { type Role } from '../../../../e2e/wordpress/site';
import { createWordPressClient } from './client';
import { mediaFileName, postMarkerSlug } from './markers';
import { failure } from '../testing/failure';

const wp = providedWordPress();

/**
 * A 1×1 PNG (WordPress checks that an upload really is an image), made unique by a text chunk:
 * the dedupe tests must not meet an earlier run's upload on an external site that is not reset.
 */
function uniquePng(): { bytes: Buffer; sha256: string } {
  const base = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGM4IScHAAK2AQU0pnWqAAAAAElFTkSuQmCC',
    'base64',
  );
  const data = Buffer.concat([Buffer.from('tEXtComment\0'), Buffer.from(randomUUID())]);
  const chunk = Buffer.alloc(data.length + 8);
  chunk.writeUInt32BE(data.length - 4);
  data.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(data), data.length + 4);
  const iend = base.length - 12;
  const bytes = Buffer.concat([base.subarray(0, iend), chunk, base.subarray(iend)]);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
const MARKUP = [
  '<!-- wp:paragraph -->\n<p>Boats came in at dawn — «рано утром».</p>\n<!-- /wp:paragraph -->',
  '<!-- wp:pullquote -->\n<figure class="wp-block-pullquote"><blockquote><p>The sea was calm.</p><cite>A fisher</cite></blockquote></figure>\n<!-- /wp:pullquote -->',
].join('\n\n');

describe.skipIf(!wp.site)(`WordPress client against WordPress${wp.skip ? ` (skipped: ${wp.skip})` : ''}`, () => {
  const site = wp.site!;
  const { created } = freshSitePerTest(site);
  const as = (role: Role, restRoot = site.rest) => createWordPressClient({ restRoot, ...site.users[role] });

  it('me: roles and the capabilities that decide publishing and uploading', async () => {
    expect(await as('editor').me()).toMatchObject({
      roles: ['editor'],
      capabilities: { publish_posts: true, upload_files: true },
    });
    const contributor = await as('contributor').me();
    expect(contributor.capabilities.publish_posts).toBeUndefined();
    expect(contributor.capabilities.edit_posts).toBe(true);
  });

  it('an upload is found again by its SHA-256 marker, with alt text and caption set', async () => {
    const editor = as('editor');
    const png = uniquePng();
    expect(await editor.findMediaBySha(png.sha256)).toBeNull();
    const media = await editor.uploadMedia(png.bytes, mediaFileName('Harbour at dawn.png', png.sha256), 'image/png');
    expect(media.source_url).toMatch(new RegExp(`/harbour-at-dawn-cd-${png.sha256.slice(0, 16)}\\.png$`));
    const updated = await editor.updateMedia(media.id, { alt_text: 'Boats at the quay', caption: 'The harbour at dawn' });
    expect(updated).toMatchObject({ alt_text: 'Boats at the quay', caption: { raw: 'The harbour at dawn' } });
    expect((await editor.findMediaBySha(png.sha256))?.id).toBe(media.id);
    expect(await editor.findMediaBySha(createHash('sha256').update('other').digest('hex'))).toBeNull();
    expect(await created()).toEqual({ posts: 0, media: 1 });
  });

  it('a create carries the GUID marker until the publish step replaces it; markup kept byte for byte', async () => {
    const editor = as('editor');
    const guid = randomUUID();
    const [category] = await editor.listTerms('categories');
    const png = uniquePng();
    const media = await editor.uploadMedia(png.bytes, mediaFileName('lead.png', png.sha256), 'image/png');
    const slug = `harbour-at-dawn-${guid.slice(0, 8)}`;
    expect(await editor.findPostByClientGuid(guid)).toBeNull();

    const draft = await editor.createPost({
      title: 'Harbour at dawn',
      content: MARKUP,
      status: 'draft',
      slug: postMarkerSlug(guid),
    });
    expect(draft.slug).toBe(`cd-${guid}`);
    expect((await editor.findPostByClientGuid(guid))?.id).toBe(draft.id);

    const published = await editor.updatePost(draft.id, {
      status: 'publish',
      slug,
      featured_media: media.id,
      categories: [category!.id],
    });
    expect(published).toMatchObject({ status: 'publish', slug, featured_media: media.id, categories: [category!.id] });
    expect(published.link).toBe(`${site.url}/${slug}/`);
    expect(await editor.findPostByClientGuid(guid)).toBeNull();

    const read = await editor.getPost(draft.id);
    expect(read.content.raw).toBe(MARKUP);
    expect(read.modified_gmt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    expect(await created()).toEqual({ posts: 1, media: 1 });
  });

  it('a contributor is refused publishing (rest_cannot_publish, no post made) but may send for review', async () => {
    const contributor = as('contributor');
    const error = await failure(contributor.createPost({ title: 'Scoop', content: MARKUP, status: 'publish' }));
    expect(error).toMatchObject({ kind: 'permission', retryable: false, details: { status: 403, code: 'rest_cannot_publish' } });
    expect(error.message).toBe(
      'This WordPress account may not publish posts: ask an editor to publish it, or send it for review.',
    );
    expect(await created()).toEqual({ posts: 0, media: 0 });

    const pending = await contributor.createPost({ title: 'Scoop', content: MARKUP, status: 'pending' });
    expect(pending.status).toBe('pending');
    expect(await created()).toEqual({ posts: 1, media: 0 });
  });

  it('a contributor may not upload for a post of someone else, and is told so in those words', async () => {
    // The companion plugin lets contributors upload for their own articles only (build/wordpress-plugin).
    const editors = await as('editor').createPost({ title: 'An editor’s post', status: 'draft' });
    const error = await failure(as('contributor').uploadMedia(uniquePng().bytes, 'a.png', 'image/png', { post: editors.id }));
    expect(error).toMatchObject({ kind: 'permission', details: { status: 403, code: 'rest_cannot_create' } });
    expect(error.message).toBe('This WordPress account may not upload media (rest_cannot_create).');
    expect(await created()).toEqual({ posts: 1, media: 0 });
  });

  it('a wrong application password: credentials, whatever WordPress calls it', async () => {
    const client = createWordPressClient({
      restRoot: site.rest,
      username: 'editor',
      appPassword: 'abcd efgh ijkl mnop qrst uvwx',
    });
    expect(await failure(client.me())).toMatchObject({
      kind: 'credentials',
      details: { status: 401, code: 'rest_not_logged_in' },
    });
    expect(await failure(client.createPost({ title: 'x' }))).toMatchObject({ kind: 'credentials', details: { status: 401 } });
    expect(await created()).toEqual({ posts: 0, media: 0 });
  });

  it('a post that is gone: not_found', async () => {
    expect(await failure(as('editor').getPost(999_999))).toMatchObject({
      kind: 'not_found',
      details: { code: 'rest_post_invalid_id' },
    });
  });

  it('terms: the categories and tags the publish dialog offers', async () => {
    // The default category (id 1) can be renamed but never deleted; the fresh local site has no tags.
    expect(await as('author').listTerms('categories')).toContainEqual({
      id: 1,
      name: expect.any(String),
      slug: expect.any(String),
      parent: 0,
    });
    const tags = await as('author').listTerms('tags');
    if (site.local) expect(tags).toEqual([]);
  });

  it.skipIf(!site?.variants)(
    'plain permalinks: the pretty root is refused clearly (WordPress redirects it), ?rest_route= works',
    async () => {
      const plain = site.variants!.plain;
      const error = await failure(as('editor', `${plain}wp-json/`).me());
      expect(error).toMatchObject({ kind: 'redirected', details: { status: 301 } });
      expect(error.message).toContain('check the connection again');
      expect((await as('editor', `${plain}?rest_route=/`).me()).name).toBe('Editor');
    },
  );
});
