import type { z } from 'zod';
import { FREQUENCIES, LANGUAGES, type AppealEntry, type AppealKind, type Language } from '../../shared/appeals/library';
import { contract } from '../../shared/ipc/contract';

export type Frequency = (typeof FREQUENCIES)[number];

export interface TextField {
  key: string;
  label: string;
  multiline?: boolean;
}

/** The text fields of each kind, in the order an editor fills them in. */
export const TEXT_FIELDS: Record<AppealKind, readonly TextField[]> = {
  donation: [
    { key: 'heading', label: 'Heading' },
    { key: 'body', label: 'Text', multiline: true },
    { key: 'buttonLabel', label: 'Button label' },
    { key: 'remindLaterLabel', label: 'Remind-later label' },
  ],
  newsletter: [
    { key: 'heading', label: 'Heading' },
    { key: 'description', label: 'Description', multiline: true },
    { key: 'buttonLabel', label: 'Button label' },
    { key: 'consent', label: 'Consent text', multiline: true },
  ],
  banner: [
    { key: 'text', label: 'Text' },
    { key: 'linkLabel', label: 'Link label' },
    { key: 'url', label: 'Link URL' },
  ],
};

export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Русский' };

/** A new entry of `kind`, every text blank for the editor to write. */
export function blankEntry(kind: AppealKind): AppealEntry {
  const both = <T>(make: () => T) => ({ en: make(), ru: make() });
  switch (kind) {
    case 'donation':
      return {
        kind,
        variants: both(() => ({ heading: '', body: '', frequencies: ['once', 'monthly'], defaultFrequency: 'monthly', buttonLabel: '', remindLaterLabel: '' })),
      };
    case 'newsletter':
      return { kind, variants: both(() => ({ heading: '', description: '', buttonLabel: '', consent: '' })) };
    case 'banner':
      return { kind, variants: both(() => ({ text: '', linkLabel: '', url: '' })) };
  }
}

/** Sets one text of one language, leaving the rest of the entry as it was. */
export function withText(entry: AppealEntry, language: Language, key: string, value: string): AppealEntry {
  return { ...entry, variants: { ...entry.variants, [language]: { ...entry.variants[language], [key]: value } } } as AppealEntry;
}

/** Turns a donation frequency on or off, keeping the default one of those offered. */
export function withFrequency(entry: AppealEntry, language: Language, frequency: Frequency, on: boolean): AppealEntry {
  if (entry.kind !== 'donation') return entry;
  const text = entry.variants[language];
  const frequencies = FREQUENCIES.filter((candidate) => (candidate === frequency ? on : text.frequencies.includes(candidate)));
  const defaultFrequency = frequencies.includes(text.defaultFrequency) ? text.defaultFrequency : (frequencies[0] ?? text.defaultFrequency);
  return { ...entry, variants: { ...entry.variants, [language]: { ...text, frequencies, defaultFrequency } } };
}

/** A schema issue in words for the field it is about: the schema's own message when it wrote one. */
function describe(issue: z.core.$ZodIssue): string {
  if (!/^(Too (small|big)|Invalid)/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'array' ? 'Choose at least one.' : 'Required.';
    case 'too_big':
      return `At most ${String(issue.maximum)} ${issue.origin === 'array' ? 'items' : 'characters'}.`;
    case 'invalid_format':
      return issue.format === 'url' ? 'Use a web address starting with https://.' : issue.message;
    default:
      return issue.message;
  }
}

/**
 * What the save request would be refused for, by field: keys like "name" or "en.heading", from
 * the contract's own schema, so the form says exactly what main would.
 */
export function formProblems(id: string, name: string, entry: AppealEntry): Map<string, string> {
  const problems = new Map<string, string>();
  const checked = contract.saveAppeal.input.safeParse({ id, name, entry });
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const [first, , language, field] = issue.path.map(String);
      const key = first === 'entry' && language && LANGUAGES.includes(language as Language) ? `${language}.${field}` : (first ?? '');
      if (!problems.has(key)) problems.set(key, describe(issue));
    }
  }
  return problems;
}
