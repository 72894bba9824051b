import { describe, expect, test } from 'vitest';
import type { AppealVersion } from '../../../shared/appeals/library';
import { blockOptions } from '../../blocks/registry';
import { filterBlocks } from './filterBlocks';

const library = [
  { id: 'donation', version: 2, name: 'Reader donations', updatedAt: 0, kind: 'donation' },
  { id: 'newsletter', version: 1, name: 'Morning briefing', updatedAt: 0, kind: 'newsletter' },
  { id: 'support-banner', version: 1, name: 'Support us', updatedAt: 0, kind: 'banner' },
] as AppealVersion[];
const options = blockOptions(library, () => {});
const titles = (query: string) => filterBlocks(options, query).map((option) => option.title);

describe('the inserter finds blocks by alias', () => {
  test.each([
    ['photo', 'Photo'],
    ['image', 'Photo'],
    ['figure', 'Photo'],
    ['quote', 'Quote'],
    ['pull', 'Pull quote'],
    ['donate', 'Donation appeal: Reader donations'],
    ['newsletter', 'Newsletter sign-up: Morning briefing'],
    ['banner', 'Banner: Support us'],
    ['h2', 'Heading 2'],
  ])('/%s offers %s first', (query, title) => {
    expect(titles(query)[0]).toBe(title);
  });

  test('an empty query lists every block type, in menu order', () => {
    expect(titles('')).toEqual([
      'Heading 2',
      'Heading 3',
      'Bulleted list',
      'Numbered list',
      'Photo',
      'Quote',
      'Pull quote',
      'Donation appeal: Reader donations',
      'Newsletter sign-up: Morning briefing',
      'Banner: Support us',
    ]);
  });

  test('prefixes and title words match, case aside; nonsense matches nothing', () => {
    expect(titles('PHO')).toEqual(['Photo']);
    expect(titles('quote')).toEqual(['Quote', 'Pull quote']);
    expect(titles('list')).toEqual(['Bulleted list', 'Numbered list']);
    expect(titles('zzz')).toEqual([]);
  });

  test('a kind with no library entry is still offered, and says so', () => {
    const [option] = filterBlocks(blockOptions([], () => {}), 'donate');
    expect(option).toMatchObject({ title: 'Donation appeal', detail: 'None in the appeals library yet' });
  });
});
