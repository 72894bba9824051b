/**
 * Strict base64: the standard alphabet, padded to a multiple of four, nothing else (no whitespace,
 * no URL-safe letters, no `data:` prefix, no stray bits in the last character). Node's decoder
 * silently skips what it does not understand; this refuses it instead. Returns the bytes, or the
 * reason the text is not base64.
 */
export function decodeBase64Strict(text: string): { bytes: Buffer } | { problem: string } {
  if (text.startsWith('data:')) {
    return { problem: 'the image data is a data: URL; send the file’s bytes as plain base64' };
  }
  if (text.length % 4 !== 0) return { problem: 'the image data is not valid base64 (its length is not a multiple of 4)' };
  if (!/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) {
    return { problem: 'the image data is not valid base64 (it has characters outside the base64 alphabet)' };
  }
  const bytes = Buffer.from(text, 'base64');
  // Unused bits in the last character must be zero, so that one file has exactly one encoding.
  if (bytes.toString('base64') !== text) return { problem: 'the image data is not valid base64 (non-canonical padding)' };
  return { bytes };
}
