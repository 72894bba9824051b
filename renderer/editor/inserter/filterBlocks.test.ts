import { describe, expect, test } from 'vitest';
import type { AppealVersion } from '../../../shared/appeals/library';
import { translator } from '../../../shared/i18n/translate';
import { blockOptions } from '../../blocks/registry';
import { filterBlocks } from './filterBlocks';

const library = [
  { id: 'donation', version: 2, name: 'Reader donations', updatedAt: 0, kind: 'donation' },
  { id: 'newsletter', version: 1, name: 'Morning briefing', updatedAt: 0, kind: 'newsletter' },
  { id: 'support-banner', version: 1, name: 'Support us', updatedAt: 0, kind: 'banner' },
] as AppealVersion[];
const options = blockOptions(library, translator('en'), () => {});
const titles = (query: string, among = options) => filterBlocks(among, query).map((option) => option.title);

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
    const [option] = filterBlocks(blockOptions([], translator('en'), () => {}), 'donate');
    expect(option).toMatchObject({ title: 'Donation appeal', detail: 'None in the appeals library yet' });
  });
});

describe('in the Russian interface', () => {
  const russian = blockOptions(library, translator('ru'), () => {});

  test('the titles are Russian, and a Russian word of a title finds its block', () => {
    expect(titles('фото', russian)).toEqual(['Фото']);
    expect(titles('цит', russian)).toEqual(['Цитата']);
    expect(titles('врез', russian)).toEqual(['Врезка']);
    expect(titles('список', russian)).toEqual(['Маркированный список', 'Нумерованный список']);
    expect(titles('подписка', russian)).toEqual(['Подписка на рассылку: Morning briefing']);
  });

  test('the English aliases still work, as a slash command typed from habit', () => {
    expect(titles('photo', russian)[0]).toBe('Фото');
    expect(titles('pull', russian)[0]).toBe('Врезка');
    expect(titles('donate', russian)[0]).toBe('Призыв к пожертвованию: Reader donations');
  });

  test('an appeal kind missing from the library says so, and what to do, in Russian', () => {
    const missing: string[] = [];
    const [option] = filterBlocks(blockOptions([], translator('ru'), (message) => missing.push(message)), 'banner');
    expect(option).toMatchObject({ title: 'Баннер', detail: 'В библиотеке обращений таких пока нет' });
    option!.insert(null as never);
    expect(missing).toEqual(['В библиотеке обращений пока нет блока «баннер»: добавьте его в разделе «Библиотека обращений».']);
  });
});
