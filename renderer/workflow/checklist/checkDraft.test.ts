import { expect, test } from 'vitest';
import { DEFAULT_META } from '../../../shared/article/meta';
import { checkDraft, countItems, countsLabel } from './checkDraft';

test('counts read as a newsroom says them', () => {
  expect(countsLabel({ errors: 0, warnings: 0 })).toBe('Nothing to fix');
  expect(countsLabel({ errors: 1, warnings: 0 })).toBe('1 error, 0 warnings');
  expect(countsLabel({ errors: 2, warnings: 1 })).toBe('2 errors, 1 warning');
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
