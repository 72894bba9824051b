import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { words } from '../render/testing/arbitraries';
import { wordDiff, wordTokens, type DiffSegment } from './wordDiff';

const RUNS = 500;

const spell = (segments: readonly DiffSegment[], side: 'removed' | 'added') =>
  segments.filter((segment) => segment.op === 'same' || segment.op === side).map((segment) => segment.text).join('');

const diff = (before: string, after: string, budget = 1_000_000) => wordDiff(before, after, { left: budget });

describe('wordTokens', () => {
  test('words of any script with their inner apostrophes and hyphens, spaces, single punctuation', () => {
    expect(wordTokens('Don’t say “что-то”, O\'Brien!')).toEqual(['Don’t', ' ', 'say', ' ', '“', 'что-то', '”', ',', ' ', "O'Brien", '!']);
    expect(wordTokens('Ёжик  ёлка\n90mph 😀')).toEqual(['Ёжик', '  ', 'ёлка', '\n', '90mph', ' ', '😀']);
  });

  test(`joined, the tokens give the text back (${RUNS} runs)`, () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(wordTokens(text).join('')).toBe(text);
      }), { numRuns: RUNS });
  });
});

describe('wordDiff', () => {
  test('a replaced phrase reads as removed, then added', () => {
    expect(diff('Ferries halted as storm closes Dover', 'Ferries halted as gales close Dover').segments).toEqual([
      { op: 'same', text: 'Ferries halted as ' },
      { op: 'removed', text: 'storm closes' },
      { op: 'added', text: 'gales close' },
      { op: 'same', text: ' Dover' },
    ]);
  });

  test('Russian words are words: an inserted one, a changed ending', () => {
    expect(diff('Шторм остановил паромы', 'Шторм остановил все паромы').segments.filter((segment) => segment.op !== 'same')).toEqual([{ op: 'added', text: 'все ' }]);
    expect(diff('ветер достигает 30 м/с', 'ветра достигают 30 м/с').segments).toEqual([
      { op: 'removed', text: 'ветер достигает' },
      { op: 'added', text: 'ветра достигают' },
      { op: 'same', text: ' 30 м/с' },
    ]);
  });

  test('unchanged and empty texts', () => {
    expect(diff('Same.', 'Same.')).toEqual({ segments: [{ op: 'same', text: 'Same.' }], exact: true });
    expect(diff('', '')).toEqual({ segments: [], exact: true });
    expect(diff('', 'New text').segments).toEqual([{ op: 'added', text: 'New text' }]);
  });

  test(`the segments spell both texts, whatever the budget (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(words, words, fc.integer({ min: 0, max: 50 }), (before, after, budget) => {
        for (const result of [diff(before, after), diff(before, after, budget)]) {
          expect(spell(result.segments, 'removed')).toBe(before);
          expect(spell(result.segments, 'added')).toBe(after);
          // No empty segment, and never two of the same kind in a row.
          result.segments.forEach((segment, index) => {
            expect(segment.text).not.toBe('');
            expect(segment.op).not.toBe(result.segments[index + 1]?.op);
          });
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('out of budget: the common start and end stay, the middle is shown whole', () => {
    const result = diff('One two three four five.', 'One deux trois quatre five.', 2);
    expect(result).toEqual({
      exact: false,
      segments: [
        { op: 'same', text: 'One ' },
        { op: 'removed', text: 'two three four' },
        { op: 'added', text: 'deux trois quatre' },
        { op: 'same', text: ' five.' },
      ],
    });
  });
});
