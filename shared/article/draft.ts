import { z } from 'zod';
import { BodyJson } from './body';
import { ArticleMeta } from './meta';

export const DraftId = z.uuid();
export const RevisionId = z.int().positive();
/** Milliseconds since the epoch, as Date.now() gives them. */
export const Timestamp = z.int().nonnegative();

/** What a reporter types: the fields every save carries. */
export const DraftContent = z.strictObject({
  headline: z.string().max(500, 'headline is longer than 500 characters'),
  standfirst: z.string().max(2_000, 'standfirst is longer than 2,000 characters'),
  byline: z.string().max(300, 'byline is longer than 300 characters'),
  body: BodyJson,
});
export type DraftContent = z.infer<typeof DraftContent>;

export const Draft = z.strictObject({
  id: DraftId,
  ...DraftContent.shape,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Set while the draft is in Trash. */
  deletedAt: Timestamp.nullable(),
  /** Section, tags, slug and the rest; saved on its own (saveDraftMeta). DEFAULT_META for older drafts. */
  meta: ArticleMeta,
});
export type Draft = z.infer<typeof Draft>;

/**
 * Text with search matches marked. Segments rather than HTML, so that nothing from a draft can be
 * rendered as markup by accident.
 */
export const HighlightedText = z.array(z.strictObject({ text: z.string(), match: z.boolean() }));
export type HighlightedText = z.infer<typeof HighlightedText>;

export const DraftSummary = z.strictObject({
  id: DraftId,
  headline: z.string(),
  /** The start of the standfirst or body, or the part of it that matched a search. */
  snippet: HighlightedText,
  /** The headline with matched words marked; plain when not searching. */
  headlineHighlight: HighlightedText,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type DraftSummary = z.infer<typeof DraftSummary>;

export const RevisionKind = z.enum(['auto', 'manual', 'restore']);
export type RevisionKind = z.infer<typeof RevisionKind>;

export const RevisionSummary = z.strictObject({
  id: RevisionId,
  draftId: DraftId,
  kind: RevisionKind,
  /** For a restore: the time of the revision it brought back. */
  restoredFrom: Timestamp.nullable(),
  headline: z.string(),
  wordCount: z.int().nonnegative(),
  createdAt: Timestamp,
});
export type RevisionSummary = z.infer<typeof RevisionSummary>;
