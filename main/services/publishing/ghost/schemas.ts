import { z } from 'zod';

// Only the fields Copydesk reads from Ghost's Admin API; the rest is dropped.

export const GhostErrorBody = z.object({
  errors: z
    .array(
      z.object({ message: z.string(), type: z.string().nullish(), code: z.string().nullish(), context: z.string().nullish() }),
    )
    .min(1),
});

const GhostTag = z.object({ id: z.string().optional(), name: z.string(), slug: z.string() });

export const GhostPost = z.object({
  id: z.string().min(1),
  uuid: z.string(),
  title: z.string(),
  slug: z.string(),
  html: z.string().nullish(),
  status: z.string(),
  url: z.string(),
  /** The collision token: sent back unchanged on every update. */
  updated_at: z.string(),
  published_at: z.string().nullish(),
  feature_image: z.string().nullish(),
  tags: z.array(GhostTag).optional(),
});
export type GhostPost = z.infer<typeof GhostPost>;

export const GhostPosts = z.object({ posts: z.array(GhostPost) });

export const GhostSite = z.object({ site: z.object({ title: z.string(), url: z.string(), version: z.string() }) });

export const GhostImages = z.object({ images: z.array(z.object({ url: z.string(), ref: z.string().nullish() })).length(1) });
