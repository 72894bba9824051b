import { useEffect, useState, type ReactNode } from 'react';
import {
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  IS_APPLE,
  REDO_COMMAND,
  UNDO_COMMAND,
  mergeRegister,
} from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { $selectionFormat, $setTextBlock, $toggleList, NO_FORMAT, type SelectionFormat, type TextBlock } from '../blockFormat';
import { OPEN_LINK_DIALOG_COMMAND } from '../commands';
import { BulletListIcon, LinkIcon, NumberListIcon, RedoIcon, UndoIcon } from '../../components/icons';
import { useRovingFocus } from '../../components/useRovingFocus';
import { useT } from '../../i18n/LocaleProvider';
import { InsertMenu } from './InsertMenu';

const MOD = IS_APPLE ? '⌘' : 'Ctrl+';
const ALT = IS_APPLE ? '⌥' : 'Alt+';

const sameFormat = (a: SelectionFormat, b: SelectionFormat) =>
  a.block === b.block && a.bold === b.bold && a.italic === b.italic && a.link === b.link;

interface ToolButtonProps {
  label: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}

function ToolButton({ label, shortcut, pressed, disabled, onClick, children }: ToolButtonProps) {
  return (
    <button
      type="button"
      className="tool"
      aria-label={label}
      aria-pressed={pressed}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      // Keeps focus (and the selection) in the body when the button is clicked with a mouse.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** The formatting toolbar; `children` are the draft's own actions, shown at its end. */
export function ToolbarPlugin({ children }: { children: ReactNode }) {
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const t = useT();
  const [format, setFormat] = useState<SelectionFormat>(NO_FORMAT);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const roving = useRovingFocus<HTMLDivElement>();

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($selectionFormat);
          setFormat((previous) => (sameFormat(previous, next) ? previous : next));
        }),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (can) => {
            setCanUndo(can);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (can) => {
            setCanRedo(can);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  const setBlock = (block: TextBlock) =>
    editor.update(() => $setTextBlock(format.block === block ? 'paragraph' : block));
  // A body that failed to load is read-only; its tools are off, the draft's actions are not.
  const locked = !editable;

  return (
    <div role="toolbar" aria-label={t('editor.toolbar.label')} className="toolbar" ref={roving.ref} onFocus={roving.onFocus} onKeyDown={roving.onKeyDown}>
      <div className="tool-group">
        <InsertMenu disabled={locked} />
      </div>
      <div className="tool-group">
        <ToolButton label={t('editor.toolbar.paragraph')} shortcut={`${MOD}${ALT}0`} pressed={format.block === 'paragraph'} disabled={locked} onClick={() => editor.update(() => $setTextBlock('paragraph'))}>
          ¶
        </ToolButton>
        <ToolButton label={t('editor.toolbar.h2')} shortcut={`${MOD}${ALT}2`} pressed={format.block === 'h2'} disabled={locked} onClick={() => setBlock('h2')}>
          H2
        </ToolButton>
        <ToolButton label={t('editor.toolbar.h3')} shortcut={`${MOD}${ALT}3`} pressed={format.block === 'h3'} disabled={locked} onClick={() => setBlock('h3')}>
          H3
        </ToolButton>
      </div>
      <div className="tool-group">
        <ToolButton label={t('editor.toolbar.bold')} shortcut={`${MOD}B`} pressed={format.bold} disabled={locked} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}>
          <b>B</b>
        </ToolButton>
        <ToolButton label={t('editor.toolbar.italic')} shortcut={`${MOD}I`} pressed={format.italic} disabled={locked} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}>
          <i>I</i>
        </ToolButton>
        <ToolButton label={t('editor.toolbar.link')} shortcut={`${MOD}K`} pressed={format.link} disabled={locked} onClick={() => editor.dispatchCommand(OPEN_LINK_DIALOG_COMMAND, undefined)}>
          <LinkIcon />
        </ToolButton>
      </div>
      <div className="tool-group">
        <ToolButton label={t('editor.toolbar.bulletList')} pressed={format.block === 'bullet'} disabled={locked} onClick={() => editor.update(() => $toggleList('bullet', format.block))}>
          <BulletListIcon />
        </ToolButton>
        <ToolButton label={t('editor.toolbar.numberList')} pressed={format.block === 'number'} disabled={locked} onClick={() => editor.update(() => $toggleList('number', format.block))}>
          <NumberListIcon />
        </ToolButton>
      </div>
      <div className="tool-group">
        <ToolButton label={t('editor.toolbar.undo')} shortcut={`${MOD}Z`} disabled={locked || !canUndo} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
          <UndoIcon />
        </ToolButton>
        <ToolButton label={t('editor.toolbar.redo')} shortcut={IS_APPLE ? '⇧⌘Z' : 'Ctrl+Y'} disabled={locked || !canRedo} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
          <RedoIcon />
        </ToolButton>
      </div>
      <div className="tool-group tool-group-end">{children}</div>
    </div>
  );
}
