import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Protection, SecretCipher } from './cipher';

/**
 * A stand-in for Electron's safeStorage where there is no Electron: unit tests and the browser
 * bridge. AES-256-GCM under a key made from `keyring`, so a different keyring cannot decrypt
 * (as when the OS keyring changes), and `protection` plays any backend.
 */
export function nodeCipher({ keyring, protection = 'os' }: { keyring: string; protection?: Protection }): SecretCipher {
  const key = createHash('sha256').update(`copydesk-test-keyring:${keyring}`).digest();
  return {
    protection: () => protection,
    encrypt(plain) {
      if (protection === 'unavailable') throw new Error('encryption is not available');
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(ciphertext) {
      const decipher = createDecipheriv('aes-256-gcm', key, ciphertext.subarray(0, 12));
      decipher.setAuthTag(ciphertext.subarray(12, 28));
      return Buffer.concat([decipher.update(ciphertext.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
