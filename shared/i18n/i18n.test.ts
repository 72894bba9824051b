import { describe, expect, test } from 'vitest';
import { formatDate, formatNumber } from './format';
import { CATALOGUE, ENGLISH } from './index';
import { LOCALES, PLURAL_FORMS, localeFromSystem, type Locale, type RussianMessages } from './messages';
import { translate, translator } from './translate';

type Entry = string | Readonly<Record<string, string>>;

const entries = (locale: Locale): Array<[string, Entry]> =>
  Object.entries(CATALOGUE[locale]).flatMap(([area, messages]) => Object.entries(messages).map(([id, message]): [string, Entry] => [`${area}.${id}`, message]));

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();
const texts = (entry: Entry): string[] => (typeof entry === 'string' ? [entry] : Object.values(entry));

describe('the catalogue', () => {
  const english = new Map(entries('en'));
  const russian = new Map(entries('ru'));

  test('is not empty, and Russian has exactly the English ids, area by area', () => {
    expect(english.size).toBeGreaterThan(50);
    expect(Object.keys(CATALOGUE.ru)).toEqual(Object.keys(CATALOGUE.en));
    expect([...russian.keys()].sort()).toEqual([...english.keys()].sort());
  });

  test('every text is written: none blank, none padded with spaces', () => {
    for (const locale of LOCALES) {
      for (const [key, entry] of entries(locale)) {
        for (const text of texts(entry)) expect(text, `${locale} ${key}`).toMatch(/^\S(.*\S)?$/s);
      }
    }
  });

  test('a message is plain text in both languages or counted in both, with the forms each language needs', () => {
    for (const locale of LOCALES) {
      for (const [key, entry] of entries(locale)) {
        const englishEntry = english.get(key)!;
        expect(typeof entry, `${locale} ${key}`).toBe(typeof englishEntry);
        if (typeof entry !== 'string') expect(Object.keys(entry).sort(), `${locale} ${key}`).toEqual([...PLURAL_FORMS[locale]].sort());
      }
    }
  });

  test('both languages use the same placeholders, and every Russian plural form shows the count', () => {
    for (const [key, englishEntry] of english) {
      const expected = placeholders(texts(englishEntry).join(' '));
      const russianEntry = russian.get(key)!;
      for (const text of texts(russianEntry)) {
        const names = placeholders(text);
        if (typeof russianEntry === 'string') expect(names, `ru ${key}: ${text}`).toEqual(expected);
        // Russian "one" is also 21, 31, 101…: a form without the number would read wrong there.
        else expect(names, `ru ${key}: ${text}`).toEqual([...new Set([...expected, 'count'])].sort());
      }
      if (typeof englishEntry !== 'string') {
        expect(placeholders(englishEntry.other ?? ''), `en ${key}`).toContain('count');
        expect(placeholders(englishEntry.one ?? '').filter((name) => name !== 'count'), `en ${key}`).toEqual(expected.filter((name) => name !== 'count'));
      }
    }
  });
});

// What a caller past the type checker could send.
const untyped = translate as unknown as (locale: Locale, key: string, params?: object) => string;

describe('translate', () => {
  test.each([
    [1, '1 слово'],
    [2, '2 слова'],
    [5, '5 слов'],
    [11, '11 слов'],
    [12, '12 слов'],
    [21, '21 слово'],
    [22, '22 слова'],
    [25, '25 слов'],
    [111, '111 слов'],
    [0, '0 слов'],
    [1.5, '1,5 слова'],
    [0.5, '0,5 слова'],
  ])('Russian counts: %s', (count, expected) => {
    expect(translate('ru', 'app.common.words', { count })).toBe(expected);
  });

  test.each([
    [1, '1 word'],
    [2, '2 words'],
    [0, '0 words'],
    [21, '21 words'],
    [1.5, '1.5 words'],
  ])('English counts: %s', (count, expected) => {
    expect(translate('en', 'app.common.words', { count })).toBe(expected);
  });

  test('numbers are written the locale’s way, in counts and in other placeholders', () => {
    expect(translate('en', 'app.common.words', { count: 12_345 })).toBe('12,345 words');
    expect(translate('ru', 'app.common.words', { count: 12_345 })).toBe('12\u00a0345 слов');
    expect(translate('ru', 'app.drafts.matches', { count: 1 })).toBe('Найден 1 черновик');
  });

  test('text placeholders are filled, and what fills them is never read as a placeholder', () => {
    expect(translate('en', 'app.status.notSaved', { reason: 'the disk is full' })).toBe('Not saved: the disk is full');
    expect(translate('ru', 'app.status.notSaved', { reason: '{reason} $& $1 <b>' })).toBe('Не сохранено: {reason} $& $1 <b>');
  });

  test('counts that are not numbers take the general form rather than failing', () => {
    for (const count of [Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(translate('ru', 'app.common.words', { count })).toBe(`${formatNumber('ru', count)} слова`);
    }
  });

  test('ids the catalogue lacks come back as themselves, including ones that name Object’s own properties', () => {
    const hostile = ['nope', 'app.nope', 'app.', '.words', '__proto__.x', 'app.__proto__', 'app.constructor', 'app.toString', 'constructor.name', 'app.common.words.one'];
    for (const key of hostile) {
      for (const locale of LOCALES) expect(untyped(locale, key)).toBe(key);
    }
  });

  test('a placeholder left unfilled (possible only past the type checker) stays visible', () => {
    expect(untyped('en', 'app.status.notSaved', {})).toBe('Not saved: {reason}');
  });

  test('translator binds the locale and is the same function each time', () => {
    expect(translator('ru')('app.sidebar.trash')).toBe('Корзина');
    expect(translator('en')('app.sidebar.trash')).toBe('Trash');
    expect(translator('ru')).toBe(translator('ru'));
  });
});

describe('formatting', () => {
  test('numbers and dates in the locale', () => {
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
    expect(formatNumber('ru', 1234.5)).toBe('1\u00a0234,5');
    const noon = Date.UTC(2026, 10, 28, 12);
    expect(formatDate('en', noon, { day: 'numeric', month: 'long', timeZone: 'UTC' })).toBe('November 28');
    expect(formatDate('ru', noon, { day: 'numeric', month: 'long', timeZone: 'UTC' })).toBe('28 ноября');
  });
});

test('the interface follows a Russian system, and is English otherwise', () => {
  expect(localeFromSystem('ru-RU')).toBe('ru');
  expect(localeFromSystem('RU')).toBe('ru');
  expect(localeFromSystem('ru')).toBe('ru');
  for (const other of ['en-US', 'uk-UA', 'be-BY', '', undefined, 'rux']) expect(localeFromSystem(other), String(other)).toBe(other === 'rux' ? 'ru' : 'en');
});

// Compile-time checks: `tsc -p shared` fails if the catalogue's types stop catching these.
type Sample = { readonly a: 'A {name}'; readonly n: { one: '{count} x'; other: '{count} xs' } };
export const typeChecks = [
  // @ts-expect-error a Russian area without one of the English ids
  ((): RussianMessages<Sample> => ({ a: 'А {name}' }))(),
  // @ts-expect-error a Russian area with an id English does not have
  ((): RussianMessages<Sample> => ({ a: 'А', n: { one: '', few: '', many: '', other: '' }, extra: 'лишнее' }))(),
  // @ts-expect-error a counted message given as plain text
  ((): RussianMessages<Sample> => ({ a: 'А', n: '{count} x' }))(),
  // @ts-expect-error a Russian plural without its "few" form
  ((): RussianMessages<Sample> => ({ a: 'А', n: { one: '', many: '', other: '' } }))(),
  // @ts-expect-error an id that is not in the catalogue
  () => translate('en', 'app.noSuchMessage'),
  // @ts-expect-error a message with a placeholder, called without it
  () => translate('en', 'app.status.notSaved'),
  // @ts-expect-error a counted message without its count
  () => translate('en', 'app.common.words', {}),
  // @ts-expect-error a plain message given parameters it has no use for
  () => translate('en', 'app.sidebar.trash', { count: 1 }),
  ENGLISH,
];
