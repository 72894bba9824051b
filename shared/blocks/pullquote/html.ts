import { escapeHtml, escapeWithBreaks } from '../../render/escape';
import type { PullQuoteBlock } from './schema';

export function pullQuoteHtml(block: PullQuoteBlock): string {
  const attribution = block.attribution === '' ? '' : `<figcaption>${escapeHtml(block.attribution)}</figcaption>`;
  return `<figure class="pullquote"><blockquote><p>${escapeWithBreaks(block.text)}</p></blockquote>${attribution}</figure>`;
}
