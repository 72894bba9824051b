/** The languages the interface speaks. The article's own language is a separate choice (Article details). */
export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

/**
 * The CLDR plural categories each language's counted messages must spell out: English says
 * 1 word / 2 words; Russian 1 слово, 2 слова, 5 слов, and 1,5 слова for fractions ("other").
 */
export const PLURAL_FORMS = {
  en: ['one', 'other'],
  ru: ['one', 'few', 'many', 'other'],
} as const satisfies Record<Locale, readonly Intl.LDMLPluralRule[]>;

// Type aliases rather than interfaces, so that they fit the catalogue's string-indexed shape.
export type EnglishPlural = { one: string; other: string };
export type RussianPlural = { one: string; few: string; many: string; other: string };

/** An English area of the catalogue: message id → text with {placeholders}, or plural forms. */
export type EnglishMessages = Readonly<Record<string, string | EnglishPlural>>;

/**
 * The Russian area for an English one: exactly the same ids (an object literal with a missing or
 * an extra id fails typecheck), a string for each string and the four forms for each plural.
 */
export type RussianMessages<E extends EnglishMessages> = {
  readonly [K in keyof E]: E[K] extends string ? string : RussianPlural;
};

/**
 * The interface language when none has been chosen: Russian when the system's language is Russian,
 * else English. `language` is navigator.language in the window, Electron's app.getLocale() in main.
 */
export function localeFromSystem(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/** Each language in its own words, the same in either interface language: how a reader finds their own. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', ru: 'Русский' };
