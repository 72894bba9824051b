import { z } from 'zod';

/** A line lifted from the article and shown large, with its attribution. */
export const PullQuoteBlock = z.looseObject({
  type: z.literal('pullquote'),
  version: z.literal(1),
  text: z.string().max(1_000),
  attribution: z.string().max(300),
});
export type PullQuoteBlock = z.infer<typeof PullQuoteBlock>;
