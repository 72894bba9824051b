import { acceleratorOn, parseAccelerator, type Accelerator, type KeyCombo, type Platform } from './accelerator';

/**
 * The one registry of the app's commands. Electron's menu is built from it and the renderer binds
 * the same accelerators itself (the UI tests run in a browser without the menu), so the shortcut a
 * menu shows is the shortcut that works, and the Keyboard shortcuts dialog lists this and nothing
 * else. Labels live here, one per command, ready to move into a message catalogue by id.
 */

export const MENUS = ['File', 'Edit', 'View', 'Article', 'Window', 'Help'] as const;
export type MenuName = (typeof MENUS)[number];
export const MENU_TITLES: Record<MenuName, string> = { File: 'File', Edit: 'Edit', View: 'View', Article: 'Article', Window: 'Window', Help: 'Help' };

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
  label: string;
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
  { kind: 'renderer', id: 'newDraft', label: 'New Draft', menu: 'File', accelerator: 'CmdOrCtrl+N' },
  { kind: 'recent', id: 'openRecent', label: 'Open Recent', menu: 'File' },
  { kind: 'renderer', id: 'closeDraft', label: 'Close Draft', menu: 'File', accelerator: 'CmdOrCtrl+W' },
  { kind: 'renderer', id: 'saveVersion', label: 'Save Version', menu: 'File', accelerator: 'CmdOrCtrl+S', separatorBefore: true },
  { kind: 'renderer', id: 'exportDraft', label: 'Export…', menu: 'File', accelerator: 'CmdOrCtrl+Shift+E' },
  { kind: 'renderer', id: 'settings', label: 'Settings…', menu: 'File', accelerator: 'CmdOrCtrl+,', separatorBefore: true, macAppMenu: true },
  { kind: 'role', id: 'quit', label: 'Quit Copydesk', menu: 'File', accelerator: 'CmdOrCtrl+Q', separatorBefore: true, macAppMenu: true },

  { kind: 'role', id: 'undo', label: 'Undo', menu: 'Edit', accelerator: 'CmdOrCtrl+Z' },
  { kind: 'role', id: 'redo', label: 'Redo', menu: 'Edit', accelerator: { mac: 'Cmd+Shift+Z', other: 'Ctrl+Y' } },
  { kind: 'role', id: 'cut', label: 'Cut', menu: 'Edit', accelerator: 'CmdOrCtrl+X', separatorBefore: true },
  { kind: 'role', id: 'copy', label: 'Copy', menu: 'Edit', accelerator: 'CmdOrCtrl+C' },
  { kind: 'role', id: 'paste', label: 'Paste', menu: 'Edit', accelerator: 'CmdOrCtrl+V' },
  { kind: 'role', id: 'selectAll', label: 'Select All', menu: 'Edit', accelerator: 'CmdOrCtrl+A' },
  { kind: 'renderer', id: 'find', label: 'Find…', menu: 'Edit', accelerator: 'CmdOrCtrl+F', separatorBefore: true },
  // ⌘H hides the app on macOS, whose own convention for Replace is ⌥⌘F.
  { kind: 'renderer', id: 'replace', label: 'Find and Replace…', menu: 'Edit', accelerator: { mac: 'Cmd+Alt+F', other: 'Ctrl+H' } },
  { kind: 'renderer', id: 'findNext', label: 'Find Next', menu: 'Edit', accelerator: 'CmdOrCtrl+G' },
  { kind: 'renderer', id: 'findPrevious', label: 'Find Previous', menu: 'Edit', accelerator: 'CmdOrCtrl+Shift+G' },

  { kind: 'renderer', id: 'toggleSidebar', label: 'Show or Hide Drafts List', menu: 'View', accelerator: 'CmdOrCtrl+Shift+D' },
  { kind: 'renderer', id: 'togglePreview', label: 'Show or Hide Preview', menu: 'View', accelerator: 'CmdOrCtrl+Shift+P' },
  { kind: 'renderer', id: 'toggleDetails', label: 'Show or Hide Article Details', menu: 'View', accelerator: 'CmdOrCtrl+Shift+A' },
  { kind: 'renderer', id: 'toggleHistory', label: 'Show or Hide History', menu: 'View', accelerator: 'CmdOrCtrl+Shift+H' },
  { kind: 'role', id: 'resetZoom', label: 'Actual Size', menu: 'View', accelerator: 'CmdOrCtrl+0', separatorBefore: true },
  { kind: 'role', id: 'zoomIn', label: 'Zoom In', menu: 'View', accelerator: 'CmdOrCtrl+Plus' },
  { kind: 'role', id: 'zoomOut', label: 'Zoom Out', menu: 'View', accelerator: 'CmdOrCtrl+-' },
  { kind: 'role', id: 'togglefullscreen', label: 'Full Screen', menu: 'View', accelerator: { mac: 'Ctrl+Cmd+F', other: 'F11' }, separatorBefore: true },

  { kind: 'renderer', id: 'insertBlock', label: 'Insert Block…', menu: 'Article', accelerator: 'CmdOrCtrl+Shift+B' },
  { kind: 'renderer', id: 'publish', label: 'Publish…', menu: 'Article', accelerator: 'CmdOrCtrl+Shift+Enter', separatorBefore: true },

  { kind: 'role', id: 'minimize', label: 'Minimize', menu: 'Window', accelerator: 'CmdOrCtrl+M' },

  { kind: 'renderer', id: 'keyboardShortcuts', label: 'Keyboard Shortcuts', menu: 'Help', accelerator: 'CmdOrCtrl+/' },
  { kind: 'role', id: 'about', label: 'About Copydesk', menu: 'Help', separatorBefore: true, macAppMenu: true },
];

/**
 * The editor's own keys (Lexical's, renderer/editor/plugins/ShortcutsPlugin's and the comments'), listed for the
 * Keyboard shortcuts dialog and so that no app command can take one of them.
 */
export const EDITOR_SHORTCUTS: ReadonlyArray<{ label: string; accelerator: Accelerator }> = [
  { label: 'Bold', accelerator: 'CmdOrCtrl+B' },
  { label: 'Italic', accelerator: 'CmdOrCtrl+I' },
  { label: 'Link', accelerator: 'CmdOrCtrl+K' },
  { label: 'Paragraph', accelerator: 'CmdOrCtrl+Alt+0' },
  { label: 'Heading 2', accelerator: 'CmdOrCtrl+Alt+2' },
  { label: 'Heading 3', accelerator: 'CmdOrCtrl+Alt+3' },
  { label: 'Paste as plain text', accelerator: 'CmdOrCtrl+Shift+V' },
  // renderer/workflow/comments/CommentMarksPlugin.
  { label: 'Comment on the selection', accelerator: 'CmdOrCtrl+Alt+M' },
];

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
