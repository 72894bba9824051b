import { describe, expect, test } from 'vitest';
import { acceleratorOn, parseAccelerator, type KeyCombo, type Platform } from './accelerator';
import { LOCALES } from '../i18n/messages';
import { APP_COMMANDS, EDITOR_SHORTCUTS, MENUS, RENDERER_COMMAND_IDS, acceleratorOf, commandLabel, commandsIn, editorShortcutLabel, menuTitle, rendererKeyBindings } from './commands';

const PLATFORMS: Platform[] = ['mac', 'other'];
const comboKey = ({ meta, ctrl, alt, shift, key }: KeyCombo) => `${meta ? 'M' : ''}${ctrl ? 'C' : ''}${alt ? 'A' : ''}${shift ? 'S' : ''}+${key}`;

/** Keys the system or the platform's conventions own, which a command must never take. */
const RESERVED: Record<Platform, string[]> = {
  mac: ['Cmd+H', 'Cmd+Alt+H', 'Cmd+Tab', 'Cmd+Space', 'Cmd+Alt+Escape'],
  // Ctrl+Shift+U starts Unicode entry in IBus on Linux; Ctrl+Shift+I is Chromium's DevTools.
  other: ['Alt+F4', 'Ctrl+Shift+U', 'Ctrl+Shift+I', 'Ctrl+Escape'],
};

describe.each(PLATFORMS)('the registry on %s', (platform) => {
  const everyShortcut = [
    ...APP_COMMANDS.map((command) => ({ label: commandLabel('en', command), accelerator: acceleratorOf(command, platform) })),
    ...EDITOR_SHORTCUTS.map((shortcut) => ({ label: editorShortcutLabel('en', shortcut), accelerator: acceleratorOn(shortcut.accelerator, platform) })),
  ].filter((entry): entry is { label: string; accelerator: string } => entry.accelerator !== null);

  test('every accelerator is well formed', () => {
    for (const { accelerator } of everyShortcut) expect(() => parseAccelerator(accelerator, platform)).not.toThrow();
  });

  test('no two shortcuts, app or editor, share a key', () => {
    const seen = new Map<string, string>();
    for (const { label, accelerator } of everyShortcut) {
      const key = comboKey(parseAccelerator(accelerator, platform));
      expect(seen.get(key), `${label} and ${seen.get(key)} both use ${accelerator}`).toBeUndefined();
      seen.set(key, label);
    }
  });

  test('no command takes a key the system owns', () => {
    const reserved = new Set(RESERVED[platform].map((accelerator) => comboKey(parseAccelerator(accelerator, platform))));
    for (const { label, accelerator } of everyShortcut) {
      expect(reserved.has(comboKey(parseAccelerator(accelerator, platform))), `${label}: ${accelerator}`).toBe(false);
    }
  });

  test('the renderer binds every renderer command that has a key, and nothing else', () => {
    const bound = rendererKeyBindings(platform).map(({ id }) => id);
    const expected = APP_COMMANDS.filter((command) => command.kind === 'renderer' && command.accelerator).map((command) => command.id);
    expect(bound).toEqual(expected);
    expect(bound).toContain('find');
    expect(bound).not.toContain('undo');
  });
});

test('outside macOS no app command uses Ctrl+Alt, which Windows also reports for AltGr characters', () => {
  for (const command of APP_COMMANDS) {
    const accelerator = acceleratorOf(command, 'other');
    if (accelerator === null) continue;
    const { ctrl, alt } = parseAccelerator(accelerator, 'other');
    expect(ctrl && alt, `${command.id}: ${accelerator}`).toBe(false);
  }
});

test('every renderer command is in the registry once', () => {
  for (const id of RENDERER_COMMAND_IDS) expect(APP_COMMANDS.filter((command) => command.id === id), id).toHaveLength(1);
});

test.each(LOCALES)('in %s every menu, command and editor key has its own label from the catalogue', (locale) => {
  const labels = [...MENUS.map((menu) => menuTitle(locale, menu)), ...APP_COMMANDS.map((command) => commandLabel(locale, command))];
  const keys = EDITOR_SHORTCUTS.map((shortcut) => editorShortcutLabel(locale, shortcut));
  for (const label of [...labels, ...keys]) expect(label).not.toMatch(/^desktop\./);
  expect(new Set(labels).size).toBe(labels.length);
  expect(new Set(keys).size).toBe(keys.length);
});

test('every menu has commands, and none starts with a separator', () => {
  for (const menu of MENUS) {
    const commands = commandsIn(menu);
    expect(commands.length, menu).toBeGreaterThan(0);
    expect(commands[0]!.separatorBefore ?? false, menu).toBe(false);
  }
});

test('the platform conventions the issue asks for', () => {
  const of = (id: string) => APP_COMMANDS.find((command) => command.id === id)!;
  expect(acceleratorOf(of('replace'), 'mac')).toBe('Cmd+Alt+F');
  expect(acceleratorOf(of('replace'), 'other')).toBe('Ctrl+H');
  expect(acceleratorOf(of('redo'), 'other')).toBe('Ctrl+Y');
  expect(of('settings').macAppMenu).toBe(true);
  expect(of('quit').macAppMenu).toBe(true);
  expect(of('about').macAppMenu).toBe(true);
});
