import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ArticleMeta } from '../article/meta';
import { MAX_SLUG_LENGTH, slugify } from './slug';

describe('slugify', () => {
  test.each([
    ['Ferries halted as storm closes Dover', 'ferries-halted-as-storm-closes-dover'],
    ['Паром не ходит уже третий день', 'parom-ne-xodit-uzhe-tretij-den'],
    ['Щука, ёж и жёлтая черепаха', 'shhuka-yozh-i-zhyoltaya-cherepaxa'],
    ['Цирк, цыган, Цюрих и цапля', 'cirk-cygan-cyurix-i-czaplya'],
    ['Объявление: съезд, мыло и эхо', 'obyavlenie-sezd-mylo-i-exo'],
    ['COVID-19: Москва — 2025', 'covid-19-moskva-2025'],
    ["Don't panic: it’s only Zürich & Łódź", 'dont-panic-its-only-zurich-lodz'],
    ['  --Hello,   World!--  ', 'hello-world'],
    ['😀 🎉', ''],
    ['', ''],
  ])('%s → %s', (input, slug) => {
    expect(slugify(input)).toBe(slug);
  });

  test('treats ё and й typed with combining marks as the letters they are', () => {
    expect(slugify('е\u0308ж и\u0306од')).toBe('yozh-jod');
  });

  test('cuts long text at a word boundary within the limit', () => {
    const slug = slugify('Очень длинный заголовок '.repeat(10));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/^ochen-dlinnyj-zagolovok(-ochen-dlinnyj-zagolovok)*(-ochen(-dlinnyj)?)?$/);
    expect(slugify('a'.repeat(100))).toBe('a'.repeat(80));
    expect(slugify('alpha beta gamma', 11)).toBe('alpha-beta');
    expect(slugify('alpha beta gamma', 10)).toBe('alpha-beta');
  });

  test('always gives a slug that ArticleMeta accepts, at most 80 characters (1000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const slug = slugify(text);
        expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
        expect(ArticleMeta.shape.slug.safeParse(slug).success).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
