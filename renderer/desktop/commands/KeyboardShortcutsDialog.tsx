import { useState } from 'react';
import { acceleratorOn, shortcutLabel } from '../../../shared/desktop/accelerator';
import { EDITOR_SHORTCUTS, MENUS, acceleratorOf, commandLabel, commandsIn, editorShortcutLabel, menuTitle } from '../../../shared/desktop/commands';
import type { Locale } from '../../../shared/i18n/messages';
import { useLocale } from '../../i18n/LocaleProvider';
import { ModalDialog } from '../ModalDialog';
import { useCommand } from './CommandsProvider';
import { PLATFORM } from './registry';

interface Row {
  label: string;
  keys: string;
}

/** Every shortcut in the registry, grouped as the menus are, and the editor's own keys. */
function shortcutGroups(locale: Locale, writing: string): Array<{ title: string; rows: Row[] }> {
  const groups = MENUS.map((menu) => ({
    title: menuTitle(locale, menu),
    rows: commandsIn(menu).flatMap((command) => {
      const accelerator = acceleratorOf(command, PLATFORM);
      return accelerator === null ? [] : [{ label: commandLabel(locale, command), keys: shortcutLabel(accelerator, PLATFORM) }];
    }),
  }));
  const editing = EDITOR_SHORTCUTS.map((shortcut) => ({
    label: editorShortcutLabel(locale, shortcut),
    keys: shortcutLabel(acceleratorOn(shortcut.accelerator, PLATFORM), PLATFORM),
  }));
  return [...groups, { title: writing, rows: editing }].filter((group) => group.rows.length > 0);
}

/** Help → Keyboard Shortcuts. */
export function KeyboardShortcutsDialog() {
  const { locale, t } = useLocale();
  const [open, setOpen] = useState(false);
  useCommand('keyboardShortcuts', () => setOpen(true));
  if (!open) return null;
  return (
    <ModalDialog title={t('desktop.shortcuts.title')} className="shortcuts-dialog" onClose={() => setOpen(false)}>
      <div className="shortcuts-groups">
        {shortcutGroups(locale, t('desktop.shortcuts.writing')).map((group) => (
          <table key={group.title} className="shortcuts-table">
            <caption>{group.title}</caption>
            <tbody>
              {group.rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td>
                    <kbd>{row.keys}</kbd>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </ModalDialog>
  );
}
