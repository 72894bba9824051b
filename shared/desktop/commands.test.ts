import { describe, expect, test } from 'vitest';
import { acceleratorOn, parseAccelerator, type KeyCombo, type Platform } from './accelerator';
import { APP_COMMANDS, EDITOR_SHORTCUTS, MENUS, RENDERER_COMMAND_IDS, acceleratorOf, commandsIn, rendererKeyBindings } from './commands';

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
    ...APP_COMMANDS.map((command) => ({ label: command.label, accelerator: acceleratorOf(command, platform) })),
    ...EDITOR_SHORTCUTS.map(({ label, accelerator }) => ({ label, accelerator: acceleratorOn(accelerator, platform) })),
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
    expect(ctrl && alt, `${command.label}: ${accelerator}`).toBe(false);
  }
});

test('every renderer command is in the registry once, with a label', () => {
  for (const id of RENDERER_COMMAND_IDS) {
    const matching = APP_COMMANDS.filter((command) => command.id === id);
    expect(matching, id).toHaveLength(1);
    expect(matching[0]!.label.trim()).not.toBe('');
  }
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
