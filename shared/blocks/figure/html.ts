import type { BlockContext } from '../../render/article';
import { escapeHtml } from '../../render/escape';
import { figcaptionHtml } from './caption';
import type { FigureBlock } from './schema';

export function figureHtml(block: FigureBlock, ctx: BlockContext): string {
  const { asset } = block;
  const img = `<img src="${escapeHtml(ctx.assetUrl(asset))}" alt="${escapeHtml(block.alt)}" width="${asset.width}" height="${asset.height}" loading="lazy">`;
  const caption = figcaptionHtml(block);
  return `<figure>${img}${caption === '' ? '' : `<figcaption>${caption}</figcaption>`}</figure>`;
}
