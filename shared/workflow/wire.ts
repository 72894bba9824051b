import { z } from 'zod';
import { ArticleMeta } from '../article/meta';
import { Actor, ReviewState } from './review';

/** The REST field the companion WordPress plugin adds to posts (see build/wordpress-plugin). */
export const REVIEW_FIELD = 'copydesk_review';
export const REVIEW_FIELD_VERSION = 1;

/**
 * What travels between laptops with a post: the review, and the article exactly as Copydesk holds
 * it (the Lexical body with its comment marks, which the post's content never carries). A reader
 * trusts `document` only while the post's `content.raw` still hashes to `contentSha256`; otherwise
 * someone edited the post on the site, and the content is read back from its Gutenberg markup.
 */
export const ReviewField = z.object({
  version: z.literal(REVIEW_FIELD_VERSION),
  review: ReviewState,
  document: z.object({
    headline: z.string(),
    standfirst: z.string(),
    byline: z.string(),
    body: z.string(),
    /**
     * The article's details (language, section, tags, slug, SEO…). Optional: a review written
     * before they travelled has none, and its reader keeps its own.
     */
    meta: ArticleMeta.optional(),
    contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  /** The reporter who first submitted it. */
  author: Actor,
});
export type ReviewField = z.infer<typeof ReviewField>;

/** A field before the post's content is rendered: the publisher seals it with the content's hash. */
export type UnsealedReviewField = Omit<ReviewField, 'document'> & { document: Omit<ReviewField['document'], 'contentSha256'> };

export const sealReviewField = (field: UnsealedReviewField, contentSha256: string): ReviewField => ({
  ...field,
  document: { ...field.document, contentSha256 },
});
