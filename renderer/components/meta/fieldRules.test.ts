import { expect, test } from 'vitest';
import { formatTags, parseTags, slugProblem } from './fieldRules';

test('tags are split at commas, trimmed, and repeats and blanks dropped', () => {
  expect(parseTags(' floods, Weather ,, weather,  council ')).toEqual(['floods', 'Weather', 'council']);
  expect(parseTags('')).toEqual([]);
  expect(parseTags(Array.from({ length: 40 }, (_, i) => `t${i}`).join(','))).toHaveLength(30);
  expect(formatTags(['a', 'b c'])).toBe('a, b c');
});

test('a slug is checked against the metadata schema', () => {
  expect(slugProblem('storm-closes-harbour')).toBeNull();
  expect(slugProblem('')).toBeNull();
  expect(slugProblem('Storm closes')).toMatch(/lower-case letters, digits and single dashes/);
  expect(slugProblem('double--dash')).not.toBeNull();
});
