import type { z } from 'zod';
import { FREQUENCIES, LANGUAGES, type AppealEntry, type AppealKind, type Language } from '../../shared/appeals/library';
import type { Translate } from '../../shared/i18n/translate';
import { contract } from '../../shared/ipc/contract';

export type Frequency = (typeof FREQUENCIES)[number];

export interface TextField {
  /** The text's key in the entry, and its label's in the catalogue (appeals.field.<key>). */
  key: 'heading' | 'body' | 'buttonLabel' | 'remindLaterLabel' | 'description' | 'consent' | 'text' | 'linkLabel' | 'url';
  multiline?: boolean;
}

/** The text fields of each kind, in the order an editor fills them in. */
export const TEXT_FIELDS: Record<AppealKind, readonly TextField[]> = {
  donation: [{ key: 'heading' }, { key: 'body', multiline: true }, { key: 'buttonLabel' }, { key: 'remindLaterLabel' }],
  newsletter: [{ key: 'heading' }, { key: 'description', multiline: true }, { key: 'buttonLabel' }, { key: 'consent', multiline: true }],
  banner: [{ key: 'text' }, { key: 'linkLabel' }, { key: 'url' }],
};

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

/**
 * A schema issue in words for the field it is about: the schema's own message when it wrote one
 * (as main would send it), else the catalogue's.
 */
function describe(t: Translate, issue: z.core.$ZodIssue): string {
  if (!/^(Too (small|big)|Invalid)/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'array' ? t('appeals.problem.chooseOne') : t('appeals.problem.required');
    case 'too_big':
      return t(issue.origin === 'array' ? 'appeals.problem.tooManyItems' : 'appeals.problem.tooLong', { count: Number(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'url' ? t('appeals.problem.url') : issue.message;
    default:
      return issue.message;
  }
}

/**
 * What the save request would be refused for, by field: keys like "name" or "en.heading", from
 * the contract's own schema, so the form says exactly what main would.
 */
export function formProblems(t: Translate, id: string, name: string, entry: AppealEntry): Map<string, string> {
  const problems = new Map<string, string>();
  const checked = contract.saveAppeal.input.safeParse({ id, name, entry });
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const [first, , language, field] = issue.path.map(String);
      const key = first === 'entry' && language && LANGUAGES.includes(language as Language) ? `${language}.${field}` : (first ?? '');
      if (!problems.has(key)) problems.set(key, describe(t, issue));
    }
  }
  return problems;
}
