/**
 * How secrets are protected on this computer. `weak`: Electron's safeStorage on Linux without a
 * keyring (`basic_text`), which encrypts with a key every Chromium install shares.
 */
export type Protection = 'os' | 'weak' | 'unavailable';

/** Electron's safeStorage in the app (main/electron/safe-storage.ts); nodeCipher in Node. */
export interface SecretCipher {
  protection(): Protection;
  encrypt(plain: string): Buffer;
  /** Throws when the ciphertext no longer decrypts (the keyring or its key changed). */
  decrypt(ciphertext: Buffer): string;
}

/** For a profile opened without any way to protect secrets: accounts work, secrets cannot be set. */
export const noCipher: SecretCipher = {
  protection: () => 'unavailable',
  encrypt: () => {
    throw new Error('no secret storage');
  },
  decrypt: () => {
    throw new Error('no secret storage');
  },
};

export const PROTECTION_MESSAGE: Record<Protection, string> = {
  os: "Passwords are encrypted with this computer's keychain.",
  weak:
    'This computer has no keyring (such as GNOME Keyring or KWallet), so passwords can only be stored with weak protection: anyone who can read your files could recover them. Install and unlock a keyring, or accept weaker storage.',
  unavailable: 'This computer offers no way to encrypt passwords, so Copydesk cannot store them.',
};
