import type { BlockGutenbergContext } from '../../render/article';
import { escapeHtml } from '../../render/escape';
import { blockMarkup } from '../../render/gutenberg/blockMarkup';
import { elementContent, startTagAttributes } from '../../render/gutenberg/htmlFragments';
import { markupText, parseInlineMarkup } from '../../render/gutenberg/inlineMarkup';
import type { ParsedBlock } from '../../render/gutenberg/parseBlocks';
import { CREDIT_OPEN, captionNodes, figcaptionHtml } from './caption';
import type { FigureBlock } from './schema';

/**
 * A core/image block. WordPress has no place for the stored asset or a credit link it does not
 * show, so those ride in the `copydesk` attribute; the words (alt, caption, credit) are read back
 * from the markup, so edits made in WordPress come back too.
 */
export function figureToGutenberg(block: FigureBlock, ctx: BlockGutenbergContext): string {
  const { asset } = block;
  const caption = figcaptionHtml(block);
  const html =
    `<figure class="wp-block-image size-large"><img src="${escapeHtml(ctx.assetUrl(asset))}" alt="${escapeHtml(block.alt)}" width="${asset.width}" height="${asset.height}"/>` +
    `${caption === '' ? '' : `<figcaption class="wp-element-caption">${caption}</figcaption>`}</figure>`;
  const attributes = { width: asset.width, height: asset.height, sizeSlug: 'large', copydesk: { asset, creditUrl: block.creditUrl } };
  return blockMarkup('image', attributes, html);
}

/** Splits a figcaption into the caption and the credit span that figcaptionHtml appended. */
function splitCredit(figcaption: string): { caption: string; credit: string } {
  const at = figcaption.lastIndexOf(CREDIT_OPEN);
  if (at === -1) return { caption: figcaption, credit: '' };
  const before = figcaption.slice(0, at);
  return {
    caption: before.endsWith(' ') ? before.slice(0, -1) : before,
    credit: figcaption.slice(at + CREDIT_OPEN.length).replace(/<\/span>\s*$/, ''),
  };
}

export function figureFromGutenberg(block: ParsedBlock): unknown {
  const copydesk = block.attrs.copydesk;
  if (typeof copydesk !== 'object' || copydesk === null) return undefined;
  const { asset, creditUrl } = copydesk as Record<string, unknown>;
  const { caption, credit } = splitCredit(elementContent(block.innerHTML, 'figcaption') ?? '');
  return {
    type: 'figure',
    version: 1,
    asset,
    alt: startTagAttributes(block.innerHTML, 'img')?.alt ?? '',
    caption: captionNodes(parseInlineMarkup(caption)),
    credit: markupText(credit),
    creditUrl: typeof creditUrl === 'string' ? creditUrl : '',
  };
}
