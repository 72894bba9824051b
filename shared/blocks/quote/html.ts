import { escapeHtml } from '../../render/escape';
import { quoteParagraphs } from './paragraphs';
import type { QuoteBlock } from './schema';

export function quoteHtml(block: QuoteBlock): string {
  const paragraphs = quoteParagraphs(block.text).map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`);
  const cite = block.citation === '' ? '' : `<cite>${escapeHtml(block.citation)}</cite>`;
  return `<blockquote>${paragraphs.join('')}${cite}</blockquote>`;
}
