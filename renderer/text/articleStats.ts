import { countWords, readingMinutes } from '../../shared/text/wordCount';
import { guessLocale } from './locale';

export interface ArticleStats {
  words: number;
  minutes: number;
}

/** Words and reading time for text in Latin or Cyrillic script. */
export function articleStats(text: string): ArticleStats {
  const words = countWords(text, guessLocale(text));
  return { words, minutes: readingMinutes(words) };
}

export const statsLabel = ({ words, minutes }: ArticleStats): string =>
  `${words} ${words === 1 ? 'word' : 'words'} · ${minutes} min read`;
