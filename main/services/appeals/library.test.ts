import { describe, expect, test } from 'vitest';
import { AppealVersion, type AppealEntry } from '../../../shared/appeals/library';
import { appErrorOf } from '../drafts/testFixtures';
import { openTestServices } from '../testServices';
import { DEFAULT_APPEALS } from './defaults';

const banner = (text: string): AppealEntry => ({
  kind: 'banner',
  variants: {
    en: { text, linkLabel: 'Support us', url: 'https://example.org/support' },
    ru: { text: `${text} (ru)`, linkLabel: 'Поддержать', url: 'https://example.org/support' },
  },
});

const donation = (): AppealEntry => {
  const seeded = DEFAULT_APPEALS.find((appeal) => appeal.id === 'donation')!.entry;
  return structuredClone(seeded);
};

describe('the default appeals', () => {
  test('are valid library entries, in English and Russian, with no placeholder text', () => {
    for (const { id, name, entry } of DEFAULT_APPEALS) {
      expect(AppealVersion.parse({ id, version: 1, name, updatedAt: 0, ...entry })).toBeTruthy();
      const texts = JSON.stringify(entry.variants);
      expect(texts, id).not.toMatch(/lorem|ipsum|todo|placeholder|xxx/i);
      expect(JSON.stringify(entry.variants.ru), id).toMatch(/[а-яё]/i);
    }
    expect(DEFAULT_APPEALS.map((appeal) => appeal.entry.kind).sort()).toEqual(['banner', 'donation', 'newsletter']);
  });

  test('the donation appeal offers once, monthly and annual, monthly by default, with a reminder option', () => {
    const { entry } = DEFAULT_APPEALS.find((appeal) => appeal.id === 'donation')!;
    if (entry.kind !== 'donation') throw new Error('not a donation appeal');
    for (const text of [entry.variants.en, entry.variants.ru]) {
      expect(text.frequencies).toEqual(['once', 'monthly', 'annual']);
      expect(text.defaultFrequency).toBe('monthly');
    }
    expect(entry.variants.en.remindLaterLabel).toBe('Remind me later');
  });

  test('the banner links to the example support page', () => {
    const { entry } = DEFAULT_APPEALS.find((appeal) => appeal.entry.kind === 'banner')!;
    if (entry.kind !== 'banner') throw new Error('not a banner');
    expect(entry.variants.en.url).toBe('https://example.org/support');
  });

  test('a new profile lists them, version 1', () => {
    const { appeals } = openTestServices();
    const listed = appeals.list();
    expect(listed.map((appeal) => [appeal.id, appeal.version, appeal.kind])).toEqual(
      expect.arrayContaining(DEFAULT_APPEALS.map(({ id, entry }) => [id, 1, entry.kind])),
    );
    expect(listed).toHaveLength(DEFAULT_APPEALS.length);
  });
});

describe('versions', () => {
  test('a save of an existing id appends a version; list shows the latest, history all, newest first', () => {
    const { appeals, clock } = openTestServices();
    clock.advance(1_000);
    const first = appeals.save('spring-banner', 'Spring banner', banner('Spring fund drive: help us hire a courts reporter.'));
    expect(first).toMatchObject({ created: true, appeal: { id: 'spring-banner', version: 1, name: 'Spring banner', updatedAt: clock.now() } });
    clock.advance(1_000);
    const second = appeals.save('spring-banner', 'Spring banner', banner('Two days left in our spring fund drive.'));
    expect(second.appeal).toMatchObject({ version: 2, updatedAt: clock.now() });
    expect(appeals.list().find((appeal) => appeal.id === 'spring-banner')).toEqual(second.appeal);
    expect(appeals.history('spring-banner').map((appeal) => appeal.version)).toEqual([2, 1]);
    expect(appeals.history('spring-banner')[1]).toEqual(first.appeal);
  });

  test('saving exactly what the latest version says adds nothing', () => {
    const { appeals } = openTestServices();
    const saved = appeals.save('donation', 'Reader donations', donation());
    expect(saved).toEqual({ created: false, appeal: appeals.history('donation')[0] });
    expect(appeals.history('donation')).toHaveLength(1);
    // A new name alone is a new version.
    expect(appeals.save('donation', 'Donations (autumn)', donation()).appeal.version).toBe(2);
  });

  test('the kind of an existing entry cannot change', () => {
    const { appeals } = openTestServices();
    expect(appErrorOf(() => appeals.save('donation', 'Reader donations', banner('Support us')))).toEqual({
      code: 'conflict',
      message: '“Reader donations” is a donation appeal; it cannot become a banner. Save it as a new appeal instead.',
    });
    expect(appeals.history('donation')).toHaveLength(1);
  });

  test('a donation’s default frequency must be one it offers, each offered once', () => {
    const { appeals } = openTestServices();
    const entry = donation();
    if (entry.kind !== 'donation') throw new Error('not a donation appeal');
    entry.variants.ru.frequencies = ['once', 'annual'];
    expect(appErrorOf(() => appeals.save('donation', 'Reader donations', entry))).toEqual({
      code: 'bad_request',
      message: 'The Russian text’s default frequency (monthly) is not one it offers.',
    });
    entry.variants.ru.frequencies = ['monthly', 'monthly'];
    expect(appErrorOf(() => appeals.save('donation', 'Reader donations', entry)).message).toBe('The Russian text offers the same frequency twice.');
  });

  test('getVersions returns the pinned versions that exist, each once, in the order asked', () => {
    const { appeals } = openTestServices();
    appeals.save('donation', 'Donations v2', donation());
    const found = appeals.getVersions([
      { id: 'donation', version: 2 },
      { id: 'newsletter', version: 1 },
      { id: 'donation', version: 1 },
      { id: 'donation', version: 2 },
      { id: 'donation', version: 9 },
      { id: 'nobody', version: 1 },
    ]);
    expect(found.map((appeal) => [appeal.id, appeal.version, appeal.name])).toEqual([
      ['donation', 2, 'Donations v2'],
      ['newsletter', 1, 'Morning briefing newsletter'],
      ['donation', 1, 'Reader donations'],
    ]);
  });

  test('history of an id the library never had is not_found', () => {
    const { appeals } = openTestServices();
    expect(appErrorOf(() => appeals.history('nobody'))).toEqual({ code: 'not_found', message: 'This appeal is not in the library.' });
  });

  test('saveAppeal pushes appealsChanged when a version is added, and only then', () => {
    const { handlers, events } = openTestServices();
    handlers.saveAppeal({ id: 'spring-banner', name: 'Spring banner', entry: banner('Help us hire a courts reporter.') });
    handlers.saveAppeal({ id: 'spring-banner', name: 'Spring banner', entry: banner('Help us hire a courts reporter.') });
    handlers.saveAppeal({ id: 'spring-banner', name: 'Spring banner', entry: banner('Last day!') });
    expect(events).toEqual([
      { event: 'appealsChanged', payload: { id: 'spring-banner', version: 1 } },
      { event: 'appealsChanged', payload: { id: 'spring-banner', version: 2 } },
    ]);
  });
});
