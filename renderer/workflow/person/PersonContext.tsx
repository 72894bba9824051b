import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Person } from '../../../shared/ipc/workflow-channels';
import { useApi } from '../../api/ApiContext';
import { errorMessage, unwrap } from '../../api/unwrap';

export interface PersonState {
  /** Who this Copydesk works as; null until main answered (or when it could not). */
  person: Person | null;
  error: string | null;
  /** Stores a new name and role; rejects with main's reason when refused. */
  save: (person: Person) => Promise<Person>;
}

const PersonContext = createContext<PersonState | null>(null);

export function PersonProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [person, setPerson] = useState<Person | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    unwrap(api.getPerson({})).then(
      (found) => active && setPerson(found),
      (failure: unknown) => active && setError(errorMessage(failure)),
    );
    return () => {
      active = false;
    };
  }, [api]);

  const save = useCallback(
    async (next: Person) => {
      const saved = await unwrap(api.setPerson(next));
      setPerson(saved);
      setError(null);
      return saved;
    },
    [api],
  );

  const value = useMemo(() => ({ person, error, save }), [person, error, save]);
  return <PersonContext value={value}>{children}</PersonContext>;
}

/** The person this Copydesk works as, from the nearest PersonProvider; null outside one. */
export const usePerson = (): PersonState | null => useContext(PersonContext);
