import { useCallback, useEffect, useState } from 'react';

const NOTICE_MS = 4_000;

/**
 * A short message that clears itself, for confirmations such as "Version saved". It belongs to
 * `scope` (the open draft) and is not shown once the scope changes.
 */
export function useNotice(scope: string): [string | null, (message: string) => void] {
  const [notice, setNotice] = useState<{ message: string; scope: string } | null>(null);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  // A fresh object each time, so showing the same message again restarts the timer.
  const show = useCallback((message: string) => setNotice({ message, scope }), [scope]);
  return [notice?.scope === scope ? notice.message : null, show];
}
