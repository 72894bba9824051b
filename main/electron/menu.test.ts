import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, test, vi } from 'vitest';
import { shortcutLabel } from '../../shared/desktop/accelerator';
import { APP_COMMANDS, RENDERER_COMMAND_IDS, acceleratorOf, commandLabel } from '../../shared/desktop/commands';
import type { Locale } from '../../shared/i18n/messages';
import type { Emit } from '../services/handlers';
import { buildMenuTemplate, installAppMenu, type MenuActions } from './menu';

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
  const template = buildMenuTemplate({ platform: 'mac', locale: 'en', recent: [], actions: actions() });

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
  const template = buildMenuTemplate({ platform: 'other', locale: 'en', recent: [], actions: actions() });

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
    const template = buildMenuTemplate({ platform, locale: 'en', recent: [], actions: actions() });
    const items = all(template);
    for (const command of APP_COMMANDS) {
      const label = commandLabel('en', command);
      const matches = items.filter((item) => item.label === label);
      expect(matches, label).toHaveLength(1);
      expect(matches[0]!.accelerator ?? null, label).toBe(acceleratorOf(command, platform));
    }
  });

  test('roles are native roles; renderer commands send themselves and leave their key to the page', () => {
    const run = actions();
    const items = all(buildMenuTemplate({ platform, locale: 'en', recent: [], actions: run }));
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
    expect(recentOf(buildMenuTemplate({ platform: 'other', locale: 'en', recent: [], actions: actions() }))).toEqual([{ label: 'No Recent Drafts', enabled: false }]);
  });

  test('drafts by headline, untitled ones named, long ones clipped, & kept literal; a click opens the draft', () => {
    const run = actions();
    const recent = [
      { id: id(1), headline: 'Паводок в Хабаровске' },
      { id: id(2), headline: '   ' },
      { id: id(3), headline: `Ferries & trains: ${'x'.repeat(80)}` },
    ];
    const items = recentOf(buildMenuTemplate({ platform: 'other', locale: 'en', recent, actions: run }));
    expect(labels(items)).toEqual(['Паводок в Хабаровске', 'Untitled draft', expect.stringMatching(/^Ferries && trains: x+…$/), '—', 'Clear Menu']);
    expect([...items[2]!.label!.replace('&&', '&')]).toHaveLength(60);
    (items[1]!.click as () => void)();
    expect(run.openDraft).toHaveBeenCalledWith(id(2));
    (items[4]!.click as () => void)();
    expect(run.clearRecent).toHaveBeenCalled();
    const mac = recentOf(buildMenuTemplate({ platform: 'mac', locale: 'en', recent, actions: run }));
    expect(mac[2]!.label).toMatch(/^Ferries & trains/);
  });
});

describe('installAppMenu', () => {
  function install(systemLocale: Locale = 'en') {
    let recent = [{ id: id(1), headline: 'First' }];
    let chosen: Locale | null = null;
    let onRecent: () => void = () => {};
    let onLanguage: (language: Locale) => void = () => {};
    let onEvent: Emit = () => {};
    const Menu = { buildFromTemplate: vi.fn((template: Item[]) => ({ template })), setApplicationMenu: vi.fn() };
    const stop = installAppMenu({
      Menu: Menu as never,
      platform: 'other',
      systemLocale,
      services: {
        desktop: {
          recentDrafts: () => recent,
          onRecentChanged: (listener) => {
            onRecent = listener;
            return () => {
              onRecent = () => {};
            };
          },
          uiLanguage: () => chosen,
          onUiLanguageChanged: (listener) => {
            onLanguage = listener;
            return () => {
              onLanguage = () => {};
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
      choose: (language: Locale) => {
        chosen = language;
        onLanguage(language);
      },
      shownTitles: () => (Menu.buildFromTemplate.mock.lastCall![0] as Item[]).map((menu) => menu.label),
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

  test('speaks the system’s language until one is chosen, and is rebuilt in the chosen one at once', () => {
    const menu = install('ru');
    expect(menu.shownTitles()).toEqual(['&Файл', '&Правка', '&Вид', '&Статья', '&Окно', '&Справка']);
    menu.choose('en');
    expect(menu.Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    expect(menu.shownTitles()).toEqual(['&File', '&Edit', '&View', '&Article', '&Window', '&Help']);
    menu.stop();
    menu.choose('ru');
    expect(menu.Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
  });
});

describe('in Russian', () => {
  test('every label, the recent drafts’ own words and the macOS app menu', () => {
    const recent = [{ id: id(1), headline: '' }];
    const other = buildMenuTemplate({ platform: 'other', locale: 'ru', recent, actions: actions() });
    expect(labels(submenuOf(other[0]))).toEqual([
      'Новый черновик',
      'Недавние черновики',
      'Закрыть черновик',
      '—',
      'Сохранить версию',
      'Экспортировать…',
      '—',
      'Настройки…',
      '—',
      'Выйти из Copydesk',
    ]);
    expect(labels(submenuOf(find(other, (item) => item.id === 'openRecent')))).toEqual(['Черновик без заголовка', '—', 'Очистить меню']);
    for (const command of APP_COMMANDS) expect(find(other, (item) => item.label === commandLabel('ru', command)), command.id).toBeDefined();
    const mac = buildMenuTemplate({ platform: 'mac', locale: 'ru', recent: [], actions: actions() });
    expect(mac[0]!.label).toBe('Copydesk');
    expect(labels(submenuOf(mac[0]))).toContain('Скрыть остальные');
    expect(labels(submenuOf(mac[5]))).toEqual(['Свернуть', 'Изменить масштаб', '—', 'Все окна — на передний план']);
  });
});
