import { describe, expect, test } from 'vitest';
import { toFtsQuery } from './ftsQuery';

describe('toFtsQuery', () => {
  test('quotes every word as a prefix and requires them all', () => {
    expect(toFtsQuery('  ferry   Паром ')).toBe('"ferry"* AND "Паром"*');
  });
  test('doubles quotes inside a word so they stay text', () => {
    expect(toFtsQuery('say"cheese"')).toBe('"say""cheese"""*');
  });
  test('operators become words', () => {
    expect(toFtsQuery('a OR NEAR(b')).toBe('"a"* AND "OR"* AND "NEAR(b"*');
  });
  test('drops words that have no letter or digit', () => {
    expect(toFtsQuery('" * - ( )')).toBeNull();
    expect(toFtsQuery('')).toBeNull();
    expect(toFtsQuery('- 2025')).toBe('"2025"*');
  });
  test('keeps at most 16 words', () => {
    expect(toFtsQuery('w '.repeat(40))?.split(' AND ')).toHaveLength(16);
  });
});
