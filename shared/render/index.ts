// The renderers' public API: pure functions over a stored article, no DOM.
export type { RenderableArticle, RenderContext, GutenbergContext } from './article';
export { toHtml, toHtmlArticle, toHtmlDocument, type HtmlDocumentOptions } from './html';
export { ARTICLE_CSS } from './article.css';
export { toGutenberg } from './gutenberg/toGutenberg';
export { fromGutenberg } from './gutenberg/fromGutenberg';
export { toNinjs, NINJS_VERSION, NINJS_SCHEMA_URI } from './ninjs';
export type { NinjsItem, NinjsAssociation } from './ninjsTypes';
export { toPlainText } from './plainText';
export { canonicalBody } from './canonicalBody';
