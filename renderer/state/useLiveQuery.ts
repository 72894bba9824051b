import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { useApi } from '../api/ApiContext';
import { errorMessage } from '../api/unwrap';

export interface LiveQuery<T> {
  /** The latest reply, possibly for an earlier key (see `current`); undefined before the first. */
  data: T | undefined;
  /** Whether `data` answers the current key. */
  current: boolean;
  error: string | null;
  refresh: () => void;
}

interface Reply<T> {
  key: string;
  data: T | undefined;
  error: string | null;
}

/**
 * Fetches through the API whenever `key` changes, on refresh(), and again whenever main reports
 * that a draft changed (narrowed by `affects`), so lists never go stale. Replies that arrive after
 * a newer request was made are dropped. A null `load` means there is nothing to fetch.
 */
export function useLiveQuery<T>(
  key: string,
  load: (() => Promise<T>) | null,
  affects: (changedId: string) => boolean = () => true,
): LiveQuery<T> {
  const api = useApi();
  const [reply, setReply] = useState<Reply<T>>({ key: '', data: undefined, error: null });
  const [generation, setGeneration] = useState(0);
  const enabled = load !== null;
  const fetchLatest = useEffectEvent(() => load?.());
  const isAffected = useEffectEvent((id: string) => affects(id));

  useEffect(() => {
    if (!enabled) return;
    let active = true;
    let latest = 0;
    const run = () => {
      const ticket = ++latest;
      const pending = fetchLatest();
      if (!pending) return;
      const isLatest = () => active && ticket === latest;
      pending.then(
        (data) => {
          if (isLatest()) setReply({ key, data, error: null });
        },
        (error: unknown) => {
          if (isLatest()) {
            // Keep what is shown for this key; a failed refresh should not blank the list.
            setReply((prev) => ({ key, data: prev.key === key ? prev.data : undefined, error: errorMessage(error) }));
          }
        },
      );
    };
    run();
    const unsubscribe = api.onDraftChanged(({ id }) => {
      if (isAffected(id)) run();
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [api, key, enabled, generation]);

  const refresh = useCallback(() => setGeneration((n) => n + 1), []);
  const current = reply.key === key;
  return { data: reply.data, current, error: current ? reply.error : null, refresh };
}
