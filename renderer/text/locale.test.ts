import { describe, expect, test } from 'vitest';
import { translator } from '../../shared/i18n/translate';
import { guessLocale } from './locale';
import { articleStats, statsLabel } from './articleStats';

describe('guessLocale', () => {
  test.each([
    ['Storm closes harbour', 'en'],
    ['Паром не ходит уже третий день', 'ru'],
    ['Паром не ходит третий день (ferry cancelled)', 'ru'],
    ['Ferry cancelled again, says мэр', 'en'],
    ['', 'en'],
    ['2024 — 15:30, 90 km/h', 'en'],
  ] as const)('%j → %s', (text, locale) => {
    expect(guessLocale(text)).toBe(locale);
  });
});

describe('articleStats', () => {
  test('counts Latin and Cyrillic words alike, without punctuation or dashes', () => {
    expect(articleStats('Storm closes harbour — again.').words).toBe(4);
    expect(articleStats('Паром не ходит — уже третий день.').words).toBe(6);
  });

  test('reading time rounds up to whole minutes', () => {
    const words = Array.from({ length: 231 }, () => 'слово').join(' ');
    expect(articleStats(words)).toEqual({ words: 231, minutes: 2 });
    expect(articleStats('')).toEqual({ words: 0, minutes: 0 });
  });

  test('labels as the status bar shows it, in either interface language', () => {
    expect(statsLabel(translator('en'), { words: 128, minutes: 1 })).toBe('128 words · 1 min read');
    expect(statsLabel(translator('en'), { words: 1, minutes: 1 })).toBe('1 word · 1 min read');
    expect(statsLabel(translator('ru'), { words: 1, minutes: 1 })).toBe('1 слово · 1 минута чтения');
    expect(statsLabel(translator('ru'), { words: 464, minutes: 3 })).toBe('464 слова · 3 минуты чтения');
    expect(statsLabel(translator('ru'), { words: 1_155, minutes: 6 })).toBe('1\u00a0155 слов · 6 минут чтения');
  });
});
