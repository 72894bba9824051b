import type { SafeStorage } from 'electron';
import type { Protection, SecretCipher } from '../services/publishing/accounts/cipher';

/**
 * Electron's safeStorage as the vault's cipher. On Linux, `basic_text` means no keyring was found
 * and Chromium falls back to a key shared by every install: weak, so the vault asks the user
 * before storing anything with it. 'unknown' (asked before the app is ready) counts as weak too.
 */
export function safeStorageCipher(
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptString' | 'decryptString'>,
  platform: NodeJS.Platform = process.platform,
): SecretCipher {
  const protection = (): Protection => {
    if (!safeStorage.isEncryptionAvailable()) return 'unavailable';
    if (platform !== 'linux') return 'os';
    const backend = safeStorage.getSelectedStorageBackend();
    return backend === 'basic_text' || backend === 'unknown' ? 'weak' : 'os';
  };
  return {
    protection,
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (ciphertext) => safeStorage.decryptString(ciphertext),
  };
}
