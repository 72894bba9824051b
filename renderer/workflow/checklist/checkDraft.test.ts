import { expect, test } from 'vitest';
import { DEFAULT_META } from '../../../shared/article/meta';
import { translator } from '../../../shared/i18n/translate';
import { checkDraft, countItems, countsLabel } from './checkDraft';

test('counts read as a newsroom says them', () => {
  const t = translator('en');
  expect(countsLabel({ errors: 0, warnings: 0 }, t)).toBe('Nothing to fix');
  expect(countsLabel({ errors: 1, warnings: 0 }, t)).toBe('1 error, 0 warnings');
  expect(countsLabel({ errors: 2, warnings: 1 }, t)).toBe('2 errors, 1 warning');
});

test('in Russian, each count takes the form its number needs', () => {
  const t = translator('ru');
  expect(countsLabel({ errors: 0, warnings: 0 }, t)).toBe('Исправлять нечего');
  expect(countsLabel({ errors: 1, warnings: 0 }, t)).toBe('1 ошибка, 0 замечаний');
  expect(countsLabel({ errors: 2, warnings: 1 }, t)).toBe('2 ошибки, 1 замечание');
  expect(countsLabel({ errors: 5, warnings: 21 }, t)).toBe('5 ошибок, 21 замечание');
  expect(countsLabel({ errors: 11, warnings: 22 }, t)).toBe('11 ошибок, 22 замечания');
  expect(countsLabel({ errors: 101, warnings: 112 }, t)).toBe('101 ошибка, 112 замечаний');
});

test('a body that could not be shown is left out, and the fields are still checked', () => {
  const items = checkDraft({ headline: '', standfirst: 'TK', meta: DEFAULT_META, body: null, comments: [] });
  expect(items.map((item) => [item.kind, 'field' in item.target ? item.target.field : item.target.path])).toEqual([
    ['headlineEmpty', 'headline'],
    ['placeholder', 'standfirst'],
    ['donationAppealNotLast', []],
    ['seoDescriptionEmpty', 'seoDescription'],
  ]);
  expect(countItems(items)).toEqual({ errors: 2, warnings: 2 });
});
