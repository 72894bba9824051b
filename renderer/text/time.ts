const pad = (n: number): string => String(n).padStart(2, '0');

/** Local HH:MM, the same in every locale so the status line reads the same everywhere. */
export function clockTime(ms: number): string {
  const date = new Date(ms);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const dayMonthYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const full = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Short time for lists: the clock time today, the date otherwise (with the year if not this one). */
export function shortTime(ms: number, now = Date.now()): string {
  const date = new Date(ms);
  const today = new Date(now);
  if (date.toDateString() === today.toDateString()) return clockTime(ms);
  return (date.getFullYear() === today.getFullYear() ? dayMonth : dayMonthYear).format(date);
}

export const fullTime = (ms: number): string => full.format(ms);

export const isoTime = (ms: number): string => new Date(ms).toISOString();
