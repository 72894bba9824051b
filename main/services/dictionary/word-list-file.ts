import { HOUSE_WORD_MESSAGES, MAX_WORD_LIST_BYTES, parseWordList, type WordListResult } from '../../../shared/desktop/houseWords';

/**
 * A word list file's bytes as words. It must be UTF-8 (a BOM is fine): a UTF-16 export, a Word
 * document or an image is refused as not text rather than read as garbage.
 */
export function decodeWordList(bytes: Uint8Array): WordListResult {
  if (bytes.byteLength > MAX_WORD_LIST_BYTES) return { ok: false, message: HOUSE_WORD_MESSAGES.tooLarge };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, message: HOUSE_WORD_MESSAGES.notText };
  }
  return parseWordList(text);
}
