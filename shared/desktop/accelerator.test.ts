import { describe, expect, test } from 'vitest';
import { ariaShortcut, matchesKeyPress, parseAccelerator, shortcutLabel, type KeyPress } from './accelerator';

const press = (fields: Partial<KeyPress> & Pick<KeyPress, 'key' | 'code'>): KeyPress => ({
  metaKey: false,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  ...fields,
});

describe('parseAccelerator', () => {
  test('CmdOrCtrl is Command on macOS and Control elsewhere', () => {
    expect(parseAccelerator('CmdOrCtrl+Shift+F', 'mac')).toEqual({ meta: true, ctrl: false, alt: false, shift: true, key: 'f' });
    expect(parseAccelerator('CmdOrCtrl+Shift+F', 'other')).toEqual({ meta: false, ctrl: true, alt: false, shift: true, key: 'f' });
    expect(parseAccelerator('Ctrl+Cmd+F', 'mac')).toEqual({ meta: true, ctrl: true, alt: false, shift: false, key: 'f' });
  });

  test('function keys, named keys and punctuation', () => {
    expect(parseAccelerator('F11', 'other').key).toBe('F11');
    expect(parseAccelerator('CmdOrCtrl+Plus', 'other').key).toBe('Plus');
    expect(parseAccelerator('CmdOrCtrl+,', 'mac').key).toBe(',');
    expect(parseAccelerator('CmdOrCtrl+Shift+Enter', 'other')).toMatchObject({ ctrl: true, shift: true, key: 'Enter' });
  });

  test.each(['', 'CmdOrCtrl+', 'Hyper+F', 'Ctrl+Ctrl+F', 'CmdOrCtrl+FF', 'CmdOrCtrl+F25', 'CmdOrCtrl+ф', 'CmdOrCtrl+Shift'])(
    'refuses the malformed %j',
    (accelerator) => {
      expect(() => parseAccelerator(accelerator, 'other')).toThrow(/unknown|repeated/);
    },
  );
});

describe('matchesKeyPress', () => {
  const find = parseAccelerator('CmdOrCtrl+F', 'other');

  test('the same key with exactly the same modifiers', () => {
    expect(matchesKeyPress(find, press({ key: 'f', code: 'KeyF', ctrlKey: true }))).toBe(true);
    expect(matchesKeyPress(find, press({ key: 'f', code: 'KeyF', ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matchesKeyPress(find, press({ key: 'f', code: 'KeyF', metaKey: true }))).toBe(false);
    expect(matchesKeyPress(find, press({ key: 'f', code: 'KeyF' }))).toBe(false);
    expect(matchesKeyPress(find, press({ key: 'g', code: 'KeyG', ctrlKey: true }))).toBe(false);
  });

  test('a Russian layout: the Cyrillic letter on the F key still means F', () => {
    expect(matchesKeyPress(find, press({ key: 'а', code: 'KeyF', ctrlKey: true }))).toBe(true);
    expect(matchesKeyPress(find, press({ key: 'п', code: 'KeyG', ctrlKey: true }))).toBe(false);
  });

  test('a Latin layout other than QWERTY follows the letter typed, not the key position', () => {
    // Dvorak types 'u' on the key where QWERTY has F.
    expect(matchesKeyPress(find, press({ key: 'u', code: 'KeyF', ctrlKey: true }))).toBe(false);
    expect(matchesKeyPress(find, press({ key: 'f', code: 'KeyY', ctrlKey: true }))).toBe(true);
  });

  test('Shift and Option change the character; the physical key decides then', () => {
    const replaceMac = parseAccelerator('Cmd+Alt+F', 'mac');
    expect(matchesKeyPress(replaceMac, press({ key: 'ƒ', code: 'KeyF', metaKey: true, altKey: true }))).toBe(true);
    const findPrevious = parseAccelerator('CmdOrCtrl+Shift+G', 'other');
    expect(matchesKeyPress(findPrevious, press({ key: 'G', code: 'KeyG', ctrlKey: true, shiftKey: true }))).toBe(true);
    const settings = parseAccelerator('CmdOrCtrl+,', 'mac');
    expect(matchesKeyPress(settings, press({ key: ',', code: 'Comma', metaKey: true }))).toBe(true);
    expect(matchesKeyPress(settings, press({ key: 'б', code: 'Comma', metaKey: true }))).toBe(true);
  });

  test('named keys compare by their DOM key', () => {
    const publish = parseAccelerator('CmdOrCtrl+Shift+Enter', 'other');
    expect(matchesKeyPress(publish, press({ key: 'Enter', code: 'Enter', ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matchesKeyPress(publish, press({ key: 'Enter', code: 'NumpadEnter', ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matchesKeyPress(publish, press({ key: 'Escape', code: 'Escape', ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matchesKeyPress(parseAccelerator('F11', 'other'), press({ key: 'F11', code: 'F11' }))).toBe(true);
  });
});

describe('labels', () => {
  test('macOS symbols in Apple’s order, words joined by + elsewhere', () => {
    expect(shortcutLabel('CmdOrCtrl+Shift+F', 'mac')).toBe('⇧⌘F');
    expect(shortcutLabel('CmdOrCtrl+Shift+F', 'other')).toBe('Ctrl+Shift+F');
    expect(shortcutLabel('Ctrl+Cmd+F', 'mac')).toBe('⌃⌘F');
    expect(shortcutLabel('Cmd+Alt+F', 'mac')).toBe('⌥⌘F');
    expect(shortcutLabel('CmdOrCtrl+Shift+Enter', 'mac')).toBe('⇧⌘↩');
    expect(shortcutLabel('CmdOrCtrl+,', 'other')).toBe('Ctrl+,');
    expect(shortcutLabel('F11', 'other')).toBe('F11');
  });

  test('aria-keyshortcuts uses DOM key names', () => {
    expect(ariaShortcut('CmdOrCtrl+Shift+F', 'other')).toBe('Control+Shift+F');
    expect(ariaShortcut('Cmd+Alt+F', 'mac')).toBe('Meta+Alt+F');
    expect(ariaShortcut('CmdOrCtrl+Plus', 'mac')).toBe('Meta+Plus');
    expect(ariaShortcut('CmdOrCtrl+Shift+Enter', 'other')).toBe('Control+Shift+Enter');
  });
});
