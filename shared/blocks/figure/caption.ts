import type { SerializedNode } from '../../article/body';
import { canonicalInline } from '../../render/canonicalInline';
import { escapeHtml } from '../../render/escape';
import { inlineHtml } from '../../render/inlineHtml';
import { textNode } from '../../render/lexicalNodes';
import { isWebUrl } from '../../render/linkUrl';
import type { FigureBlock } from './schema';

/**
 * A caption's nodes in canonical form. A caption holds no line breaks (see InlineContent), so
 * one read back from WordPress becomes a space.
 */
export const captionNodes = (nodes: readonly SerializedNode[]): SerializedNode[] =>
  canonicalInline(nodes.map((node) => (node.type === 'linebreak' ? textNode(' ') : node)));

export const CREDIT_OPEN = '<span class="credit">';

/**
 * The inside of a figcaption, the same in HTML and in WordPress: the caption, then the credit
 * in its own span, a space between them only when both are there. The credit links to
 * creditUrl when that is a web page.
 */
export function figcaptionHtml(block: FigureBlock): string {
  const caption = inlineHtml(block.caption);
  if (block.credit === '') return caption;
  const credit = escapeHtml(block.credit);
  const linked = isWebUrl(block.creditUrl) ? `<a href="${escapeHtml(block.creditUrl)}">${credit}</a>` : credit;
  return `${caption}${caption === '' ? '' : ' '}${CREDIT_OPEN}${linked}</span>`;
}
