import { quoteParagraphs } from './paragraphs';
import type { QuoteBlock } from './schema';

export const quoteText = (block: QuoteBlock): string[] => [...quoteParagraphs(block.text), block.citation];
