import Store from 'electron-store';
import type { AccountStore } from '../services/publishing/accounts/account-store';

/**
 * CMS account profiles in accounts.json beside the drafts database, through electron-store.
 * Secrets reach it only as safeStorage ciphertext (see services/publishing/accounts). A file too
 * broken to parse is replaced: re-entering an account beats an app that cannot start.
 */
export function electronAccountStore(): AccountStore {
  const store = new Store<{ accounts: unknown[] }>({ name: 'accounts', defaults: { accounts: [] }, clearInvalidConfig: true });
  return {
    read: () => {
      const accounts = store.get('accounts');
      return Array.isArray(accounts) ? accounts : [];
    },
    write: (accounts) => store.set('accounts', accounts),
  };
}
