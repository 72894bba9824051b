import { createContext, useContext } from 'react';
import type { Language } from '../../shared/appeals/library';

/** What cards need to know about the article they are in. */
export interface ArticleInfo {
  draftId: string;
  language: Language;
}

export const ArticleContext = createContext<ArticleInfo | null>(null);

export function useArticle(): ArticleInfo {
  const article = useContext(ArticleContext);
  if (!article) throw new Error('useArticle() needs an <ArticleContext> above it');
  return article;
}
