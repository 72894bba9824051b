import type { PullQuoteBlock } from './schema';

/** Counted although it repeats the article's words: it is text the reader sees, as the editor shows it. */
export const pullQuoteText = (block: PullQuoteBlock): string[] => [block.text, block.attribution];
