import type { Menu, MenuItemConstructorOptions } from 'electron';
import type { Platform } from '../../shared/desktop/accelerator';
import type { EventPayload } from '../../shared/ipc/contract';
import { APP_COMMANDS, MENUS, acceleratorOf, commandLabel, commandsIn, menuTitle, type AppCommand, type RendererCommandId } from '../../shared/desktop/commands';
import type { Locale } from '../../shared/i18n/messages';
import { translate } from '../../shared/i18n/translate';
import type { AppServices } from '../services/app-services';
import type { RecentDraft } from '../services/desktop/desktop-state';

/** The application's name, the macOS app menu's title: the same in every language. */
const APP_NAME = 'Copydesk';

const MAX_RECENT_LABEL = 60;

export interface MenuActions {
  /** Sends menuCommand to the window, which runs what the command's shortcut runs. */
  run(id: RendererCommandId): void;
  /** File → Open Recent → a draft: sends menuOpenDraft. */
  openDraft(id: string): void;
  clearRecent(): void;
}

export interface MenuInput {
  platform: Platform;
  /** The interface language the menu speaks. */
  locale: Locale;
  recent: readonly RecentDraft[];
  actions: MenuActions;
}

/** On Windows and Linux `&` marks the Alt-key letter, so text that is not a label has it doubled. */
const literal = (text: string, platform: Platform): string => (platform === 'mac' ? text : text.replaceAll('&', '&&'));

function recentLabel({ headline }: RecentDraft, platform: Platform, locale: Locale): string {
  const text = headline.trim() || translate(locale, 'app.common.untitled');
  const clipped = [...text].length > MAX_RECENT_LABEL ? `${[...text].slice(0, MAX_RECENT_LABEL - 1).join('')}…` : text;
  return literal(clipped, platform);
}

function recentSubmenu({ platform, locale, recent, actions }: MenuInput): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: translate(locale, 'desktop.menuText.noRecent'), enabled: false }];
  return [
    ...recent.map((draft) => ({ label: recentLabel(draft, platform, locale), click: () => actions.openDraft(draft.id) })),
    { type: 'separator' as const },
    { label: translate(locale, 'desktop.menuText.clearRecent'), click: () => actions.clearRecent() },
  ];
}

function itemFor(command: AppCommand, input: MenuInput): MenuItemConstructorOptions {
  const accelerator = acceleratorOf(command, input.platform) ?? undefined;
  const label = commandLabel(input.locale, command);
  switch (command.kind) {
    case 'renderer':
      // The page binds these keys itself (it has to: the UI tests run without this menu). The
      // menu shows them, and on Windows and Linux leaves the key to the page so that one press
      // never runs a command twice. macOS gives a key to the page first and to the menu only if
      // the page did not handle it.
      return { id: command.id, label, accelerator, registerAccelerator: false, click: () => input.actions.run(command.id) };
    case 'role':
      return { role: command.id, label, accelerator };
    case 'recent':
      return { id: command.id, label, submenu: recentSubmenu(input) };
  }
}

/** Items with separators where a group starts, never first, last or doubled. */
function withSeparators(commands: AppCommand[], input: MenuInput): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  for (const command of commands) {
    if (command.separatorBefore && items.length > 0) items.push({ type: 'separator' });
    items.push(itemFor(command, input));
  }
  return items;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** macOS: About, Settings…, Services, Hide, Quit, in the menu named after the app. */
function macAppMenu(input: MenuInput): MenuItemConstructorOptions {
  const own = (id: AppCommand['id']) => itemFor(APP_COMMANDS.find((command) => command.id === id)!, input);
  const text = (key: 'services' | 'hide' | 'hideOthers' | 'unhide') => translate(input.locale, `desktop.menuText.${key}`);
  return {
    label: APP_NAME,
    submenu: [
      own('about'),
      separator,
      own('settings'),
      separator,
      { role: 'services', label: text('services') },
      separator,
      { role: 'hide', label: text('hide') },
      { role: 'hideOthers', label: text('hideOthers') },
      { role: 'unhide', label: text('unhide') },
      separator,
      own('quit'),
    ],
  };
}

/**
 * The application menu for a platform, from the command registry: File, Edit, View, Article,
 * Window, Help, and on macOS the app menu first. Pure, so each platform's menu is tested here.
 */
export function buildMenuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const mac = input.platform === 'mac';
  const menus = MENUS.map((menu): MenuItemConstructorOptions => {
    const commands = commandsIn(menu).filter((command) => !(mac && command.macAppMenu));
    const submenu = withSeparators(commands, input);
    if (mac && menu === 'Window') {
      submenu.push({ role: 'zoom', label: translate(input.locale, 'desktop.menuText.zoom') }, separator, {
        role: 'front',
        label: translate(input.locale, 'desktop.menuText.front'),
      });
    }
    const title = menuTitle(input.locale, menu);
    const label = mac ? title : `&${title}`;
    // macOS lists open windows under role 'window' and adds its search field under role 'help'.
    const role = mac && menu === 'Window' ? 'windowMenu' : mac && menu === 'Help' ? 'help' : undefined;
    return role ? { label, role, submenu } : { label, submenu };
  });
  return mac ? [macAppMenu(input), ...menus] : menus;
}

/**
 * Installs the menu and rebuilds it when it would read differently: the interface language
 * changed, another draft opened, or a recent draft's headline changed or went to Trash. Returns
 * the function that stops.
 */
export function installAppMenu({
  Menu: menu,
  platform,
  systemLocale,
  services,
  actions,
}: {
  Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
  platform: Platform;
  /** The language until one is chosen in Settings. */
  systemLocale: Locale;
  services: {
    desktop: Pick<AppServices['desktop'], 'recentDrafts' | 'onRecentChanged' | 'uiLanguage' | 'onUiLanguageChanged'>;
    onEvent: AppServices['onEvent'];
  };
  actions: MenuActions;
}): () => void {
  let shown: string | null = null;
  let listed = new Set<string>();
  const refresh = () => {
    const recent = services.desktop.recentDrafts();
    const locale = services.desktop.uiLanguage() ?? systemLocale;
    listed = new Set(recent.map((draft) => draft.id));
    const key = JSON.stringify([locale, recent]);
    if (key === shown) return;
    shown = key;
    menu.setApplicationMenu(menu.buildFromTemplate(buildMenuTemplate({ platform, locale, recent, actions })));
  };
  refresh();
  const stopRecent = services.desktop.onRecentChanged(refresh);
  const stopLanguage = services.desktop.onUiLanguageChanged(refresh);
  // Every autosave says a draft changed; only a draft the menu lists can change the menu.
  const stopEvents = services.onEvent((event, payload) => {
    if (event === 'draftChanged' && listed.has((payload as EventPayload<'draftChanged'>).id)) refresh();
  });
  return () => {
    stopRecent();
    stopLanguage();
    stopEvents();
  };
}
