const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

export type TextLocale = 'ru' | 'en';

/**
 * The locale to count words in: 'ru' when most letters are Cyrillic, else 'en'. Word breaking
 * barely differs between the two, but the hint keeps Intl.Segmenter on the right rules.
 */
export function guessLocale(text: string): TextLocale {
  const cyrillic = text.match(CYRILLIC)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  return cyrillic > latin ? 'ru' : 'en';
}
