import { createContext, useCallback, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { AppealVersion } from '../../shared/appeals/library';
import { useApi } from '../api/ApiContext';
import { errorMessage, unwrap } from '../api/unwrap';
import { AppealVersionCache, type PinnedAppeal } from './appealVersionCache';

export interface AppealsLibrary {
  /** The latest version of every entry; undefined until the first answer. */
  latest: AppealVersion[] | undefined;
  error: string | null;
  refresh: () => void;
  versions: AppealVersionCache;
}

const AppealsContext = createContext<AppealsLibrary | null>(null);

/** The newsroom's appeals library, kept current as main reports new versions. */
export function AppealsProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [versions] = useState(() => new AppealVersionCache((ids) => unwrap(api.getAppealVersions({ ids }))));
  const [latest, setLatest] = useState<AppealVersion[] | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    let active = true;
    const load = () =>
      unwrap(api.listAppeals({})).then(
        (appeals) => {
          if (!active) return;
          versions.remember(appeals);
          setLatest(appeals);
          setError(null);
        },
        (failure: unknown) => {
          if (active) setError(errorMessage(failure));
        },
      );
    void load();
    const unsubscribe = api.onAppealsChanged(() => void load());
    return () => {
      active = false;
      unsubscribe();
    };
  }, [api, versions, generation]);

  return <AppealsContext value={{ latest, error, refresh, versions }}>{children}</AppealsContext>;
}

export function useAppeals(): AppealsLibrary {
  const appeals = useContext(AppealsContext);
  if (!appeals) throw new Error('useAppeals() needs an <AppealsProvider> above it');
  return appeals;
}

/** One pinned version, fetched when first asked for. */
export function usePinnedAppeal(id: string, version: number): PinnedAppeal {
  const { versions } = useAppeals();
  useEffect(() => versions.request(id, version), [versions, id, version]);
  return useSyncExternalStore(versions.subscribe, () => versions.get(id, version));
}
