import { CONTROL_OR_META, IS_APPLE, isExactShortcutMatch, stopLexicalPropagation } from 'lexical';

// Every event the body editor listens for on its root that a card's own fields also produce.
const EVENTS = ['keydown', 'keyup', 'beforeinput', 'input', 'compositionstart', 'compositionend', 'paste', 'copy', 'cut', 'dragstart', 'dragover', 'drop'];

const isControl = (target: EventTarget | null): boolean =>
  target instanceof HTMLInputElement ||
  target instanceof HTMLTextAreaElement ||
  target instanceof HTMLSelectElement ||
  target instanceof HTMLButtonElement;

const isUndoOrRedo = (event: KeyboardEvent): boolean =>
  isExactShortcutMatch(event, 'z', CONTROL_OR_META) ||
  isExactShortcutMatch(event, 'z', { ...CONTROL_OR_META, shiftKey: true }) ||
  (!IS_APPLE && isExactShortcutMatch(event, 'y', { ctrlKey: true }));

/**
 * Keeps the body editor out of typing in a card's fields and buttons: it would otherwise take
 * Ctrl+A, Ctrl+B, copy or paste for its own selection, and Enter on a button for a new paragraph.
 * Undo and redo do reach it, because card edits are in the body's history. Returns the cleanup.
 */
export function isolateControls(card: HTMLElement): () => void {
  const listener = (event: Event) => {
    if (!isControl(event.target)) return;
    if (event instanceof KeyboardEvent && event.type === 'keydown' && isUndoOrRedo(event)) return;
    stopLexicalPropagation(event);
  };
  for (const name of EVENTS) card.addEventListener(name, listener);
  return () => {
    for (const name of EVENTS) card.removeEventListener(name, listener);
  };
}
