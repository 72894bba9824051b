import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, test, vi } from 'vitest';
import { HOUSE_WORD_MESSAGES, MAX_HOUSE_WORDS, MAX_WORD_LIST_BYTES } from '../../../shared/desktop/houseWords';
import { tempDir } from '../drafts/testFixtures';
import { openHouseDictionary } from './house-dictionary';

const utf8 = (text: string) => new TextEncoder().encode(text);

function open(dir = tempDir(), saveTo: string | null = null) {
  const file = path.join(dir, 'house-dictionary.txt');
  const spellcheck = { setWords: vi.fn() };
  const onChange = vi.fn();
  const warnings: string[] = [];
  const saveDialog = vi.fn(async () => saveTo);
  const dictionary = openHouseDictionary({ file, log: { warn: (message) => warnings.push(message), error: vi.fn() }, spellcheck, saveDialog, onChange });
  return { dictionary, file, dir, spellcheck, onChange, warnings, saveDialog };
}

/** `count` distinct Latin words. */
const manyWords = (count: number, prefix = 'w') =>
  Array.from({ length: count }, (_, n) => `${prefix}${n.toString(26).replace(/\d/g, (digit) => 'qrstuvwxyz'[Number(digit)]!)}`);

describe('adding and removing', () => {
  test('a word is stored, kept sorted, handed to the spellchecker and announced', () => {
    const { dictionary, file, spellcheck, onChange } = open();
    expect(dictionary.add('Хабаровск')).toEqual({ word: 'Хабаровск', added: true });
    expect(dictionary.add('  Navalny ')).toEqual({ word: 'Navalny', added: true });
    expect(dictionary.words()).toEqual(['Navalny', 'Хабаровск']);
    expect(readFileSync(file, 'utf8')).toBe('Navalny\nХабаровск\n');
    expect(spellcheck.setWords).toHaveBeenLastCalledWith(['Navalny', 'Хабаровск']);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  test('adding a word already there changes nothing and says so', () => {
    const { dictionary, onChange } = open();
    dictionary.add('Navalny');
    expect(dictionary.add('Navalny')).toEqual({ word: 'Navalny', added: false });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test.each(['two words', '12345', '', '<img src=x>', 'x'.repeat(65)])('%j is refused with the reason and nothing is written', (raw) => {
    const { dictionary, file, onChange } = open();
    expect(() => dictionary.add(raw)).toThrow(expect.objectContaining({ code: 'bad_request' }));
    expect(existsSync(file)).toBe(false);
    expect(onChange).not.toHaveBeenCalled();
  });

  test('removing: the exact word goes, a word that is not there reports false', () => {
    const { dictionary } = open();
    dictionary.add('Navalny');
    dictionary.add('navalny');
    expect(dictionary.remove('Navalny')).toEqual({ removed: true });
    expect(dictionary.remove('Navalny')).toEqual({ removed: false });
    expect(dictionary.words()).toEqual(['navalny']);
  });

  test('a full dictionary refuses one word more', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'house-dictionary.txt'), manyWords(MAX_HOUSE_WORDS).join('\n'));
    const { dictionary } = open(dir);
    expect(dictionary.words()).toHaveLength(MAX_HOUSE_WORDS);
    expect(() => dictionary.add('Navalny')).toThrow(HOUSE_WORD_MESSAGES.full);
  });
});

describe('the stored file', () => {
  test('survives a restart and reaches the spellchecker at start', () => {
    const first = open();
    first.dictionary.add('Ростов-на-Дону');
    const second = open(first.dir);
    expect(second.dictionary.words()).toEqual(['Ростов-на-Дону']);
    expect(second.spellcheck.setWords).toHaveBeenCalledWith(['Ростов-на-Дону']);
  });

  test('lines edited by hand into something else are left out, with a warning, not fatal', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'house-dictionary.txt'), '# ours\nNavalny\nnot a word\n\u0000\u0001\nO’Neill\n');
    const { dictionary, warnings } = open(dir);
    expect(dictionary.words()).toEqual(['Navalny', 'O’Neill']);
    expect(warnings).toEqual(['house dictionary lines skipped']);
  });

  test('a write that fails keeps the old list and says why', () => {
    // The profile folder is a file here, so nothing can be written into it.
    const blocked = path.join(tempDir(), 'blocked');
    writeFileSync(blocked, '');
    const { dictionary, onChange } = open(blocked);
    expect(() => dictionary.add('Kyiv')).toThrow('The word list could not be saved: the disk reported an error.');
    expect(dictionary.words()).toEqual([]);
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('import', () => {
  test('a UTF-8 list is merged in; counts say what happened', () => {
    const { dictionary, onChange, spellcheck } = open();
    dictionary.add('Navalny');
    const result = dictionary.importList(utf8('\uFEFFNavalny\r\nХабаровск\nO’Neill\n'));
    expect(result).toEqual({ read: 3, added: 2, total: 3 });
    expect(dictionary.words()).toEqual(['Navalny', 'O’Neill', 'Хабаровск']);
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(spellcheck.setWords).toHaveBeenLastCalledWith(['Navalny', 'O’Neill', 'Хабаровск']);
  });

  test('a list with nothing new writes nothing and announces nothing', () => {
    const { dictionary, onChange } = open();
    dictionary.add('Navalny');
    expect(dictionary.importList(utf8('Navalny\n'))).toEqual({ read: 1, added: 0, total: 1 });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  const refused: Array<[string, Uint8Array, string]> = [
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), HOUSE_WORD_MESSAGES.notText],
    ['compressed bytes', deflateSync(Buffer.from('Navalny\n'.repeat(50))), HOUSE_WORD_MESSAGES.notText],
    ['UTF-16 text', new Uint8Array(Buffer.from('\uFEFFNavalny\n', 'utf16le')), HOUSE_WORD_MESSAGES.notText],
    ['Windows-1251 Cyrillic', new Uint8Array([0xd5, 0xe0, 0xe1, 0xe0, 0xf0, 0xee, 0xe2, 0xf1, 0xea, 0x0a]), HOUSE_WORD_MESSAGES.notText],
    ['a sentence per line', utf8('Navalny\nThe mayor said so.\n'), HOUSE_WORD_MESSAGES.notAList(2)],
    ['a CSV', utf8('word,count\nNavalny,3\n'), HOUSE_WORD_MESSAGES.notAList(1)],
    ['an empty file', utf8(''), HOUSE_WORD_MESSAGES.noWords],
    ['an oversized file', new Uint8Array(MAX_WORD_LIST_BYTES + 1).fill(0x61), HOUSE_WORD_MESSAGES.tooLarge],
  ];

  test.each(refused)('%s is refused whole, with a clear message, and the old list stays', (_what, bytes, message) => {
    const { dictionary, file, onChange } = open();
    dictionary.add('Navalny');
    const before = readFileSync(file, 'utf8');
    expect(() => dictionary.importList(bytes)).toThrow(message);
    expect(dictionary.words()).toEqual(['Navalny']);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test('a list that would overfill the dictionary is refused whole', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'house-dictionary.txt'), manyWords(MAX_HOUSE_WORDS - 1).join('\n'));
    const { dictionary } = open(dir);
    expect(() => dictionary.importList(utf8('Navalny\nKyiv\n'))).toThrow(HOUSE_WORD_MESSAGES.full);
    expect(dictionary.words()).toHaveLength(MAX_HOUSE_WORDS - 1);
  });
});

describe('export', () => {
  test('writes the list where the dialog says, in the format import reads back', async () => {
    const target = path.join(tempDir(), 'out', 'ours.txt');
    mkdirSync(path.dirname(target));
    const { dictionary, saveDialog } = open(tempDir(), target);
    dictionary.add('Хабаровск');
    dictionary.add('Navalny');
    expect(await dictionary.exportList()).toEqual({ path: target });
    expect(saveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultName: 'house-dictionary.txt' }));
    const exported = readFileSync(target);
    expect(exported.toString('utf8')).toBe('Navalny\nХабаровск\n');
    const { dictionary: other } = open();
    expect(other.importList(exported)).toEqual({ read: 2, added: 2, total: 2 });
  });

  test('a cancelled dialog writes nothing', async () => {
    const { dictionary } = open(tempDir(), null);
    dictionary.add('Navalny');
    expect(await dictionary.exportList()).toEqual({ path: null });
  });

  test('without a save dialog (no desktop host) export is refused, not faked', async () => {
    const dictionary = openHouseDictionary({ file: path.join(tempDir(), 'house-dictionary.txt'), log: { warn: vi.fn(), error: vi.fn() }, onChange: vi.fn() });
    await expect(dictionary.exportList()).rejects.toMatchObject({ code: 'bad_request' });
  });
});
