import { escapeHtml } from '../../render/escape';
import { blockMarkup, joinBlocks } from '../../render/gutenberg/blockMarkup';
import { paragraphBlock } from '../../render/gutenberg/coreBlocks';
import { elementContent } from '../../render/gutenberg/htmlFragments';
import { markupText } from '../../render/gutenberg/inlineMarkup';
import type { ParsedBlock } from '../../render/gutenberg/parseBlocks';
import { quoteParagraphs } from './paragraphs';
import type { QuoteBlock } from './schema';

/** A core/quote: a paragraph block per paragraph, the citation in `<cite>`, as WordPress saves it. */
export function quoteToGutenberg(block: QuoteBlock): string {
  const paragraphs = quoteParagraphs(block.text).map((paragraph) => paragraphBlock(escapeHtml(paragraph)));
  const cite = block.citation === '' ? '' : `<cite>${escapeHtml(block.citation)}</cite>`;
  return blockMarkup('quote', {}, `<blockquote class="wp-block-quote">${joinBlocks(paragraphs)}${cite}</blockquote>`);
}

export function quoteFromGutenberg(block: ParsedBlock): unknown {
  const paragraphs = block.innerBlocks
    .filter((inner) => inner.name === 'core/paragraph')
    .map((paragraph) => markupText(elementContent(paragraph.innerHTML, 'p') ?? ''));
  return {
    type: 'blockquote',
    version: 1,
    text: paragraphs.join('\n'),
    citation: markupText(elementContent(block.innerHTML, 'cite') ?? ''),
  };
}
