import { useEffect } from 'react';
import { getDOMSelection, mergeRegister } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';

interface DomPoints {
  anchorNode: Node | null;
  anchorOffset: number;
  focusNode: Node | null;
  focusOffset: number;
}

const NONE: DomPoints = { anchorNode: null, anchorOffset: 0, focusNode: null, focusOffset: 0 };

function read(selection: Selection | null): DomPoints {
  if (!selection) return NONE;
  const { anchorNode, anchorOffset, focusNode, focusOffset } = selection;
  return { anchorNode, anchorOffset, focusNode, focusOffset };
}

const same = (a: DomPoints, b: DomPoints): boolean =>
  a.anchorNode === b.anchorNode && a.anchorOffset === b.anchorOffset && a.focusNode === b.focusNode && a.focusOffset === b.focusOffset;

/**
 * Makes a key act where the caret is. Lexical learns that the browser moved the caret (a click,
 * Ctrl+End, the arrows) from `selectionchange`, which Chromium delivers as an ordinary task, after
 * input events already waiting: a quick Ctrl+End then Enter, or Ctrl+End then Ctrl+V, reached
 * Lexical while it still held the old caret, and split the paragraph that was clicked or pasted
 * over the whole selection. When a key arrives and the page's selection has moved since Lexical
 * last saw it, the pending `selectionchange` is delivered first, so Lexical's own handling runs.
 */
export function SelectionSyncPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    let known = NONE;
    const current = () => read(getDOMSelection(window));
    const remember = () => {
      known = current();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const root = editor.getRootElement();
      // Only keys for the body's own text: a card's fields and the caption keep their own carets.
      if (root === null || event.target !== root || editor.isComposing()) return;
      const now = current();
      if (same(now, known)) return;
      known = now;
      root.ownerDocument.dispatchEvent(new Event('selectionchange'));
    };
    document.addEventListener('selectionchange', remember);
    return mergeRegister(
      () => document.removeEventListener('selectionchange', remember),
      // Lexical has put its own selection on the page by the time an update is reported.
      editor.registerUpdateListener(remember),
      editor.registerRootListener((root) => {
        root?.addEventListener('keydown', onKeyDown, true);
        return () => root?.removeEventListener('keydown', onKeyDown, true);
      }),
    );
  }, [editor]);

  return null;
}
