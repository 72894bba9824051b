import { z } from 'zod';

/** Lexical's text format bits, as stored in a serialized text node's `format`. */
export const TEXT_FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16, subscript: 32, superscript: 64 } as const;

export const SerializedText = z.looseObject({
  type: z.literal('text'),
  text: z.string(),
  format: z.int().nonnegative().default(0),
});
export type SerializedText = z.infer<typeof SerializedText>;

export const SerializedLink = z.looseObject({
  type: z.enum(['link', 'autolink']),
  url: z.string(),
  children: z.array(SerializedText),
});
export type SerializedLink = z.infer<typeof SerializedLink>;

/** Rich text that lives inside a block (a figure's caption): text runs and links, nothing else. */
export const InlineContent = z.array(z.union([SerializedText, SerializedLink])).max(200);
export type InlineContent = z.infer<typeof InlineContent>;
