import { describe, expect, test } from 'vitest';
import { HOUSE_WORD_MESSAGES, MAX_HOUSE_WORDS, checkHouseWord, formatWordList, parseWordList, sortedWords } from './houseWords';

describe('checkHouseWord', () => {
  test.each(['Navalny', 'Хабаровск', 'rock-n-roll', 'O’Neill', "d'Artagnan", 'Ростов-на-Дону', 'Zürich', 'ёлка', 'Ørsted'])('accepts %s', (word) => {
    expect(checkHouseWord(word)).toEqual({ ok: true, word });
  });

  test('trims and stores the composed form, so é typed two ways is one word', () => {
    const decomposed = 'Cafe\u0301';
    expect(checkHouseWord(`  ${decomposed}\t`)).toEqual({ ok: true, word: 'Café' });
    expect(checkHouseWord('Йошкар-Ола'.normalize('NFD'))).toEqual({ ok: true, word: 'Йошкар-Ола' });
  });

  test.each([
    ['', HOUSE_WORD_MESSAGES.empty],
    ['   ', HOUSE_WORD_MESSAGES.empty],
    ['two words', HOUSE_WORD_MESSAGES.notAWord],
    ['COVID-19', HOUSE_WORD_MESSAGES.notAWord],
    ['-leading', HOUSE_WORD_MESSAGES.notAWord],
    ['trailing-', HOUSE_WORD_MESSAGES.notAWord],
    ['double--hyphen', HOUSE_WORD_MESSAGES.notAWord],
    ['<script>', HOUSE_WORD_MESSAGES.notAWord],
    ['a\u0000b', HOUSE_WORD_MESSAGES.notAWord],
    ['word\nword', HOUSE_WORD_MESSAGES.notAWord],
    ['😀', HOUSE_WORD_MESSAGES.notAWord],
    ['ж'.repeat(65), HOUSE_WORD_MESSAGES.tooLong],
  ])('refuses %j', (raw, message) => {
    expect(checkHouseWord(raw)).toEqual({ ok: false, message });
  });

  test('64 characters is the limit, counted as characters, not UTF-16 units', () => {
    expect(checkHouseWord('я'.repeat(64)).ok).toBe(true);
    // 𝒜 is one letter in two UTF-16 units.
    expect(checkHouseWord('𝒜'.repeat(64)).ok).toBe(true);
  });
});

describe('parseWordList', () => {
  test('one word a line, any line ending, with a BOM, blank lines and # comments skipped', () => {
    const text = '\uFEFF# Newsroom names\r\nNavalny\nХабаровск\r\n\n  O’Neill  \rNavalny\n';
    expect(parseWordList(text)).toEqual({ ok: true, words: ['Navalny', 'O’Neill', 'Хабаровск'] });
  });

  test('a line that is not a word refuses the whole file and names the line', () => {
    expect(parseWordList('Navalny\nХабаровск\nnot one word\n')).toEqual({ ok: false, message: HOUSE_WORD_MESSAGES.notAList(3) });
    expect(HOUSE_WORD_MESSAGES.notAList(3)).toContain('line 3 ');
  });

  test('binary-looking text is refused as not text', () => {
    expect(parseWordList('PK\u0003\u0004word')).toEqual({ ok: false, message: HOUSE_WORD_MESSAGES.notText });
    expect(parseWordList('word\uFFFDword')).toEqual({ ok: false, message: HOUSE_WORD_MESSAGES.notText });
    expect(parseWordList('a\u007Fb')).toEqual({ ok: false, message: HOUSE_WORD_MESSAGES.notText });
  });

  test('an empty list or one of only comments is refused', () => {
    expect(parseWordList('')).toEqual({ ok: false, message: HOUSE_WORD_MESSAGES.noWords });
    expect(parseWordList('# nothing here\n\n')).toEqual({ ok: false, message: HOUSE_WORD_MESSAGES.noWords });
  });

  test('more unique words than the dictionary holds is refused', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const word = (n: number) => `w${letters[n % 26]}${letters[Math.floor(n / 26) % 26]}${letters[Math.floor(n / 676) % 26]}${letters[Math.floor(n / 17576) % 26]}`;
    const lines = Array.from({ length: MAX_HOUSE_WORDS + 1 }, (_, n) => word(n));
    expect(new Set(lines).size).toBe(MAX_HOUSE_WORDS + 1);
    expect(parseWordList(lines.join('\n'))).toEqual({ ok: false, message: HOUSE_WORD_MESSAGES.listTooLong(MAX_HOUSE_WORDS + 1) });
    expect(parseWordList(lines.slice(1).join('\n')).ok).toBe(true);
  });
});

test('the export format reads back to the same words, sorted with Latin before Cyrillic', () => {
  const words = ['Хабаровск', 'Navalny', 'anchor', 'Ёлкин', 'Zürich'];
  const text = formatWordList(words);
  expect(text.endsWith('\n')).toBe(true);
  expect(text.split('\n').filter(Boolean)).toEqual(sortedWords(words));
  expect(sortedWords(words).slice(0, 3)).toEqual(['anchor', 'Navalny', 'Zürich']);
  expect(parseWordList(text)).toEqual({ ok: true, words: sortedWords(words) });
});
