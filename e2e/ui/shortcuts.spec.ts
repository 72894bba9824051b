import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { acceleratorOn, parseAccelerator } from '../../shared/desktop/accelerator';
import { APP_COMMANDS, EDITOR_SHORTCUTS, MENUS, acceleratorOf, commandsIn, type AppCommand, type EditorShortcut, type MenuName } from '../../shared/desktop/commands';
import { Desk } from './desk';

// The UI runs in Chromium on Linux here: the registry's Windows and Linux keys are the ones bound.
const PLATFORM = 'other';

/** A registry accelerator as Playwright presses it ('CmdOrCtrl+Shift+F' → 'Control+Shift+f'). */
function keysOf(accelerator: string): string {
  const { ctrl, alt, shift, meta, key } = parseAccelerator(accelerator, PLATFORM);
  const named: Record<string, string> = { Plus: '+' };
  return [ctrl && 'Control', meta && 'Meta', alt && 'Alt', shift && 'Shift', named[key] ?? key].filter(Boolean).join('+');
}

/** The registry's keys pressed in each page, so that a test can show it pressed every key of its menus. */
const pressedIn = new WeakMap<Page, Set<string>>();
function press(page: Page, id: string, accelerator: string): Promise<void> {
  pressedIn.set(page, (pressedIn.get(page) ?? new Set<string>()).add(id));
  return page.keyboard.press(keysOf(accelerator));
}
const pressed = (page: Page): string[] => [...(pressedIn.get(page) ?? [])].sort();

const pressCommand = (page: Page, id: AppCommand['id']) => press(page, id, acceleratorOf(APP_COMMANDS.find((command) => command.id === id)!, PLATFORM)!);
const pressEditorKey = (page: Page, id: EditorShortcut['id']) =>
  press(page, id, acceleratorOn(EDITOR_SHORTCUTS.find((shortcut) => shortcut.id === id)!.accelerator, PLATFORM));

/** Electron performs these (window, zoom, app); a page has nothing of them to show. */
const ELECTRON_ONLY = new Set<AppCommand['id']>(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'minimize', 'quit']);

/** The keys of `menus` that the window answers: every command there with a key, but Electron's own. */
const windowKeysIn = (menus: readonly MenuName[]): string[] =>
  menus
    .flatMap(commandsIn)
    .filter((command) => acceleratorOf(command, PLATFORM) !== null && !ELECTRON_ONLY.has(command.id))
    .map((command) => command.id)
    .sort();

const FILE_VIEW_ARTICLE_HELP: readonly MenuName[] = ['File', 'View', 'Article', 'Help'];
const EDIT: readonly MenuName[] = ['Edit'];

test('every key the window answers is pressed below, menu by menu; the rest are Electron’s own roles', () => {
  expect(windowKeysIn(MENUS)).toEqual(windowKeysIn([...FILE_VIEW_ARTICLE_HELP, ...EDIT]));
  for (const id of ELECTRON_ONLY) expect(APP_COMMANDS.find((command) => command.id === id)?.kind, id).toBe('role');
});

test('the File, View, Article and Help keys do what their menu items do', async ({ app }) => {
  const desk = new Desk(app.page);
  const { page } = app;
  await desk.writeDraft('Ferry timetable changes', ['The morning ferry leaves at seven from Monday.']);
  const draftButtons = page.getByRole('navigation', { name: 'Drafts' }).getByRole('button');
  await expect(draftButtons).toHaveCount(1);

  // File
  await desk.body.click();
  await pressCommand(page, 'newDraft');
  await expect(desk.headline).toBeFocused();
  await expect(desk.headline).toHaveValue('');
  await expect(draftButtons).toHaveCount(2);
  await desk.draftInList(/Ferry timetable changes/).click();
  await expect(desk.headline).toHaveValue('Ferry timetable changes');

  await desk.body.click();
  await pressCommand(page, 'saveVersion');
  await expect(page.getByRole('status').filter({ hasText: 'Version saved' })).toBeVisible();

  await pressCommand(page, 'exportDraft');
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  await expect(exportDialog.getByRole('button', { name: 'Export HTML' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(exportDialog).toBeHidden();
  await expect(desk.body).toBeFocused();

  await pressCommand(page, 'closeDraft');
  await expect(page.getByRole('heading', { name: 'No draft open' })).toBeVisible();
  await expect(desk.body).toBeHidden();
  await desk.draftInList(/Ferry timetable changes/).click();

  await pressCommand(page, 'settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.getByRole('main', { name: 'Settings' }).getByRole('button', { name: 'Close' }).click();
  await expect(desk.body).toBeVisible();

  // View
  await pressCommand(page, 'toggleSidebar');
  await expect(page.getByRole('navigation', { name: 'Drafts' })).toBeHidden();
  await pressCommand(page, 'toggleSidebar');
  await expect(page.getByRole('navigation', { name: 'Drafts' })).toBeVisible();
  for (const [id, panel] of [
    ['togglePreview', page.getByRole('region', { name: 'Preview' })],
    ['toggleDetails', page.getByRole('complementary', { name: 'Article details' })],
    ['toggleHistory', page.getByRole('complementary', { name: 'History' })],
  ] as const) {
    await pressCommand(page, id);
    await expect(panel, id).toBeVisible();
    await pressCommand(page, id);
    await expect(panel, id).toBeHidden();
  }

  // Article
  await desk.body.click();
  await pressCommand(page, 'insertBlock');
  const menu = page.getByRole('menu', { name: 'Insert block' });
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();

  await pressCommand(page, 'publish');
  const publish = page.getByRole('dialog', { name: 'Publish' });
  await expect(publish).toBeVisible();
  // A modal dialog owns the keyboard: no command runs behind it.
  await pressCommand(page, 'newDraft');
  await expect(draftButtons).toHaveCount(2);
  await publish.getByRole('button', { name: 'Close' }).click();
  await expect(publish).toBeHidden();

  // Help: the dialog lists every shortcut of the registry.
  await pressCommand(page, 'keyboardShortcuts');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  const listed = APP_COMMANDS.filter((command) => acceleratorOf(command, PLATFORM) !== null).length + EDITOR_SHORTCUTS.length;
  await expect(help.getByRole('row')).toHaveCount(listed);
  await expect(help.getByRole('row', { name: 'Find and Replace… Ctrl+H' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // Views other than the editor keep the editor's commands waiting.
  await pressCommand(page, 'settings');
  await pressCommand(page, 'togglePreview');
  await page.getByRole('main', { name: 'Settings' }).getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('region', { name: 'Preview' })).toBeHidden();
  expect(pressed(page)).toEqual(windowKeysIn(FILE_VIEW_ARTICLE_HELP));
  expect(app.rejections).toEqual([]);
});

test('the Edit keys: undo, redo, the clipboard, select all and find', async ({ app }) => {
  const desk = new Desk(app.page);
  const { page } = app;
  await desk.writeDraft('Bridge repairs', ['The bridge reopens in May.']);
  const first = desk.body.locator(':scope > p').first();

  await page.keyboard.type(' Buses divert.');
  await expect(first).toHaveText('The bridge reopens in May. Buses divert.');
  await pressCommand(page, 'undo');
  await expect(first).toHaveText('The bridge reopens in May.');
  await pressCommand(page, 'redo');
  await expect(first).toHaveText('The bridge reopens in May. Buses divert.');

  await pressCommand(page, 'selectAll');
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('The bridge reopens in May. Buses divert.');
  await pressCommand(page, 'copy');
  await page.keyboard.press('End');
  await pressCommand(page, 'paste');
  await expect(first).toHaveText('The bridge reopens in May. Buses divert.The bridge reopens in May. Buses divert.');
  await pressCommand(page, 'selectAll');
  await pressCommand(page, 'cut');
  await expect(first).toHaveText('');
  await pressCommand(page, 'paste');
  await expect(first).toHaveText('The bridge reopens in May. Buses divert.The bridge reopens in May. Buses divert.');

  const bar = page.getByRole('search', { name: 'Find in article' });
  await pressCommand(page, 'findNext');
  await expect(bar.getByRole('textbox', { name: 'Find', exact: true })).toBeFocused();
  await page.keyboard.type('bridge');
  await expect(bar.getByRole('status')).toHaveText('1 of 2');
  await pressCommand(page, 'findNext');
  await expect(bar.getByRole('status')).toHaveText('2 of 2');
  await pressCommand(page, 'findPrevious');
  await expect(bar.getByRole('status')).toHaveText('1 of 2');
  await page.keyboard.press('Escape');
  await pressCommand(page, 'find');
  await expect(bar.getByRole('textbox', { name: 'Find', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await pressCommand(page, 'replace');
  // The bar takes the keyboard a frame after it opens; Escape is the bar's own key.
  await expect(bar.getByRole('textbox', { name: 'Replace with' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  expect(pressed(page)).toEqual(windowKeysIn(EDIT));
  expect(app.rejections).toEqual([]);
});

test('the editor’s own keys, with a Russian keyboard layout too', async ({ app }) => {
  const desk = new Desk(app.page);
  const { page } = app;
  // Who comments, as Settings → You would set it.
  expect(await app.dispatch('setPerson', { name: 'Olga Petrova', role: 'editor' })).toMatchObject({ ok: true });
  await desk.writeDraft('Заголовок', ['Паром вышел в море.']);
  const first = desk.body.locator(':scope > p, :scope > h2, :scope > h3').first();

  await pressEditorKey(page, 'heading2');
  await expect(desk.body.locator(':scope > h2')).toHaveText('Паром вышел в море.');
  await pressEditorKey(page, 'heading3');
  await expect(desk.body.locator(':scope > h3')).toHaveText('Паром вышел в море.');
  await pressEditorKey(page, 'paragraph');
  await expect(desk.body.locator(':scope > p')).toHaveText('Паром вышел в море.');

  await page.keyboard.press('End');
  await pressEditorKey(page, 'bold');
  await page.keyboard.type(' Шторм');
  await pressEditorKey(page, 'italic');
  await page.keyboard.type(' стих.');
  await expect(first.locator('.body-bold')).toHaveText([' Шторм', ' стих.']);
  await expect(first.locator('.body-italic')).toHaveText([' стих.']);

  await page.keyboard.press('Home');
  for (let i = 0; i < 'Паром'.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await pressEditorKey(page, 'link');
  await expect(page.getByLabel('Link URL')).toBeFocused();
  await page.keyboard.press('Escape');

  await desk.body.locator(':scope > p').first().click();
  await page.keyboard.press('Home');
  for (let i = 0; i < 'Паром'.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await pressEditorKey(page, 'comment');
  await expect(page.getByRole('group', { name: 'New comment' })).toContainText('Паром');
  await page.keyboard.press('Escape');

  // The paragraph copied, then pasted plainly and as it is: only the second keeps the bold.
  await desk.body.locator(':scope > p').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Home');
  await pressEditorKey(page, 'pastePlain');
  await expect(first).toHaveText('Паром вышел в море. Шторм стих.Паром вышел в море. Шторм стих.');
  await expect(first.locator('.body-bold')).toHaveCount(2);
  await page.keyboard.press('Control+v');
  await expect(first.locator('.body-bold')).toHaveCount(4);

  // A Russian layout sends Cyrillic letters; the shortcuts follow the physical keys.
  await page.evaluate(() =>
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'З', code: 'KeyP', ctrlKey: true, shiftKey: true, bubbles: true, cancelable: true })),
  );
  await expect(page.getByRole('region', { name: 'Preview' })).toBeVisible();
  expect(pressed(page)).toEqual(EDITOR_SHORTCUTS.map((shortcut) => shortcut.id).sort());
  expect(app.rejections).toEqual([]);
});

test('a choice in Electron’s menu runs the command the key runs; File → Open Recent opens the draft', async ({ app }) => {
  const desk = new Desk(app.page);
  const { page } = app;
  // What main sends when a menu item is clicked (main/electron/menu.ts).
  const menu = (event: 'menuCommand' | 'menuOpenDraft', payload: object) =>
    page.evaluate(([name, value]) => window.__copydeskEmit(name, value), [event, payload] as const);

  await desk.writeDraft('Older story', ['Written first.']);
  await desk.writeDraft('Newer story', ['Written second.']);
  await menu('menuCommand', { id: 'togglePreview' });
  await expect(page.getByRole('region', { name: 'Preview' })).toBeVisible();
  await menu('menuCommand', { id: 'settings' });
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

  const older = app.bridge.services.desktop.recentDrafts().find((draft) => draft.headline === 'Older story')!;
  expect(app.bridge.services.desktop.recentDrafts().map((draft) => draft.headline)).toEqual(['Newer story', 'Older story']);
  await menu('menuOpenDraft', { id: older.id });
  await expect(desk.headline).toHaveValue('Older story');
  await expect.poll(() => app.bridge.services.desktop.recentDrafts().map((draft) => draft.headline)).toEqual(['Older story', 'Newer story']);
});

test('the draft open when the window closed is open again at the next start', async ({ app }) => {
  const desk = new Desk(app.page);
  const { page } = app;
  await desk.writeDraft('Older story', ['Written first.']);
  await desk.writeDraft('Newer story', ['Written second.']);
  await desk.draftInList(/Older story/).click();
  await expect(desk.headline).toHaveValue('Older story');
  await expect.poll(() => app.bridge.services.desktop.recentDrafts()[0]?.headline).toBe('Older story');

  await page.reload();
  await expect(desk.headline).toHaveValue('Older story');

  // A closed draft is not reopened: the newest is, as on a first start.
  await desk.body.click();
  await pressCommand(page, 'closeDraft');
  await expect(page.getByRole('heading', { name: 'No draft open' })).toBeVisible();
  await expect.poll(() => app.dispatch('desktopState', {})).toMatchObject({ ok: true, value: { openDraftId: null } });
  await page.reload();
  await expect(desk.headline).toHaveValue('Newer story');
});
