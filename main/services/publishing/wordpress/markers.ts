import { slugify } from '../../../../shared/text/slug';

/**
 * How Copydesk recognises, on a WordPress site, what it created itself when it cannot know the
 * outcome of its own request (a timeout after sending, a crash before the answer was stored).
 *
 * Posts: the create request is always a draft whose slug is `cd-<client guid>`. WordPress stores
 * a draft's requested slug verbatim (wp_unique_post_slug() leaves drafts alone) and its REST API
 * can query posts by exact slug in any status, so `findPostByClientGuid` finds the post if, and
 * only if, the create happened. Once the remote id is stored with the job, the publish step sets
 * the real slug, status and date, and the marker is gone: readers never see a `cd-…` URL, and
 * publishing never happens with the marker slug, the only moment WordPress would rename a slug.
 * Rejected alternatives: registered post meta (REST only exposes meta a plugin registers, and
 * Copydesk must work on sites it cannot install plugins on); a permanent marker slug (it would
 * be the public URL); a marker comment in the content (the block editor rewrites stray HTML).
 *
 * Media: each asset is uploaded under a file name carrying `cd-<first 16 hex of its SHA-256>`,
 * and the upload sets the media title to that name. The adapter keeps a local map
 * (site, sha256) → media id as the primary record, so a re-publish asks nothing; the remote
 * search by marker covers an upload whose outcome is unknown, or a lost local map. 64 bits of
 * SHA-256 per site make an accidental match negligible; if an editor retitles the item in the
 * media library, the worst case is one more upload, never a wrong image.
 */

const GUID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function postMarkerSlug(clientGuid: string): string {
  const guid = clientGuid.toLowerCase();
  if (!GUID.test(guid)) throw new Error(`not a client guid: ${clientGuid.slice(0, 80)}`);
  return `cd-${guid}`;
}

export function mediaMarker(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a SHA-256 in hex');
  return `cd-${sha256.slice(0, 16)}`;
}

/**
 * Only ASCII letters, digits, dots and dashes (Cyrillic transliterated): the name travels in a
 * Content-Disposition header, which cannot carry other characters, and WordPress' parser does
 * not understand `filename*=`.
 */
export function asciiFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : [name, ''];
  const cleanExt = slugify(ext, 10).replace(/-/g, '');
  return `${slugify(stem, 80) || 'file'}${cleanExt ? `.${cleanExt}` : ''}`;
}

/** `Harbour at dawn.JPG` → `harbour-at-dawn-cd-3f2a9c01d4e5b6a7.jpg` */
export function mediaFileName(originalName: string, sha256: string): string {
  const ascii = asciiFileName(originalName);
  const dot = ascii.lastIndexOf('.');
  const marker = mediaMarker(sha256);
  return dot > 0 ? `${ascii.slice(0, dot)}-${marker}${ascii.slice(dot)}` : `${ascii}-${marker}`;
}
