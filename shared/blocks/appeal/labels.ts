import type { FREQUENCIES, Language } from '../../appeals/library';

type Frequency = (typeof FREQUENCIES)[number];

/** How often a donation recurs, as a reader of each language reads it. */
export const FREQUENCY_LABELS: Readonly<Record<Language, Readonly<Record<Frequency, string>>>> = {
  en: { once: 'One-off', monthly: 'Monthly', annual: 'Annual' },
  ru: { once: 'Разово', monthly: 'Ежемесячно', annual: 'Ежегодно' },
};
