import { randomUUID } from 'node:crypto';
import type { AccountSummary } from '../../../../shared/ipc/contract';
import { AppError } from '../../../../shared/ipc/result';
import type { Logger } from '../../ipc/dispatcher';
import { PublishError } from '../errors';
import { parseAdminKey } from '../ghost/token';
import { parseSiteUrl } from '../site-url';
import { StoredAccount, type AccountStore } from './account-store';
import { PROTECTION_MESSAGE, type Protection, type SecretCipher } from './cipher';

export interface AccountInput {
  id?: string;
  kind: StoredAccount['kind'];
  label: string;
  siteUrl: string;
  username?: string;
}

/** An account with its secret decrypted: only ever held in main, for one request. */
export type Credentials =
  | { kind: 'wordpress'; account: StoredAccount; appPassword: string }
  | { kind: 'ghost'; account: StoredAccount; adminKey: string };

export interface AccountsService {
  list(): AccountSummary[];
  save(input: AccountInput): AccountSummary;
  remove(id: string): { deleted: boolean };
  storage(): { protection: Protection; message: string };
  setSecret(id: string, secret: string, acceptWeakStorage: boolean): AccountSummary;
  clearSecret(id: string): AccountSummary;
  /** The decrypted secret with its account, or AppError saying why there is none. */
  credentials(id: string): Credentials;
  /** Remembers where the account's WordPress REST API answers (found by the doctor). */
  setRestRoot(id: string, restRoot: string): void;
}

const notFound = () => new AppError('not_found', 'This account no longer exists.');

/** The address as stored and shown: canonical, without the trailing slash of a root URL. */
function canonicalSite(siteUrl: string): string {
  try {
    return parseSiteUrl(siteUrl).href.replace(/\/$/, '');
  } catch (error) {
    if (error instanceof PublishError) throw new AppError('bad_request', error.message);
    throw error;
  }
}

/**
 * CMS accounts and their secrets. Profiles go to the AccountStore; a secret is encrypted by the
 * SecretCipher first and only its ciphertext is stored. Nothing here returns or logs a secret:
 * summaries say only whether one is set, and `credentials` is for main's own clients.
 */
export function createAccounts({ store, cipher, log }: { store: AccountStore; cipher: SecretCipher; log: Logger }): AccountsService {
  // Whether each ciphertext decrypts, asked once: on macOS every decrypt may touch the keychain.
  const decryptable = new Map<string, boolean>();

  const load = (): StoredAccount[] => {
    const accounts: StoredAccount[] = [];
    let dropped = 0;
    for (const entry of store.read()) {
      const parsed = StoredAccount.safeParse(entry);
      if (parsed.success) accounts.push(parsed.data);
      else dropped += 1;
    }
    if (dropped) log.warn('account profiles that could not be read were ignored', { count: dropped });
    return accounts;
  };

  const find = (accounts: StoredAccount[], id: string): StoredAccount => {
    const account = accounts.find((a) => a.id === id);
    if (!account) throw notFound();
    return account;
  };

  const decrypt = (ciphertext: string): string | null => {
    try {
      const plain = cipher.decrypt(Buffer.from(ciphertext, 'base64'));
      decryptable.set(ciphertext, true);
      return plain;
    } catch {
      decryptable.set(ciphertext, false);
      return null;
    }
  };

  const summary = (account: StoredAccount): AccountSummary => {
    const { secret } = account;
    let secretStatus: AccountSummary['secretStatus'] = 'missing';
    if (secret) {
      const ok = decryptable.get(secret.ciphertext) ?? decrypt(secret.ciphertext) !== null;
      secretStatus = ok ? 'set' : 'needs-password';
    }
    return {
      id: account.id,
      kind: account.kind,
      label: account.label,
      siteUrl: account.siteUrl,
      username: account.username,
      secretStatus,
      weakStorage: secret?.weak ?? false,
    };
  };

  const update = (id: string, change: (account: StoredAccount) => StoredAccount): StoredAccount => {
    const accounts = load();
    const next = change(find(accounts, id));
    store.write(accounts.map((a) => (a.id === id ? next : a)));
    return next;
  };

  return {
    list: () => load().map(summary),

    save(input) {
      const username = input.username?.trim() ?? '';
      if (input.kind === 'wordpress' && username === '')
        throw new AppError('bad_request', 'A WordPress account needs the username the application password belongs to.');
      if (input.kind === 'ghost' && username !== '')
        throw new AppError('bad_request', 'A Ghost account has no username: Copydesk signs in with the Admin API key.');
      const siteUrl = canonicalSite(input.siteUrl);
      const accounts = load();
      if (input.id === undefined) {
        const account: StoredAccount = { id: randomUUID(), kind: input.kind, label: input.label, siteUrl, username };
        store.write([...accounts, account]);
        return summary(account);
      }
      const existing = find(accounts, input.id);
      if (existing.kind !== input.kind)
        throw new AppError('bad_request', 'An account cannot change between WordPress and Ghost: add a new account instead.');
      const moved = existing.siteUrl !== siteUrl || existing.username !== username;
      const { restRoot, ...rest } = existing;
      const account: StoredAccount = { ...rest, ...(moved || !restRoot ? {} : { restRoot }), label: input.label, siteUrl, username };
      store.write(accounts.map((a) => (a.id === account.id ? account : a)));
      return summary(account);
    },

    remove(id) {
      const accounts = load();
      const kept = accounts.filter((a) => a.id !== id);
      if (kept.length === accounts.length) return { deleted: false };
      store.write(kept);
      return { deleted: true };
    },

    storage() {
      const protection = cipher.protection();
      return { protection, message: PROTECTION_MESSAGE[protection] };
    },

    setSecret(id, secret, acceptWeakStorage) {
      const account = find(load(), id);
      const value = secret.trim();
      if (value === '') throw new AppError('bad_request', 'The password is empty.');
      if (account.kind === 'ghost') {
        try {
          parseAdminKey(value);
        } catch (error) {
          if (error instanceof PublishError) throw new AppError('bad_request', error.message);
          throw error;
        }
      }
      const protection = cipher.protection();
      if (protection === 'unavailable') throw new AppError('bad_request', PROTECTION_MESSAGE.unavailable);
      if (protection === 'weak' && !acceptWeakStorage) throw new AppError('bad_request', PROTECTION_MESSAGE.weak);
      const ciphertext = cipher.encrypt(value).toString('base64');
      decryptable.set(ciphertext, true);
      return summary(update(id, (a) => ({ ...a, secret: { ciphertext, weak: protection === 'weak' } })));
    },

    clearSecret(id) {
      return summary(
        update(id, (account) => {
          const { secret: _secret, ...rest } = account;
          return rest;
        }),
      );
    },

    credentials(id) {
      const account = find(load(), id);
      if (!account.secret)
        throw new AppError('bad_request', `No password is stored for “${account.label}”: set it in Settings → Publishing.`);
      const secret = decrypt(account.secret.ciphertext);
      if (secret === null) {
        throw new AppError(
          'bad_request',
          `The stored password for “${account.label}” can no longer be read (this computer's keyring changed): enter it again in Settings → Publishing.`,
        );
      }
      return account.kind === 'wordpress'
        ? { kind: 'wordpress', account, appPassword: secret }
        : { kind: 'ghost', account, adminKey: secret };
    },

    setRestRoot(id, restRoot) {
      update(id, (account) => ({ ...account, restRoot }));
    },
  };
}
