import { describe, expect, test } from 'vitest';
import { translator } from '../../shared/i18n/translate';
import { blankEntry, formProblems, withFrequency, withText } from './appealForm';

const en = translator('en');

describe('appeal form', () => {
  test('a blank entry is refused field by field, in words', () => {
    const problems = formProblems(en, 'banner-x', '', blankEntry('banner'));
    expect(problems.get('name')).toBe('an appeal needs a name');
    expect(problems.get('en.text')).toBe('Required.');
    expect(problems.get('ru.linkLabel')).toBe('Required.');
    expect(problems.get('en.url')).toBe('Use a web address starting with https://.');
  });

  test('a filled-in entry has no problems', () => {
    let entry = blankEntry('banner');
    for (const language of ['en', 'ru'] as const) {
      entry = withText(entry, language, 'text', 'Support local news');
      entry = withText(entry, language, 'linkLabel', 'Give');
      entry = withText(entry, language, 'url', 'https://example.org/give');
    }
    expect(formProblems(en, 'banner-x', 'Banner', entry).size).toBe(0);
  });

  test('too long a text says how long it may be', () => {
    const entry = withText(blankEntry('newsletter'), 'en', 'heading', 'x'.repeat(201));
    expect(formProblems(en, 'n', 'N', entry).get('en.heading')).toBe('At most 200 characters.');
    expect(formProblems(translator('ru'), 'n', 'N', entry).get('en.heading')).toBe('Не больше 200 символов.');
  });

  test('in Russian, the form’s own words are Russian and the schema’s own stay as main would send them', () => {
    const problems = formProblems(translator('ru'), 'banner-x', '', blankEntry('banner'));
    expect(problems.get('name')).toBe('an appeal needs a name');
    expect(problems.get('en.text')).toBe('Обязательное поле.');
    expect(problems.get('ru.url')).toBe('Укажите веб-адрес, начинающийся с https://.');
  });

  test('turning off the default frequency moves the default to one still offered', () => {
    const entry = withFrequency(blankEntry('donation'), 'en', 'monthly', false);
    expect(entry.kind === 'donation' && entry.variants.en).toMatchObject({ frequencies: ['once'], defaultFrequency: 'once' });
    const none = withFrequency(entry, 'en', 'once', false);
    expect(formProblems(en, 'd', 'D', none).get('en.frequencies')).toBe('Choose at least one.');
  });
});
