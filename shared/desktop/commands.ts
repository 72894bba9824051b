import type { Locale } from '../i18n/messages';
import { translate } from '../i18n/translate';
import { acceleratorOn, parseAccelerator, type Accelerator, type KeyCombo, type Platform } from './accelerator';

/**
 * The one registry of the app's commands. Electron's menu is built from it and the renderer binds
 * the same accelerators itself (the UI tests run in a browser without the menu), so the shortcut a
 * menu shows is the shortcut that works, and the Keyboard shortcuts dialog lists this and nothing
 * else. Each command's label is the catalogue's `desktop.command.<id>`, in the interface language.
 */

export const MENUS = ['File', 'Edit', 'View', 'Article', 'Window', 'Help'] as const;
export type MenuName = (typeof MENUS)[number];
export const menuTitle = (locale: Locale, menu: MenuName): string => translate(locale, `desktop.menu.${menu}`);

/** Commands the renderer carries out: a menu click sends `menuCommand` and runs the key's handler. */
export const RENDERER_COMMAND_IDS = [
  'newDraft',
  'closeDraft',
  'saveVersion',
  'exportDraft',
  'settings',
  'find',
  'replace',
  'findNext',
  'findPrevious',
  'toggleSidebar',
  'togglePreview',
  'toggleDetails',
  'toggleHistory',
  'insertBlock',
  'publish',
  'keyboardShortcuts',
] as const;
export type RendererCommandId = (typeof RENDERER_COMMAND_IDS)[number];

/**
 * Electron menu roles. The menu performs them natively; in the page, the browser and the editor
 * already answer their keys (Lexical's undo history, the clipboard), so the renderer binds none.
 */
export const ROLE_IDS = [
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'selectAll',
  'resetZoom',
  'zoomIn',
  'zoomOut',
  'togglefullscreen',
  'minimize',
  'about',
  'quit',
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

interface CommandBase {
  menu: MenuName;
  accelerator?: Accelerator;
  /** Starts a new group in its menu. */
  separatorBefore?: boolean;
  /** On macOS it lives in the application menu (About, Settings…, Quit) instead of `menu`. */
  macAppMenu?: boolean;
}

export type AppCommand =
  | (CommandBase & { kind: 'renderer'; id: RendererCommandId })
  | (CommandBase & { kind: 'role'; id: RoleId })
  /** File → Open Recent: a submenu of the recent drafts, filled in by main. */
  | (CommandBase & { kind: 'recent'; id: 'openRecent' });

/** In menu order. */
export const APP_COMMANDS: readonly AppCommand[] = [
  { kind: 'renderer', id: 'newDraft', menu: 'File', accelerator: 'CmdOrCtrl+N' },
  { kind: 'recent', id: 'openRecent', menu: 'File' },
  { kind: 'renderer', id: 'closeDraft', menu: 'File', accelerator: 'CmdOrCtrl+W' },
  { kind: 'renderer', id: 'saveVersion', menu: 'File', accelerator: 'CmdOrCtrl+S', separatorBefore: true },
  { kind: 'renderer', id: 'exportDraft', menu: 'File', accelerator: 'CmdOrCtrl+Shift+E' },
  { kind: 'renderer', id: 'settings', menu: 'File', accelerator: 'CmdOrCtrl+,', separatorBefore: true, macAppMenu: true },
  { kind: 'role', id: 'quit', menu: 'File', accelerator: 'CmdOrCtrl+Q', separatorBefore: true, macAppMenu: true },

  { kind: 'role', id: 'undo', menu: 'Edit', accelerator: 'CmdOrCtrl+Z' },
  { kind: 'role', id: 'redo', menu: 'Edit', accelerator: { mac: 'Cmd+Shift+Z', other: 'Ctrl+Y' } },
  { kind: 'role', id: 'cut', menu: 'Edit', accelerator: 'CmdOrCtrl+X', separatorBefore: true },
  { kind: 'role', id: 'copy', menu: 'Edit', accelerator: 'CmdOrCtrl+C' },
  { kind: 'role', id: 'paste', menu: 'Edit', accelerator: 'CmdOrCtrl+V' },
  { kind: 'role', id: 'selectAll', menu: 'Edit', accelerator: 'CmdOrCtrl+A' },
  { kind: 'renderer', id: 'find', menu: 'Edit', accelerator: 'CmdOrCtrl+F', separatorBefore: true },
  // ⌘H hides the app on macOS, whose own convention for Replace is ⌥⌘F.
  { kind: 'renderer', id: 'replace', menu: 'Edit', accelerator: { mac: 'Cmd+Alt+F', other: 'Ctrl+H' } },
  { kind: 'renderer', id: 'findNext', menu: 'Edit', accelerator: 'CmdOrCtrl+G' },
  { kind: 'renderer', id: 'findPrevious', menu: 'Edit', accelerator: 'CmdOrCtrl+Shift+G' },

  { kind: 'renderer', id: 'toggleSidebar', menu: 'View', accelerator: 'CmdOrCtrl+Shift+D' },
  { kind: 'renderer', id: 'togglePreview', menu: 'View', accelerator: 'CmdOrCtrl+Shift+P' },
  { kind: 'renderer', id: 'toggleDetails', menu: 'View', accelerator: 'CmdOrCtrl+Shift+A' },
  { kind: 'renderer', id: 'toggleHistory', menu: 'View', accelerator: 'CmdOrCtrl+Shift+H' },
  { kind: 'role', id: 'resetZoom', menu: 'View', accelerator: 'CmdOrCtrl+0', separatorBefore: true },
  { kind: 'role', id: 'zoomIn', menu: 'View', accelerator: 'CmdOrCtrl+Plus' },
  { kind: 'role', id: 'zoomOut', menu: 'View', accelerator: 'CmdOrCtrl+-' },
  { kind: 'role', id: 'togglefullscreen', menu: 'View', accelerator: { mac: 'Ctrl+Cmd+F', other: 'F11' }, separatorBefore: true },

  { kind: 'renderer', id: 'insertBlock', menu: 'Article', accelerator: 'CmdOrCtrl+Shift+B' },
  { kind: 'renderer', id: 'publish', menu: 'Article', accelerator: 'CmdOrCtrl+Shift+Enter', separatorBefore: true },

  { kind: 'role', id: 'minimize', menu: 'Window', accelerator: 'CmdOrCtrl+M' },

  { kind: 'renderer', id: 'keyboardShortcuts', menu: 'Help', accelerator: 'CmdOrCtrl+/' },
  { kind: 'role', id: 'about', menu: 'Help', separatorBefore: true, macAppMenu: true },
];

/**
 * The editor's own keys (Lexical's, renderer/editor/plugins/ShortcutsPlugin's and the comments'), listed for the
 * Keyboard shortcuts dialog and so that no app command can take one of them.
 */
export const EDITOR_SHORTCUTS = [
  { id: 'bold', accelerator: 'CmdOrCtrl+B' },
  { id: 'italic', accelerator: 'CmdOrCtrl+I' },
  { id: 'link', accelerator: 'CmdOrCtrl+K' },
  { id: 'paragraph', accelerator: 'CmdOrCtrl+Alt+0' },
  { id: 'heading2', accelerator: 'CmdOrCtrl+Alt+2' },
  { id: 'heading3', accelerator: 'CmdOrCtrl+Alt+3' },
  { id: 'pastePlain', accelerator: 'CmdOrCtrl+Shift+V' },
  // renderer/workflow/comments/CommentMarksPlugin.
  { id: 'comment', accelerator: 'CmdOrCtrl+Alt+M' },
] as const satisfies ReadonlyArray<{ id: string; accelerator: Accelerator }>;
export type EditorShortcut = (typeof EDITOR_SHORTCUTS)[number];

/** A command's label in the interface language (its menu item, its row in Keyboard shortcuts). */
export const commandLabel = (locale: Locale, { id }: Pick<AppCommand, 'id'>): string => translate(locale, `desktop.command.${id}`);

export const editorShortcutLabel = (locale: Locale, { id }: Pick<EditorShortcut, 'id'>): string => translate(locale, `desktop.key.${id}`);

export const isRendererCommandId = (id: string): id is RendererCommandId => (RENDERER_COMMAND_IDS as readonly string[]).includes(id);

export const commandsIn = (menu: MenuName): AppCommand[] => APP_COMMANDS.filter((command) => command.menu === menu);

export const commandById = (id: RendererCommandId): AppCommand => APP_COMMANDS.find((command) => command.id === id)!;

/** The accelerator of a command on `platform`, or null when it has none. */
export function acceleratorOf(command: Pick<AppCommand, 'accelerator'>, platform: Platform): string | null {
  return command.accelerator === undefined ? null : acceleratorOn(command.accelerator, platform);
}

/** The keys the renderer answers to on `platform`: every renderer command that has an accelerator. */
export function rendererKeyBindings(platform: Platform): Array<{ id: RendererCommandId; combo: KeyCombo }> {
  return APP_COMMANDS.flatMap((command) => {
    const accelerator = acceleratorOf(command, platform);
    return command.kind === 'renderer' && accelerator !== null ? [{ id: command.id, combo: parseAccelerator(accelerator, platform) }] : [];
  });
}
