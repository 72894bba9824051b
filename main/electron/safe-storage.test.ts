import { expect, test } from 'vitest';
import { safeStorageCipher } from './safe-storage';

const fake = (available: boolean, backend: string) => ({
  isEncryptionAvailable: () => available,
  getSelectedStorageBackend: () => backend as never,
  encryptString: (text: string) => Buffer.from(text, 'utf8').reverse(),
  decryptString: (data: Buffer) => Buffer.from(data).reverse().toString('utf8'),
});

test.each([
  ['linux', true, 'gnome_libsecret', 'os'],
  ['linux', true, 'kwallet5', 'os'],
  ['linux', true, 'basic_text', 'weak'],
  ['linux', true, 'unknown', 'weak'],
  ['linux', false, 'basic_text', 'unavailable'],
  ['darwin', true, 'unknown', 'os'],
  ['win32', true, 'unknown', 'os'],
  ['darwin', false, 'unknown', 'unavailable'],
] as const)('%s, encryption available %s, backend %s → %s', (platform, available, backend, protection) => {
  expect(safeStorageCipher(fake(available, backend), platform).protection()).toBe(protection);
});

test('encrypts and decrypts through safeStorage', () => {
  const cipher = safeStorageCipher(fake(true, 'gnome_libsecret'), 'linux');
  const sealed = cipher.encrypt('abcd efgh');
  expect(sealed.toString('utf8')).not.toContain('abcd efgh');
  expect(cipher.decrypt(sealed)).toBe('abcd efgh');
});
