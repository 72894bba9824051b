import { useEffect, useRef, type FocusEvent, type ReactNode } from 'react';
import {
  $getNodeByKey,
  $getSelection,
  $isNodeSelection,
  $setSelection,
  CLICK_COMMAND,
  COMMAND_PRIORITY_LOW,
  type NodeKey,
} from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { useT } from '../../i18n/LocaleProvider';
import { isolateControls } from './isolateControls';

/** Whether a click or focus in `card` is on one of its own controls (the card itself is inside the body's contenteditable). */
function isInteractive(target: EventTarget | null, card: HTMLElement | null): boolean {
  const control = target instanceof Element ? target.closest('input, textarea, select, button, a, [contenteditable="true"]') : null;
  return control !== null && card !== null && card.contains(control);
}

/**
 * The frame every card shares: a labelled group that is selected as a whole by clicking its
 * frame (then Backspace or Delete removes it, as Lexical does for a selected node), and a remove
 * button for the mouse.
 */
export function BlockCard({
  nodeKey,
  label,
  className,
  children,
}: {
  nodeKey: NodeKey;
  /** What the block is ("Photo"), the group's accessible name. */
  label: string;
  className: string;
  children: ReactNode;
}) {
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const t = useT();
  const [selected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const card = ref.current;
    return card ? isolateControls(card) : undefined;
  }, []);

  useEffect(
    () =>
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          if (!ref.current?.contains(event.target as Node) || isInteractive(event.target, ref.current)) return false;
          if (!event.shiftKey) clearSelection();
          setSelected(true);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, clearSelection, setSelected],
  );

  // Typing in a field of a selected card must not reach the card's selection: Backspace there
  // would delete the whole card.
  const onFocus = (event: FocusEvent) => {
    if (!isInteractive(event.target, ref.current)) return;
    editor.update(() => {
      const selection = $getSelection();
      if ($isNodeSelection(selection) && selection.has(nodeKey)) $setSelection(null);
    });
  };

  const remove = () => {
    editor.update(() => $getNodeByKey(nodeKey)?.remove());
    editor.focus();
  };
  const removeLabel = t('blocks.card.remove', { block: label.toLowerCase() });

  return (
    <div
      ref={ref}
      role="group"
      aria-label={label}
      className={`card ${className}${selected ? ' card-selected' : ''}`}
      onFocus={onFocus}
    >
      <div className="card-head">
        <span className="card-label">{label}</span>
        {editable && (
          <button type="button" className="card-remove" aria-label={removeLabel} title={removeLabel} onClick={remove}>
            ×
          </button>
        )}
      </div>
      {children}
    </div>
  );
}
