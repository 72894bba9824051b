import { formatDate } from '../../shared/i18n/format';
import type { Locale } from '../../shared/i18n/messages';

const pad = (n: number): string => String(n).padStart(2, '0');

/** Local HH:MM, the same in every locale so the status line reads the same everywhere. */
export function clockTime(ms: number): string {
  const date = new Date(ms);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Short time for lists: the clock time today, the date otherwise (with the year if not this one). */
export function shortTime(ms: number, locale: Locale, now = Date.now()): string {
  const date = new Date(ms);
  const today = new Date(now);
  if (date.toDateString() === today.toDateString()) return clockTime(ms);
  const year = date.getFullYear() === today.getFullYear() ? {} : { year: 'numeric' as const };
  return formatDate(locale, ms, { day: 'numeric', month: 'short', ...year });
}

/** Date and time in full, in the interface language ('en' where a caller has not said). */
export const fullTime = (ms: number, locale: Locale = 'en'): string => formatDate(locale, ms, { dateStyle: 'medium', timeStyle: 'short' });

export const isoTime = (ms: number): string => new Date(ms).toISOString();
