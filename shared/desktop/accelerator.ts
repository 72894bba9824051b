/**
 * Keyboard shortcuts written once, in Electron's accelerator syntax ('CmdOrCtrl+Shift+F'), and
 * read three ways: by Electron's menu, by the renderer's key handler (which must answer to exactly
 * the keys the menu shows) and as the label a person reads.
 */

/** macOS, or everything else (Windows and Linux share their conventions here). */
export type Platform = 'mac' | 'other';

/** One accelerator for every platform, or one each where the conventions differ. */
export type Accelerator = string | { mac: string; other: string };

export interface KeyCombo {
  /** The Command key on macOS; the Windows key elsewhere (never used by Copydesk there). */
  meta: boolean;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  /** Lowercase for letters ('f'), else as Electron names it ('F3', ',', 'Enter', 'Plus'). */
  key: string;
}

/** What a keydown carries that matters here (a DOM KeyboardEvent has all of it). */
export interface KeyPress {
  key: string;
  code: string;
  metaKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const MODIFIERS: Record<string, (platform: Platform) => keyof Omit<KeyCombo, 'key'>> = {
  cmdorctrl: (platform) => (platform === 'mac' ? 'meta' : 'ctrl'),
  commandorcontrol: (platform) => (platform === 'mac' ? 'meta' : 'ctrl'),
  cmd: () => 'meta',
  command: () => 'meta',
  ctrl: () => 'ctrl',
  control: () => 'ctrl',
  alt: () => 'alt',
  option: () => 'alt',
  shift: () => 'shift',
};

/** Named keys Electron accepts that Copydesk uses, with the DOM's `key` for each. */
const NAMED_KEYS: Record<string, string> = {
  Enter: 'Enter',
  Escape: 'Escape',
  Plus: '+',
  Space: ' ',
  Tab: 'Tab',
  Backspace: 'Backspace',
  Delete: 'Delete',
};

/** The physical key (KeyboardEvent.code) of each punctuation key Copydesk binds. */
const PUNCTUATION_CODES: Record<string, string> = {
  ',': 'Comma',
  '.': 'Period',
  '/': 'Slash',
  '\\': 'Backslash',
  ';': 'Semicolon',
  '=': 'Equal',
  '-': 'Minus',
  '[': 'BracketLeft',
  ']': 'BracketRight',
};

const isFunctionKey = (key: string): boolean => /^F(?:[1-9]|1\d|2[0-4])$/.test(key);
const isAlphanumeric = (key: string): boolean => /^[a-z0-9]$/.test(key);

function parseKey(token: string): string | null {
  if (token.length === 1) {
    const lower = token.toLowerCase();
    if (isAlphanumeric(lower) || lower in PUNCTUATION_CODES) return lower;
    return null;
  }
  if (isFunctionKey(token) || token in NAMED_KEYS) return token;
  return null;
}

/** The accelerator that applies on `platform`. */
export const acceleratorOn = (accelerator: Accelerator, platform: Platform): string =>
  typeof accelerator === 'string' ? accelerator : accelerator[platform];

/**
 * Reads an accelerator for one platform. Throws on anything malformed: accelerators are written
 * in the command registry, and a typo there must fail its test, not silently bind nothing.
 */
export function parseAccelerator(accelerator: string, platform: Platform): KeyCombo {
  // 'CmdOrCtrl++' is not how Electron writes Plus, so a plain split is enough.
  const tokens = accelerator.split('+');
  const keyToken = tokens.pop() ?? '';
  const combo: KeyCombo = { meta: false, ctrl: false, alt: false, shift: false, key: '' };
  for (const token of tokens) {
    const modifier = MODIFIERS[token.toLowerCase()]?.(platform);
    if (!modifier) throw new Error(`unknown modifier "${token}" in accelerator "${accelerator}"`);
    if (combo[modifier]) throw new Error(`modifier "${token}" repeated in accelerator "${accelerator}"`);
    combo[modifier] = true;
  }
  const key = parseKey(keyToken);
  if (key === null) throw new Error(`unknown key "${keyToken}" in accelerator "${accelerator}"`);
  combo.key = key;
  return combo;
}

/** The key a physical key code stands for ('KeyF' → 'f', 'Digit2' → '2', 'Comma' → ','), or null. */
function keyOfCode(code: string): string | null {
  const letterOrDigit = /^(?:Key([A-Z])|Digit([0-9]))$/.exec(code);
  if (letterOrDigit) return (letterOrDigit[1] ?? letterOrDigit[2]!).toLowerCase();
  return Object.entries(PUNCTUATION_CODES).find(([, physical]) => physical === code)?.[0] ?? null;
}

/**
 * Whether a key press is this combination: the same modifiers exactly, and the same key. The key
 * is compared as typed when it is a Latin letter or a digit, so the shortcut follows a Dvorak or
 * AZERTY layout; otherwise (a Russian layout types 'а' for F, Option and Shift turn keys into
 * other characters) by the physical key.
 */
export function matchesKeyPress(combo: KeyCombo, press: KeyPress): boolean {
  if (press.metaKey !== combo.meta || press.ctrlKey !== combo.ctrl || press.altKey !== combo.alt || press.shiftKey !== combo.shift) {
    return false;
  }
  if (combo.key.length > 1) {
    const named = NAMED_KEYS[combo.key];
    return press.key === (named ?? combo.key);
  }
  const typed = press.key.toLowerCase();
  if (typed.length === 1 && isAlphanumeric(typed)) return typed === combo.key;
  return keyOfCode(press.code) === combo.key;
}

const MAC_SYMBOLS = { ctrl: '⌃', alt: '⌥', shift: '⇧', meta: '⌘' } as const;
const KEY_LABELS: Record<string, { mac: string; other: string }> = {
  Enter: { mac: '↩', other: 'Enter' },
  Escape: { mac: '⎋', other: 'Esc' },
  Plus: { mac: '+', other: 'Plus' },
  Space: { mac: 'Space', other: 'Space' },
  Backspace: { mac: '⌫', other: 'Backspace' },
  Delete: { mac: '⌦', other: 'Delete' },
  Tab: { mac: '⇥', other: 'Tab' },
};

const keyLabel = (key: string, platform: Platform): string => KEY_LABELS[key]?.[platform] ?? key.toUpperCase();

/** How the shortcut is written for people: '⇧⌘F' on macOS, 'Ctrl+Shift+F' elsewhere. */
export function shortcutLabel(accelerator: string, platform: Platform): string {
  const combo = parseAccelerator(accelerator, platform);
  const key = keyLabel(combo.key, platform);
  if (platform === 'mac') {
    const order = ['ctrl', 'alt', 'shift', 'meta'] as const;
    return `${order.filter((name) => combo[name]).map((name) => MAC_SYMBOLS[name]).join('')}${key}`;
  }
  const names = [combo.ctrl && 'Ctrl', combo.meta && 'Win', combo.alt && 'Alt', combo.shift && 'Shift'].filter(Boolean);
  return [...names, key].join('+');
}

/** The same shortcut for aria-keyshortcuts ('Control+Shift+F', 'Meta+Alt+F'). */
export function ariaShortcut(accelerator: string, platform: Platform): string {
  const combo = parseAccelerator(accelerator, platform);
  const names = [combo.ctrl && 'Control', combo.meta && 'Meta', combo.alt && 'Alt', combo.shift && 'Shift'].filter(Boolean);
  // ARIA names keys by their DOM key value, except that '+' is written 'Plus'.
  return [...names, combo.key.length > 1 ? combo.key : combo.key.toUpperCase()].join('+');
}
