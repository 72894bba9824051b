import { z } from 'zod';

// Only the fields Copydesk reads; WordPress and its plugins add many more, which are dropped.

const Id = z.number().int().positive();
const Rendered = z.object({ rendered: z.string(), raw: z.string().optional() });

/** PHP's json_encode writes an empty associative array as `[]`, and some lists as objects. */
const phpList = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (value && typeof value === 'object' && !Array.isArray(value) ? Object.values(value) : value),
    z.array(item),
  );
const phpMap = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (Array.isArray(value) && value.length === 0 ? {} : value), z.record(z.string(), item));

export const WpErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  data: z.object({ status: z.number().optional(), params: phpMap(z.string()).optional() }).nullish(),
});
export type WpErrorBody = z.infer<typeof WpErrorBody>;

export const WpIndex = z.object({
  name: z.string().optional(),
  namespaces: phpList(z.string()),
  /** WordPress ≥ 5.6 lists `application-passwords` here when they can be used on this site. */
  authentication: z.union([phpMap(z.unknown()), z.array(z.unknown())]).optional(),
});
export type WpIndex = z.infer<typeof WpIndex>;

export const WpUser = z.object({
  id: Id,
  name: z.string(),
  /** The login (context=edit): what the review plugin checks an audit entry's cmsUser against. */
  username: z.string().optional(),
  roles: phpList(z.string()),
  // Role plugins store 1 or "1" where core stores true.
  capabilities: phpMap(z.union([z.boolean(), z.number(), z.string()]).transform((v) => v === true || v === 1 || v === '1')),
});
export type WpUser = z.infer<typeof WpUser>;

export const WpPost = z.object({
  id: Id,
  status: z.string(),
  slug: z.string(),
  link: z.string(),
  date_gmt: z.string().nullable(),
  modified_gmt: z.string(),
  title: Rendered,
  content: Rendered,
  excerpt: Rendered,
  featured_media: z.number().int().nonnegative(),
  categories: phpList(Id),
  tags: phpList(Id),
  /** The user id of the post's author. */
  author: z.number().int().nonnegative().optional(),
  /**
   * The companion plugin's review field (shared/workflow/wire.ts), unchecked here: absent without
   * the plugin or for readers who may not edit the post, null on a post never reviewed.
   */
  copydesk_review: z.unknown().optional(),
});
export type WpPost = z.infer<typeof WpPost>;

export const WpMedia = z.object({
  id: Id,
  source_url: z.string(),
  mime_type: z.string(),
  alt_text: z.string(),
  title: Rendered,
  caption: Rendered,
  /** The parent post; 0 (or absent, on old sites) when unattached. */
  post: z.number().int().nonnegative().nullish(),
});
export type WpMedia = z.infer<typeof WpMedia>;

export const WpTerm = z.object({ id: Id, name: z.string(), slug: z.string(), parent: z.number().int().nonnegative().optional() });
export type WpTerm = z.infer<typeof WpTerm>;

export const WpDeleted = z.object({ deleted: z.literal(true) });
