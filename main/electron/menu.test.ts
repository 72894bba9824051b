import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, test, vi } from 'vitest';
import { shortcutLabel } from '../../shared/desktop/accelerator';
import { APP_COMMANDS, RENDERER_COMMAND_IDS, acceleratorOf } from '../../shared/desktop/commands';
import type { Emit } from '../services/handlers';
import { MENU_TEXT, buildMenuTemplate, installAppMenu, type MenuActions } from './menu';

type Item = MenuItemConstructorOptions;
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function actions() {
  return { run: vi.fn<MenuActions['run']>(), openDraft: vi.fn<MenuActions['openDraft']>(), clearRecent: vi.fn<MenuActions['clearRecent']>() };
}

const submenuOf = (item: Item | undefined): Item[] => (item?.submenu ?? []) as Item[];
const labels = (items: Item[]) => items.map((item) => (item.type === 'separator' ? '—' : item.label));
const find = (items: Item[], predicate: (item: Item) => boolean): Item | undefined => {
  for (const item of items) {
    if (predicate(item)) return item;
    const inner = find(submenuOf(item), predicate);
    if (inner) return inner;
  }
  return undefined;
};
const all = (items: Item[]): Item[] => items.flatMap((item) => [item, ...all(submenuOf(item))]);

describe('macOS', () => {
  const template = buildMenuTemplate({ platform: 'mac', recent: [], actions: actions() });

  test('the app menu comes first, with About, Settings…, Services, Hide and Quit', () => {
    expect(template.map((menu) => menu.label)).toEqual(['Copydesk', 'File', 'Edit', 'View', 'Article', 'Window', 'Help']);
    expect(labels(submenuOf(template[0]))).toEqual([
      'About Copydesk',
      '—',
      'Settings…',
      '—',
      'Services',
      '—',
      'Hide Copydesk',
      'Hide Others',
      'Show All',
      '—',
      'Quit Copydesk',
    ]);
    expect(submenuOf(template[0]).find((item) => item.label === 'Settings…')?.accelerator).toBe('CmdOrCtrl+,');
  });

  test('Settings, Quit and About are not repeated in File or Help', () => {
    const file = labels(submenuOf(template[1]));
    expect(file).not.toContain('Settings…');
    expect(file).not.toContain('Quit Copydesk');
    expect(file[file.length - 1]).not.toBe('—');
    expect(labels(submenuOf(template[6]))).toEqual(['Keyboard Shortcuts']);
  });

  test('the Window menu is macOS’s own, with Zoom and Bring All to Front', () => {
    const window = template[5]!;
    expect(window.role).toBe('windowMenu');
    expect(labels(submenuOf(window))).toEqual(['Minimize', 'Zoom', '—', 'Bring All to Front']);
    expect(template[6]!.role).toBe('help');
  });
});

describe('Windows and Linux', () => {
  const template = buildMenuTemplate({ platform: 'other', recent: [], actions: actions() });

  test('no app menu; Alt-key letters on the menus; Settings… and Quit in File, About in Help', () => {
    expect(template.map((menu) => menu.label)).toEqual(['&File', '&Edit', '&View', '&Article', '&Window', '&Help']);
    const file = labels(submenuOf(template[0]));
    expect(file).toEqual(['New Draft', 'Open Recent', 'Close Draft', '—', 'Save Version', 'Export…', '—', 'Settings…', '—', 'Quit Copydesk']);
    expect(labels(submenuOf(template[5]))).toEqual(['Keyboard Shortcuts', '—', 'About Copydesk']);
  });

  test('the Edit, View, Article and Window menus', () => {
    expect(labels(submenuOf(template[1]))).toEqual([
      'Undo',
      'Redo',
      '—',
      'Cut',
      'Copy',
      'Paste',
      'Select All',
      '—',
      'Find…',
      'Find and Replace…',
      'Find Next',
      'Find Previous',
    ]);
    expect(labels(submenuOf(template[2]))).toContain('Zoom In');
    expect(labels(submenuOf(template[3]))).toEqual(['Insert Block…', '—', 'Publish…']);
    expect(labels(submenuOf(template[4]))).toEqual(['Minimize']);
  });
});

describe.each(['mac', 'other'] as const)('on %s', (platform) => {
  test('every registry command is in the menu once, with the registry’s accelerator', () => {
    const template = buildMenuTemplate({ platform, recent: [], actions: actions() });
    const items = all(template);
    for (const command of APP_COMMANDS) {
      const matches = items.filter((item) => item.label === command.label);
      expect(matches, command.label).toHaveLength(1);
      expect(matches[0]!.accelerator ?? null, command.label).toBe(acceleratorOf(command, platform));
    }
  });

  test('roles are native roles; renderer commands send themselves and leave their key to the page', () => {
    const run = actions();
    const items = all(buildMenuTemplate({ platform, recent: [], actions: run }));
    expect(find(items, (item) => item.label === 'Undo')?.role).toBe('undo');
    expect(find(items, (item) => item.label === 'Paste')?.role).toBe('paste');
    expect(find(items, (item) => item.label === 'Minimize')?.role).toBe('minimize');
    for (const id of RENDERER_COMMAND_IDS) {
      const item = find(items, (candidate) => candidate.id === id)!;
      expect(item.registerAccelerator, id).toBe(false);
      (item.click as () => void)();
      expect(run.run).toHaveBeenLastCalledWith(id);
    }
    expect(run.run).toHaveBeenCalledTimes(RENDERER_COMMAND_IDS.length);
  });

  test('the accelerators shown are readable for the platform', () => {
    const label = shortcutLabel(acceleratorOf(APP_COMMANDS.find((command) => command.id === 'replace')!, platform)!, platform);
    expect(label).toBe(platform === 'mac' ? '⌥⌘F' : 'Ctrl+H');
  });
});

describe('File → Open Recent', () => {
  const recentOf = (template: Item[]) => submenuOf(find(template, (item) => item.id === 'openRecent'));

  test('empty: one disabled line', () => {
    expect(recentOf(buildMenuTemplate({ platform: 'other', recent: [], actions: actions() }))).toEqual([{ label: MENU_TEXT.noRecent, enabled: false }]);
  });

  test('drafts by headline, untitled ones named, long ones clipped, & kept literal; a click opens the draft', () => {
    const run = actions();
    const recent = [
      { id: id(1), headline: 'Паводок в Хабаровске' },
      { id: id(2), headline: '   ' },
      { id: id(3), headline: `Ferries & trains: ${'x'.repeat(80)}` },
    ];
    const items = recentOf(buildMenuTemplate({ platform: 'other', recent, actions: run }));
    expect(labels(items)).toEqual(['Паводок в Хабаровске', MENU_TEXT.untitled, expect.stringMatching(/^Ferries && trains: x+…$/), '—', MENU_TEXT.clearRecent]);
    expect([...items[2]!.label!.replace('&&', '&')]).toHaveLength(60);
    (items[1]!.click as () => void)();
    expect(run.openDraft).toHaveBeenCalledWith(id(2));
    (items[4]!.click as () => void)();
    expect(run.clearRecent).toHaveBeenCalled();
    const mac = recentOf(buildMenuTemplate({ platform: 'mac', recent, actions: run }));
    expect(mac[2]!.label).toMatch(/^Ferries & trains/);
  });
});

describe('installAppMenu', () => {
  function install() {
    let recent = [{ id: id(1), headline: 'First' }];
    let onRecent: () => void = () => {};
    let onEvent: Emit = () => {};
    const Menu = { buildFromTemplate: vi.fn((template: Item[]) => ({ template })), setApplicationMenu: vi.fn() };
    const stop = installAppMenu({
      Menu: Menu as never,
      platform: 'other',
      services: {
        desktop: {
          recentDrafts: () => recent,
          onRecentChanged: (listener) => {
            onRecent = listener;
            return () => {
              onRecent = () => {};
            };
          },
        },
        onEvent: (listener) => {
          onEvent = listener;
          return () => {
            onEvent = () => {};
          };
        },
      },
      actions: actions(),
    });
    return {
      Menu,
      stop,
      setRecent: (next: typeof recent) => (recent = next),
      recentChanged: () => onRecent(),
      draftChanged: (n = 1) => onEvent('draftChanged', { id: id(n) }),
    };
  }

  test('installs once, and again only when Open Recent would read differently', () => {
    const menu = install();
    expect(menu.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    menu.draftChanged();
    expect(menu.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    menu.setRecent([{ id: id(1), headline: 'First, retitled' }]);
    // A draft the menu does not list is not even looked up.
    menu.draftChanged(7);
    expect(menu.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    menu.draftChanged();
    expect(menu.Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    menu.setRecent([{ id: id(2), headline: 'Second' }, { id: id(1), headline: 'First, retitled' }]);
    menu.recentChanged();
    expect(menu.Menu.setApplicationMenu).toHaveBeenCalledTimes(3);
    menu.stop();
    menu.setRecent([]);
    menu.recentChanged();
    menu.draftChanged();
    expect(menu.Menu.setApplicationMenu).toHaveBeenCalledTimes(3);
  });
});
