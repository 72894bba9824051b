import { createHash } from 'node:crypto';
import { parseBody, type SerializedNode } from '../../../../shared/article/body';
import { MAX_IMAGE_BYTES } from '../../../../shared/ipc/contract';
import type { AssetStore } from '../../assets/store';
import type { Logger } from '../../ipc/dispatcher';
import type { FetchLike } from '../../publishing/http';
import type { WordPressClient } from '../../publishing/wordpress/client';

const DOWNLOAD_TIMEOUT_MS = 60_000;

/** The SHA-256 of every image the body's figures show. */
export function figureImages(body: string): Set<string> {
  const found = new Set<string>();
  const visit = (node: SerializedNode): void => {
    const sha = node.type === 'figure' ? (node.asset as { sha256?: unknown } | undefined)?.sha256 : undefined;
    if (typeof sha === 'string' && /^[0-9a-f]{64}$/.test(sha)) found.add(sha);
    for (const child of node.children ?? []) visit(child);
  };
  visit(parseBody(body).root);
  return found;
}

/** The file at `url`, or null when it is not there, too large, or not in time. No credentials go with it. */
async function download(url: string, fetchImpl: FetchLike): Promise<Uint8Array | null> {
  const response = await fetchImpl(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS), redirect: 'follow' });
  if (!response.ok || !response.body) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.byteLength;
    if (size > MAX_IMAGE_BYTES) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks);
}

/**
 * Brings the article's images from the site to this computer, so a working copy opened from a
 * review queue shows its photos: each one this profile lacks is looked up in the site's media
 * library by its Copydesk marker, downloaded, and kept only if its bytes have the same SHA-256
 * (WordPress may serve a scaled copy instead). An image that cannot be brought is left out; the
 * article still names it, and publishing finds it on the site by the same marker.
 */
export async function fetchMissingImages(
  { client, assets, draftId, body, log, fetch: fetchImpl = fetch }: {
    client: WordPressClient;
    assets: AssetStore;
    draftId: string;
    body: string;
    log: Logger;
    fetch?: FetchLike;
  },
): Promise<number> {
  let brought = 0;
  for (const sha256 of figureImages(body)) {
    if (assets.assetFile(sha256)) continue;
    try {
      const media = await client.findMediaBySha(sha256);
      const bytes = media && (await download(media.source_url, fetchImpl));
      if (!bytes || createHash('sha256').update(bytes).digest('hex') !== sha256) continue;
      assets.addToDraft(draftId, media.source_url.split('/').pop() ?? 'image', bytes);
      brought += 1;
    } catch (error) {
      log.warn('an image of a review could not be brought from the site', { sha256, error: String((error as Error)?.message ?? error) });
    }
  }
  return brought;
}
