import { useState } from 'react';
import { acceleratorOn, shortcutLabel } from '../../../shared/desktop/accelerator';
import { EDITOR_SHORTCUTS, MENUS, MENU_TITLES, acceleratorOf, commandsIn } from '../../../shared/desktop/commands';
import { ModalDialog } from '../ModalDialog';
import { useCommand } from './CommandsProvider';
import { PLATFORM } from './registry';

const TEXT = {
  title: 'Keyboard shortcuts',
  editing: 'Writing',
} as const;

interface Row {
  label: string;
  keys: string;
}

/** Every shortcut in the registry, grouped as the menus are, and the editor's own keys. */
function shortcutGroups(): Array<{ title: string; rows: Row[] }> {
  const groups = MENUS.map((menu) => ({
    title: MENU_TITLES[menu],
    rows: commandsIn(menu).flatMap((command) => {
      const accelerator = acceleratorOf(command, PLATFORM);
      return accelerator === null ? [] : [{ label: command.label, keys: shortcutLabel(accelerator, PLATFORM) }];
    }),
  }));
  const editing = EDITOR_SHORTCUTS.map(({ label, accelerator }) => ({ label, keys: shortcutLabel(acceleratorOn(accelerator, PLATFORM), PLATFORM) }));
  return [...groups, { title: TEXT.editing, rows: editing }].filter((group) => group.rows.length > 0);
}

/** Help → Keyboard Shortcuts. */
export function KeyboardShortcutsDialog() {
  const [open, setOpen] = useState(false);
  useCommand('keyboardShortcuts', () => setOpen(true));
  if (!open) return null;
  return (
    <ModalDialog title={TEXT.title} className="shortcuts-dialog" onClose={() => setOpen(false)}>
      <div className="shortcuts-groups">
        {shortcutGroups().map((group) => (
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
