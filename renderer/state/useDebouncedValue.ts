import { useEffect, useState } from 'react';

/**
 * `value`, once it has stopped changing for `delayMs`; at once when `cannotWait(settled, value)`
 * says the settled value is no longer worth showing (it belongs to something else, say).
 */
export function useDebouncedValue<T>(value: T, delayMs: number, cannotWait?: (settled: T, value: T) => boolean): T {
  const [settled, setSettled] = useState(value);
  const now = settled !== value && cannotWait?.(settled, value) === true;
  // Set while rendering: React renders again at once with it, before anything is shown.
  if (now) setSettled(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return now ? value : settled;
}
