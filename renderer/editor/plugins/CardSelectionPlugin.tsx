import { useEffect } from 'react';
import {
  $createRangeSelectionFromDom,
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isNodeSelection,
  $setSelection,
  CLICK_COMMAND,
  COMMAND_PRIORITY_LOW,
  getDOMSelection,
} from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { BlockNode } from '../../blocks/shared/BlockNode';

/**
 * Clicking text while a card is selected puts the caret where the click was. Lexical learns of
 * the new caret from selectionchange, which does not fire when the page's caret was already
 * there (as it is after copying the card), and RichText then clears the card's selection to
 * nothing, so typing would land at the start of the article.
 */
export function CardSelectionPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          if (!$isNodeSelection($getSelection()) || !(event.target instanceof Node)) return false;
          if ($getNearestNodeFromDOMNode(event.target) instanceof BlockNode) return false;
          const caret = $createRangeSelectionFromDom(getDOMSelection(window), editor);
          if (!caret) return false;
          $setSelection(caret);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );

  return null;
}
