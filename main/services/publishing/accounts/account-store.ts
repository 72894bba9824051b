import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../atomic-file';

/**
 * An account profile as persisted. The secret is only ever ciphertext (base64) from the
 * SecretCipher; `weak` records that the user accepted weaker protection for it.
 */
export const StoredAccount = z.object({
  id: z.uuid(),
  kind: z.enum(['wordpress', 'ghost']),
  label: z.string(),
  siteUrl: z.string(),
  username: z.string(),
  /** Where the WordPress REST API answers, as the connection doctor found it. */
  restRoot: z.string().optional(),
  secret: z.object({ ciphertext: z.string().min(1), weak: z.boolean() }).optional(),
});
export type StoredAccount = z.infer<typeof StoredAccount>;

/**
 * Where account profiles live: electron-store in the app (main/electron/account-store.ts), a
 * JSON file in Node (tests, the browser bridge). `read` may return anything a damaged file
 * holds; the caller validates each entry.
 */
export interface AccountStore {
  read(): unknown[];
  write(accounts: StoredAccount[]): void;
}

/**
 * `{ "accounts": [...] }` in one file, the shape electron-store gives accounts.json in the app.
 * Written whole to a temporary file, fsynced and renamed, so a crash leaves the old or the new.
 */
export function jsonFileAccountStore(file: string): AccountStore {
  return {
    read() {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      try {
        const { accounts } = JSON.parse(text) as { accounts?: unknown };
        return Array.isArray(accounts) ? accounts : [];
      } catch {
        return [];
      }
    },
    write(accounts) {
      writeFileAtomic(file, `${JSON.stringify({ accounts }, null, 2)}\n`);
    },
  };
}
