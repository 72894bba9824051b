import { bodyPlainText } from '../article/plainText';
import type { RenderableArticle } from './article';

/**
 * The article's text: headline, standfirst, then the body as bodyPlainText gives it, a line
 * each, empty ones left out. The byline is not the article's words and is not included.
 */
export function toPlainText(article: RenderableArticle): string {
  return [article.headline, article.standfirst, bodyPlainText(article.body)].filter((part) => part.trim() !== '').join('\n');
}
