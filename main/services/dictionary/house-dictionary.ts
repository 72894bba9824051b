import { readFileSync } from 'node:fs';
import { HOUSE_WORD_MESSAGES, MAX_HOUSE_WORDS, checkHouseWord, formatWordList, sortedWords } from '../../../shared/desktop/houseWords';
import { AppError } from '../../../shared/ipc/result';
import type { SpellcheckPort } from '../desktop/ports';
import type { Logger } from '../ipc/dispatcher';
import { writeFileAtomic } from '../publishing/atomic-file';
import type { SaveDialog } from '../publishing/export';
import { decodeWordList } from './word-list-file';

export interface HouseDictionary {
  /** Every word, sorted as shown and exported. */
  words(): string[];
  add(raw: string): { word: string; added: boolean };
  remove(raw: string): { removed: boolean };
  /** Adds every word of a word list file, or none if the file is refused. */
  importList(bytes: Uint8Array): { read: number; added: number; total: number };
  exportList(): Promise<{ path: string | null }>;
}

export interface HouseDictionaryOptions {
  /** The profile's house-dictionary.txt, in the export format (one word a line, UTF-8). */
  file: string;
  log: Logger;
  spellcheck?: Pick<SpellcheckPort, 'setWords'>;
  saveDialog?: SaveDialog;
  /** After every change, for the houseWordsChanged event. */
  onChange(): void;
}

const EXPORT_DIALOG = { title: 'Export house dictionary', defaultName: 'house-dictionary.txt', filter: 'Word list' } as const;

/** The stored list. Lines edited by hand into something that is not a word are left out, not fatal. */
function readStored(file: string, log: Logger): Set<string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log.warn('house dictionary unreadable; starting empty', { error: String(error) });
    return new Set();
  }
  const words = new Set<string>();
  let skipped = 0;
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const checked = checkHouseWord(line);
    if (checked.ok && words.size < MAX_HOUSE_WORDS) words.add(checked.word);
    else skipped++;
  }
  if (skipped > 0) log.warn('house dictionary lines skipped', { skipped });
  return words;
}

const writeError = (error: unknown): AppError => {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'that folder is read-only' : 'the disk reported an error';
  return new AppError('storage', `The word list could not be saved: ${why}.`);
};

/**
 * The newsroom's house dictionary, per profile. Every change is written whole and atomically
 * before it is reported, then handed to the spellchecker, so a word the reporter added is never
 * flagged again and survives a crash.
 */
export function openHouseDictionary({ file, log, spellcheck, saveDialog, onChange }: HouseDictionaryOptions): HouseDictionary {
  let words = readStored(file, log);
  spellcheck?.setWords(sortedWords(words));

  const commit = (next: Set<string>) => {
    try {
      writeFileAtomic(file, formatWordList(next));
    } catch (error) {
      log.warn('house dictionary not saved', { error: String(error) });
      throw writeError(error);
    }
    words = next;
    spellcheck?.setWords(sortedWords(words));
    onChange();
  };

  const checked = (raw: string): string => {
    const result = checkHouseWord(raw);
    if (!result.ok) throw new AppError('bad_request', result.message);
    return result.word;
  };

  return {
    words: () => sortedWords(words),
    add(raw) {
      const word = checked(raw);
      if (words.has(word)) return { word, added: false };
      if (words.size >= MAX_HOUSE_WORDS) throw new AppError('bad_request', HOUSE_WORD_MESSAGES.full);
      commit(new Set(words).add(word));
      return { word, added: true };
    },
    remove(raw) {
      const word = raw.trim().normalize('NFC');
      if (!words.has(word)) return { removed: false };
      const next = new Set(words);
      next.delete(word);
      commit(next);
      return { removed: true };
    },
    importList(bytes) {
      const list = decodeWordList(bytes);
      if (!list.ok) throw new AppError('bad_request', list.message);
      const next = new Set([...words, ...list.words]);
      if (next.size > MAX_HOUSE_WORDS) throw new AppError('bad_request', HOUSE_WORD_MESSAGES.full);
      const added = next.size - words.size;
      if (added > 0) commit(next);
      return { read: list.words.length, added, total: next.size };
    },
    async exportList() {
      if (!saveDialog) throw new AppError('bad_request', 'Saving files is not available in this window.');
      const target = await saveDialog({
        title: EXPORT_DIALOG.title,
        defaultName: EXPORT_DIALOG.defaultName,
        filters: [{ name: EXPORT_DIALOG.filter, extensions: ['txt'] }],
      });
      if (target === null) return { path: null };
      try {
        writeFileAtomic(target, formatWordList(words));
      } catch (error) {
        throw writeError(error);
      }
      return { path: target };
    },
  };
}
