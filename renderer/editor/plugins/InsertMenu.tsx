import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { $addUpdateTag, COMMAND_PRIORITY_CRITICAL, COMMAND_PRIORITY_EDITOR, SELECTION_CHANGE_COMMAND, SKIP_SELECTION_FOCUS_TAG } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { BlockOption } from '../../blocks/types';
import { useT } from '../../i18n/LocaleProvider';
import { OPEN_INSERT_MENU_COMMAND } from '../commands';
import { OptionLabel } from '../inserter/OptionLabel';
import { useBlockOptions } from '../inserter/useBlockOptions';

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index, count) => (index + 1) % count,
  ArrowUp: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * The toolbar's "+" button: a menu of every block type (the WAI-ARIA menu button pattern). The
 * menu's items are not buttons, so the toolbar's arrow-key roving leaves them alone.
 */
export function InsertMenu({ disabled }: { disabled: boolean }) {
  const [editor] = useLexicalComposerContext();
  const t = useT();
  const options = useBlockOptions();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const items = useRef<Array<HTMLDivElement | null>>([]);
  const menuId = useId();

  useEffect(() => {
    if (open) items.current[active]?.focus();
  }, [open, active]);

  const show = (index: number) => {
    setActive(index);
    setOpen(true);
  };

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_INSERT_MENU_COMMAND,
        () => {
          if (disabled) return false;
          // This update too would otherwise hand the focus back to the body as it commits.
          $addUpdateTag(SKIP_SELECTION_FOCUS_TAG);
          show(0);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor, disabled],
  );

  // The body keeps its selection (the block goes there), so a selection update while the menu is
  // open would hand the focus back to the body and close the menu; the menu keeps it.
  useEffect(() => {
    if (!open) return;
    return editor.registerCommand(
      SELECTION_CHANGE_COMMAND,
      () => {
        $addUpdateTag(SKIP_SELECTION_FOCUS_TAG);
        return false;
      },
      COMMAND_PRIORITY_CRITICAL,
    );
  }, [editor, open]);

  const dismiss = () => {
    setOpen(false);
    editor.focus();
  };

  const choose = (option: BlockOption) => {
    setOpen(false);
    option.insert(editor);
  };

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    show(event.key === 'ArrowDown' ? 0 : options.length - 1);
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      setActive((index) => move(index, options.length));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const option = options[active];
      if (option) choose(option);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      dismiss();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  // Clicking or tabbing away closes the menu, as menus do.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  };

  return (
    <div className="insert-menu" onBlur={onBlur}>
      <button
        type="button"
        className="tool tool-insert"
        aria-label={t('editor.insert.menu')}
        title={t('editor.insert.title')}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => (open ? setOpen(false) : show(0))}
        onKeyDown={onButtonKeyDown}
      >
        +
      </button>
      {open && (
        <div id={menuId} role="menu" aria-label={t('editor.insert.menu')} className="inserter-menu inserter-dropdown" onKeyDown={onMenuKeyDown}>
          {options.map((option, index) => (
            <div
              key={option.id}
              ref={(element) => {
                items.current[index] = element;
              }}
              role="menuitem"
              tabIndex={-1}
              aria-labelledby={`${menuId}-${index}`}
              className={index === active ? 'inserter-item inserter-item-active' : 'inserter-item'}
              onMouseEnter={() => setActive(index)}
              onClick={() => choose(option)}
            >
              <OptionLabel option={option} id={`${menuId}-${index}`} />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
