import { expect, test } from 'vitest';
import { formatTags, isValidSlug, parseTags } from './fieldRules';

test('tags are split at commas, trimmed, and repeats and blanks dropped', () => {
  expect(parseTags(' floods, Weather ,, weather,  council ')).toEqual(['floods', 'Weather', 'council']);
  expect(parseTags('')).toEqual([]);
  expect(parseTags(Array.from({ length: 40 }, (_, i) => `t${i}`).join(','))).toHaveLength(30);
  expect(formatTags(['a', 'b c'])).toBe('a, b c');
});

test('a slug is checked against the metadata schema', () => {
  expect(isValidSlug('storm-closes-harbour')).toBe(true);
  expect(isValidSlug('')).toBe(true);
  expect(isValidSlug('Storm closes')).toBe(false);
  expect(isValidSlug('double--dash')).toBe(false);
  expect(isValidSlug('паводок')).toBe(false);
  expect(isValidSlug('x'.repeat(121))).toBe(false);
});
