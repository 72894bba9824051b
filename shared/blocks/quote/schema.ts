import { z } from 'zod';

/** Quoted speech set apart: the words, and who said them. Paragraphs are separated by "\n". */
export const QuoteBlock = z.looseObject({
  type: z.literal('blockquote'),
  version: z.literal(1),
  text: z.string().max(10_000),
  citation: z.string().max(300),
});
export type QuoteBlock = z.infer<typeof QuoteBlock>;
