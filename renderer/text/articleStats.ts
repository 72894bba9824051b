import type { Translate } from '../../shared/i18n/translate';
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

export const statsLabel = (t: Translate, { words, minutes }: ArticleStats): string =>
  `${t('app.common.words', { count: words })} · ${t('app.status.minutes', { count: minutes })}`;
