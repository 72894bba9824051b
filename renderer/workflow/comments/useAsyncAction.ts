import { useCallback, useState } from 'react';
import { errorMessage } from '../../api/unwrap';

export interface AsyncAction {
  busy: boolean;
  error: string | null;
  /** Runs `action` unless one is running; resolves to whether it succeeded (else `error` says why). */
  run(action: () => Promise<void>): Promise<boolean>;
  clearError(): void;
}

/** A button's request to main: one at a time, with its failure kept to show beside it. */
export function useAsyncAction(): AsyncAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (action: () => Promise<void>) => {
      if (busy) return false;
      setBusy(true);
      setError(null);
      try {
        await action();
        return true;
      } catch (failure) {
        setError(errorMessage(failure));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [busy],
  );
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, run, clearError };
}
