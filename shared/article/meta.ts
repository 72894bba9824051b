import { z } from 'zod';
import { Language } from '../appeals/library';

/** What an editor sets about an article besides its text. */
export const ArticleMeta = z.strictObject({
  section: z.string().max(100),
  tags: z.array(z.string().trim().min(1).max(60)).max(30),
  /** Made from the headline (transliterated when Cyrillic) until someone edits it. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$|^$/, 'a slug is lower-case letters, digits and single dashes').max(120),
  slugEdited: z.boolean(),
  dateline: z.string().max(100),
  seoTitle: z.string().max(200),
  seoDescription: z.string().max(400),
  language: Language,
  /** The SHA-256 of one of the article's figures. */
  featuredImage: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const DEFAULT_META: ArticleMeta = {
  section: '',
  tags: [],
  slug: '',
  slugEdited: false,
  dateline: '',
  seoTitle: '',
  seoDescription: '',
  language: 'en',
  featuredImage: null,
};
