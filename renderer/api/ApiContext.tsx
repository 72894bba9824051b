import { createContext, useContext, type ReactNode } from 'react';
import type { CopydeskApi } from '../../shared/ipc/api';

// A context rather than reading window.copydesk directly, so tests can hand in their own API.
const ApiContext = createContext<CopydeskApi | null>(null);

export function ApiProvider({ api, children }: { api: CopydeskApi; children: ReactNode }) {
  return <ApiContext value={api}>{children}</ApiContext>;
}

export function useApi(): CopydeskApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() needs an <ApiProvider> above it');
  return api;
}
