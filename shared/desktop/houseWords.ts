/**
 * The house dictionary's words: the names, places and terms a newsroom spells its own way, which
 * the spellchecker must stop flagging. Checked the same way when typed in Settings, added from the
 * spelling menu or imported from a word list (UTF-8, one word a line).
 */

export const MAX_HOUSE_WORD_CHARS = 64;
export const MAX_HOUSE_WORDS = 20_000;
/** A full list of long Cyrillic words is about 2.6 MB; real lists are far smaller. */
export const MAX_WORD_LIST_BYTES = 3 * 1024 * 1024;

// Letters of any script (with combining marks), joined by single hyphens or apostrophes: Navalny,
// Хабаровск, rock-n-roll, O’Neill, d'Artagnan. No digits, spaces or other punctuation.
const WORD = /^[\p{L}\p{M}]+(?:[-‐'’][\p{L}\p{M}]+)*$/u;

const numberFormat = new Intl.NumberFormat('en');

/** Every sentence this module says, in one place for the translation catalogue. */
export const HOUSE_WORD_MESSAGES = {
  empty: 'Type a word to add.',
  tooLong: `A house dictionary word is at most ${MAX_HOUSE_WORD_CHARS} characters long.`,
  notAWord: 'A house dictionary word is letters only, joined by hyphens or apostrophes (such as O’Neill or Ростов-на-Дону).',
  full: `The house dictionary is full: it holds at most ${numberFormat.format(MAX_HOUSE_WORDS)} words.`,
  listTooLong: (words: number) =>
    `The file holds ${numberFormat.format(words)} words; a house dictionary holds at most ${numberFormat.format(MAX_HOUSE_WORDS)}.`,
  notAList: (line: number) =>
    `The file is not a word list: line ${numberFormat.format(line)} is not a single word (letters, hyphens and apostrophes, at most ${MAX_HOUSE_WORD_CHARS} characters).`,
  notText: 'The file is not a text file: a word list is plain UTF-8 text, one word a line.',
  tooLarge: `The file is too large for a word list (more than ${MAX_WORD_LIST_BYTES / 1024 / 1024} MB).`,
  noWords: 'The file holds no words.',
} as const;

export type WordCheck = { ok: true; word: string } | { ok: false; message: string };

/** A word as it is stored (trimmed, Unicode NFC), or why it cannot be one. */
export function checkHouseWord(raw: string): WordCheck {
  const word = raw.trim().normalize('NFC');
  if (word === '') return { ok: false, message: HOUSE_WORD_MESSAGES.empty };
  if ([...word].length > MAX_HOUSE_WORD_CHARS) return { ok: false, message: HOUSE_WORD_MESSAGES.tooLong };
  if (!WORD.test(word)) return { ok: false, message: HOUSE_WORD_MESSAGES.notAWord };
  return { ok: true, word };
}

const collator = new Intl.Collator(['en', 'ru']);

/** Unique words in the order they are shown and exported: alphabetical, Latin before Cyrillic. */
export const sortedWords = (words: Iterable<string>): string[] => [...new Set(words)].sort(collator.compare);

export type WordListResult = { ok: true; words: string[] } | { ok: false; message: string };

/**
 * C0 controls other than tab and line breaks, DEL, and the replacement character a lenient decoder
 * leaves: none belongs in a word list, and any of them means the file is something else.
 */
function hasNonTextCharacters(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f || code === 0xfffd) return true;
  }
  return false;
}

/**
 * Reads a word list: one word a line, blank lines and lines starting with # ignored. Any line that
 * is not a word refuses the whole file (naming the first such line), so a wrong file never half
 * lands in the dictionary.
 */
export function parseWordList(text: string): WordListResult {
  if (hasNonTextCharacters(text)) return { ok: false, message: HOUSE_WORD_MESSAGES.notText };
  const words = new Set<string>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  for (const [index, line] of lines.entries()) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const checked = checkHouseWord(trimmed);
    if (!checked.ok) return { ok: false, message: HOUSE_WORD_MESSAGES.notAList(index + 1) };
    words.add(checked.word);
  }
  if (words.size === 0) return { ok: false, message: HOUSE_WORD_MESSAGES.noWords };
  if (words.size > MAX_HOUSE_WORDS) return { ok: false, message: HOUSE_WORD_MESSAGES.listTooLong(words.size) };
  return { ok: true, words: sortedWords(words) };
}

/** The export format, which parseWordList reads back: one word a line, sorted, UTF-8. */
export const formatWordList = (words: Iterable<string>): string => sortedWords(words).map((word) => `${word}\n`).join('');
