/** Words per minute used for reading time: a common figure for adult news reading. */
export const READING_WORDS_PER_MINUTE = 230;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(locale: string): Intl.Segmenter {
  let found = segmenters.get(locale);
  if (!found) {
    found = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, found);
  }
  return found;
}

/**
 * Counts words the way a reader would, for Latin and Cyrillic alike: Intl.Segmenter's word-like
 * segments, so punctuation, dashes and spaces are not words and "что-то" is handled by ICU's rules.
 */
export function countWords(text: string, locale = 'en'): number {
  let words = 0;
  for (const segment of segmenter(locale).segment(text)) {
    if (segment.isWordLike) words += 1;
  }
  return words;
}

/** Whole minutes, rounded up; an empty text takes no time. */
export function readingMinutes(words: number): number {
  return Math.ceil(words / READING_WORDS_PER_MINUTE);
}
