import type { AppealVersion } from '../../../shared/appeals/library';
import { parseBody } from '../../../shared/article/body';
import type { Draft } from '../../../shared/article/draft';
import { AppealBlock } from '../../../shared/blocks/appeal/schema';
import { FigureBlock, type AssetRef } from '../../../shared/blocks/figure/schema';
import { canonicalBody } from '../../../shared/render';
import { inlineText } from '../../../shared/render/inlineText';
import { slugify } from '../../../shared/text/slug';
import type { Snapshot, SnapshotImage } from './publisher';

const EXTENSION: Record<AssetRef['mime'], string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif' };

/** A readable upload name (a site's media library and image URLs show it): the alt text's first words. */
const imageName = (asset: AssetRef, words: string, index: number): string =>
  `${slugify(words, 40) || `image-${index + 1}`}.${EXTENSION[asset.mime]}`;

export interface SnapshotSources {
  appeals(refs: { id: string; version: number }[]): AppealVersion[];
  /** An image the draft owns (imported into it, or in its body), for a featured image outside the body. */
  draftImage(draftId: string, sha256: string): AssetRef | null;
}

/**
 * Freezes a draft for publishing: the article as saved, the appeal versions its body pins and
 * every image to upload (the figures' images, each once, and the featured image). Returns null
 * for the snapshot's featured image when `featuredImage` names no image the draft owns.
 */
export function takeSnapshot(draft: Draft, featuredImage: string | null, sources: SnapshotSources): Snapshot | null {
  const nodes = canonicalBody(parseBody(draft.body)).root.children;
  const images: SnapshotImage[] = [];
  const pins: { id: string; version: number }[] = [];
  for (const node of nodes) {
    const figure = FigureBlock.safeParse(node);
    if (figure.success) {
      const { asset, alt } = figure.data;
      if (images.some((image) => image.asset.sha256 === asset.sha256)) continue;
      const caption = inlineText(figure.data.caption);
      images.push({ asset, alt, caption, name: imageName(asset, alt || caption || draft.headline, images.length) });
      continue;
    }
    const appeal = AppealBlock.safeParse(node);
    if (appeal.success) pins.push({ id: appeal.data.appealId, version: appeal.data.appealVersion });
  }
  if (featuredImage !== null && !images.some((image) => image.asset.sha256 === featuredImage)) {
    const asset = sources.draftImage(draft.id, featuredImage);
    if (!asset) return null;
    images.push({ asset, alt: '', caption: '', name: imageName(asset, draft.headline, images.length) });
  }
  const { id, headline, standfirst, byline, body, meta, createdAt, updatedAt } = draft;
  return {
    article: { id, headline, standfirst, byline, body, meta, createdAt, updatedAt },
    appeals: sources.appeals(pins),
    images,
  };
}

/** What the renderers need from outside the article, served from the snapshot and the site's image URLs. */
export const snapshotContext = (snapshot: Snapshot, imageUrl: (sha256: string) => string) => ({
  appeal: (appealId: string, version: number) => snapshot.appeals.find((a) => a.id === appealId && a.version === version),
  assetUrl: (asset: Pick<AssetRef, 'sha256'>) => imageUrl(asset.sha256),
});
