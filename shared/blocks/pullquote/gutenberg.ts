import { escapeHtml, escapeWithBreaks } from '../../render/escape';
import { blockMarkup } from '../../render/gutenberg/blockMarkup';
import { elementContent } from '../../render/gutenberg/htmlFragments';
import { markupText } from '../../render/gutenberg/inlineMarkup';
import type { ParsedBlock } from '../../render/gutenberg/parseBlocks';
import type { PullQuoteBlock } from './schema';

/** A core/pullquote: the words in `<p>`, the attribution in `<cite>`, as WordPress saves it. */
export function pullQuoteToGutenberg(block: PullQuoteBlock): string {
  const cite = block.attribution === '' ? '' : `<cite>${escapeHtml(block.attribution)}</cite>`;
  return blockMarkup('pullquote', {}, `<figure class="wp-block-pullquote"><blockquote><p>${escapeWithBreaks(block.text)}</p>${cite}</blockquote></figure>`);
}

export function pullQuoteFromGutenberg(block: ParsedBlock): unknown {
  return {
    type: 'pullquote',
    version: 1,
    text: markupText(elementContent(block.innerHTML, 'p') ?? ''),
    attribution: markupText(elementContent(block.innerHTML, 'cite') ?? ''),
  };
}
