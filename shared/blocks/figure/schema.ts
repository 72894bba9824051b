import { z } from 'zod';
import { InlineContent } from '../inline';

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
export const ImageType = z.enum(IMAGE_TYPES);

/** A stored image, named by the SHA-256 of its bytes: the same photo is kept once. */
export const AssetRef = z.strictObject({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mime: ImageType,
  width: z.int().positive(),
  height: z.int().positive(),
  bytes: z.int().positive(),
});
export type AssetRef = z.infer<typeof AssetRef>;

/** A photo with its caption (rich text), credit (plain, never folded into the caption) and alt text. */
export const FigureBlock = z.looseObject({
  type: z.literal('figure'),
  version: z.literal(1),
  asset: AssetRef,
  alt: z.string().max(1_000),
  caption: InlineContent,
  credit: z.string().max(300),
  creditUrl: z.string().max(2_000),
});
export type FigureBlock = z.infer<typeof FigureBlock>;
