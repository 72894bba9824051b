import { parseBody, type SerializedNode } from '../article/body';
import { blockOfType } from '../blocks/registry';
import { blockContext, type BlockContext, type RenderableArticle, type RenderContext } from './article';
import { canonicalBody } from './canonicalBody';
import { escapeHtml } from './escape';
import { inlineHtml } from './inlineHtml';
import { listItemGroups } from './lists';

function listHtml(list: SerializedNode): string {
  const tag = list.listType === 'number' ? 'ol' : 'ul';
  const start = tag === 'ol' && list.start !== 1 ? ` start="${Number(list.start)}"` : '';
  const items = listItemGroups(list.children ?? []).map(({ inline, lists }) => `<li>${inlineHtml(inline)}${lists.map(listHtml).join('')}</li>`);
  return `<${tag}${start}>${items.join('')}</${tag}>`;
}

function nodeHtml(node: SerializedNode, ctx: BlockContext): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading': {
      const tag = node.type === 'paragraph' ? 'p' : String(node.tag);
      const html = inlineHtml(node.children ?? []);
      return html === '' ? '' : `<${tag}>${html}</${tag}>`;
    }
    case 'list':
      return listHtml(node);
    default:
      return blockOfType(node.type)?.toHtml(node, ctx) ?? '';
  }
}

/**
 * The article body as semantic HTML5, one top-level element per line. Empty paragraphs and
 * headings (blank lines in the editor) and appeals the library cannot supply are left out; invalid blocks are
 * skipped whole. Throws only when the body is not a Lexical document at all.
 */
export function toHtml(article: RenderableArticle, ctx: RenderContext): string {
  const blockCtx = blockContext(ctx, article.meta.language);
  return canonicalBody(parseBody(article.body))
    .root.children.map((node) => nodeHtml(node, blockCtx))
    .filter((html) => html !== '')
    .join('\n');
}

/** The whole article as an `<article>`: headline, standfirst and byline in its header, then the body. */
export function toHtmlArticle(article: RenderableArticle, ctx: RenderContext): string {
  const header = [
    `<h1>${escapeHtml(article.headline)}</h1>`,
    article.standfirst === '' ? '' : `<p class="standfirst">${escapeHtml(article.standfirst)}</p>`,
    article.byline === '' ? '' : `<p class="byline">${escapeHtml(article.byline)}</p>`,
  ].join('');
  const body = toHtml(article, ctx);
  return `<article lang="${article.meta.language}">\n<header>${header}</header>\n${body === '' ? '' : `${body}\n`}</article>`;
}

export interface HtmlDocumentOptions {
  /** CSS for a `<style>` element in the head, such as ARTICLE_CSS. */
  stylesheet?: string;
}

/** A complete HTML document holding the article, for a preview frame or a file. */
export function toHtmlDocument(article: RenderableArticle, ctx: RenderContext, options: HtmlDocumentOptions = {}): string {
  // "</style" is the only thing that could end the element early; "<\/" means the same in CSS.
  const style = options.stylesheet === undefined ? '' : `<style>${options.stylesheet.replace(/<\/(style)/gi, '<\\/$1')}</style>\n`;
  return (
    `<!doctype html>\n<html lang="${article.meta.language}">\n<head>\n<meta charset="utf-8">\n` +
    `<title>${escapeHtml(article.headline)}</title>\n${style}</head>\n<body>\n${toHtmlArticle(article, ctx)}\n</body>\n</html>\n`
  );
}
