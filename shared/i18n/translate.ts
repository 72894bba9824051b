import { formatNumber } from './format';
import { CATALOGUE, type MessageKey, type ParamValue, type ParamsArg } from './index';
import type { Locale } from './messages';

const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

function messageFor(locale: Locale, key: string): string | Readonly<Record<string, string>> | undefined {
  const dot = key.indexOf('.');
  const areas = CATALOGUE[locale];
  const area = key.slice(0, dot);
  if (dot < 0 || !Object.hasOwn(areas, area)) return undefined;
  const messages = areas[area as keyof typeof areas];
  const id = key.slice(dot + 1);
  return Object.hasOwn(messages, id) ? messages[id] : undefined;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The message `key` in `locale`, its {placeholders} filled in (numbers in the locale's digits and
 * separators) and, for a counted message, the form `Intl.PluralRules` picks for `count`. One pass,
 * so a value that itself contains "{name}" is shown as typed. An id the catalogue lacks (possible
 * only past the type checker) comes back as the id itself, so the gap is visible, never blank.
 */
export function translate<K extends MessageKey>(locale: Locale, key: K, ...[params]: ParamsArg<K>): string {
  const message = messageFor(locale, key);
  if (message === undefined) return key;
  const values: Readonly<Record<string, ParamValue>> = params ?? {};
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = values.count;
    const category = typeof count === 'number' && Number.isFinite(count) ? pluralCategory(locale, count) : 'other';
    text = message[category] ?? message.other ?? key;
  }
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.hasOwn(values, name)) return whole;
    const value = values[name]!;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

/** `translate` with the locale bound: what components call as t(key, params). */
export type Translate = <K extends MessageKey>(key: K, ...params: ParamsArg<K>) => string;

const translators = new Map<Locale, Translate>();

export function translator(locale: Locale): Translate {
  let bound = translators.get(locale);
  if (!bound) {
    bound = (key, ...params) => translate(locale, key, ...params);
    translators.set(locale, bound);
  }
  return bound;
}
