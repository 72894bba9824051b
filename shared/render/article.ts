import type { ArticleMeta } from '../article/meta';
import type { AppealVersion, Language } from '../appeals/library';
import type { AssetRef } from '../blocks/figure/schema';

/** What the renderers read: a saved draft plus its metadata. Times are milliseconds since the epoch. */
export interface RenderableArticle {
  id: string;
  headline: string;
  standfirst: string;
  byline: string;
  /** Lexical's serialized editor state, as stored. */
  body: string;
  meta: ArticleMeta;
  createdAt: number;
  updatedAt: number;
}

/** What the renderers need from outside the article: the appeals library and where images live. */
export interface RenderContext {
  appeal(id: string, version: number): AppealVersion | undefined;
  assetUrl(asset: AssetRef): string;
}

export interface GutenbergContext extends RenderContext {
  /** The id of the WordPress synced pattern ("reusable block") that stands for an appeal, if any. */
  syncedPatternRef?(appealId: string): number | undefined;
}

/** What a block renderer is given: the context, and the article's language. */
export interface BlockContext extends RenderContext {
  language: Language;
}

export interface BlockGutenbergContext extends GutenbergContext {
  language: Language;
}

// Built with explicit calls rather than a spread, which would lose the methods of a class instance.
export const blockContext = (ctx: RenderContext, language: Language): BlockContext => ({
  appeal: (id, version) => ctx.appeal(id, version),
  assetUrl: (asset) => ctx.assetUrl(asset),
  language,
});

export const blockGutenbergContext = (ctx: GutenbergContext, language: Language): BlockGutenbergContext => ({
  ...blockContext(ctx, language),
  syncedPatternRef: (appealId) => ctx.syncedPatternRef?.(appealId),
});
