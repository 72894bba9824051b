import fc from 'fast-check';
import { expect, test } from 'vitest';
import { countWords } from './wordCount';

/** The count without chunking: what countWords must always agree with. */
const direct = (text: string, locale = 'en') =>
  [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).length;

const pieces = fc.constantFrom('The', 'council', 'voted,', 'что-то', 'Дума', '—', '«цитата»', ' ', '  ', '\n', '\t', 'x'.repeat(5_000), '2026');

test('long texts count the same as one segmenter pass over them, cut wherever whitespace falls', () => {
  fc.assert(
    fc.property(fc.array(pieces, { minLength: 1, maxLength: 3_000 }), fc.constantFrom('en', 'ru'), (parts, locale) => {
      const text = parts.join(parts.length % 2 ? ' ' : '');
      expect(countWords(text, locale)).toBe(direct(text, locale));
    }),
    { numRuns: 60 },
  );
});

test('a text with no whitespace at all, or only whitespace, is counted', () => {
  expect(countWords('a'.repeat(20_000))).toBe(1);
  expect(countWords(' '.repeat(20_000))).toBe(0);
  expect(countWords(`${' '.repeat(9_000)}слово${'z'.repeat(9_000)} end`)).toBe(2);
  expect(countWords('')).toBe(0);
});
