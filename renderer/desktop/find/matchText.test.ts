import { describe, expect, test } from 'vitest';
import { findInText } from './matchText';

const ANY = { matchCase: false, wholeWord: false };
const texts = (text: string, query: string, options = ANY) => findInText(text, query, options).map(({ start, end }) => text.slice(start, end));

describe('findInText', () => {
  test('case-insensitive by default, in Latin and Cyrillic', () => {
    expect(texts('Port, port, PORT and Порт, порт, ПОРТ', 'port')).toEqual(['Port', 'port', 'PORT']);
    expect(texts('Port, port, PORT and Порт, порт, ПОРТ', 'порт')).toEqual(['Порт', 'порт', 'ПОРТ']);
    expect(texts('Ёлка и ёлка', 'ЁЛКА')).toEqual(['Ёлка', 'ёлка']);
  });

  test('match case', () => {
    expect(texts('Порт и порт', 'порт', { matchCase: true, wholeWord: false })).toEqual(['порт']);
  });

  test('whole word: Cyrillic letters are word characters, as Latin ones are', () => {
    const whole = { matchCase: false, wholeWord: true };
    expect(texts('порт, порта, аэропорт, порт-артур, «порт»', 'порт', whole)).toEqual(['порт', 'порт', 'порт']);
    expect(findInText('порт, порта, аэропорт', 'порт', whole).map((match) => match.start)).toEqual([0]);
    expect(texts('port, ports, airport, port_1, port1, (port)', 'port', whole)).toEqual(['port', 'port']);
    // JavaScript's \b would call every Cyrillic letter a boundary and match inside "аэропорт".
    expect(texts('аэропорт', 'порт', whole)).toEqual([]);
  });

  test('combining marks and letters outside the BMP count as word characters', () => {
    const whole = { matchCase: false, wholeWord: true };
    expect(texts('cafe\u0301 cafe', 'cafe', whole)).toEqual(['cafe']);
    expect(findInText('cafe\u0301 cafe', 'cafe', whole)[0]!.start).toBe(6);
    expect(texts('𝒜word word', 'word', whole)).toEqual(['word']);
  });

  test('the query is text, never a pattern', () => {
    expect(texts('costs (about 5%) in [Q3] .* $1 a+b \\d', '(about 5%)')).toEqual(['(about 5%)']);
    expect(texts('costs (about 5%) in [Q3] .* $1 a+b \\d', '.*')).toEqual(['.*']);
    expect(texts('costs (about 5%) in [Q3] .* $1 a+b \\d', '\\d')).toEqual(['\\d']);
    expect(texts('aaa', '.')).toEqual([]);
    expect(texts('a+b', 'a+b')).toEqual(['a+b']);
  });

  test('matches do not overlap; an empty query finds nothing', () => {
    expect(texts('aaaa', 'aa')).toEqual(['aa', 'aa']);
    expect(findInText('anything', '', ANY)).toEqual([]);
  });

  test('offsets stay exact where lowercasing changes a length', () => {
    // "İ" lowercases to two UTF-16 units; the match after it must still land on "port".
    const text = 'İstanbul port';
    const [match] = findInText(text, 'port', ANY);
    expect(text.slice(match!.start, match!.end)).toBe('port');
    expect(texts(text, 'istanbul')).toEqual([]);
    expect(texts(text, 'İstanbul')).toEqual(['İstanbul']);
  });
});
