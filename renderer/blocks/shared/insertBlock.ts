import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isNodeSelection,
  $isParagraphNode,
  $isRangeSelection,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $insertNodeToNearestRoot } from '@lexical/utils';

function $selectionBlock(): LexicalNode | null {
  const selection = $getSelection();
  if ($isRangeSelection(selection)) return selection.focus.getNode().getTopLevelElement();
  if ($isNodeSelection(selection)) return selection.getNodes().at(-1)?.getTopLevelElement() ?? null;
  return null;
}

/**
 * Puts a card at the selection: in place of an empty paragraph (where "/" was typed), after a
 * selected card, or splitting the paragraph at the caret; at the end when nothing is selected.
 * A paragraph always follows, so writing can go on below it.
 */
export function $insertBlock(node: LexicalNode): void {
  const block = $selectionBlock();
  if (block === null) $getRoot().append(node);
  else if ($isParagraphNode(block) && block.isEmpty()) block.replace(node);
  else if ($isRangeSelection($getSelection())) $insertNodeToNearestRoot(node);
  else block.insertAfter(node);
  if (node.getNextSibling() === null) node.insertAfter($createParagraphNode());
  node.selectNext(0, 0);
}

/** Moves focus to the first field of a card that was just inserted, once React has drawn it. */
export function focusCardField(editor: LexicalEditor, key: string, attempts = 5): void {
  requestAnimationFrame(() => {
    const field = editor.getElementByKey(key)?.querySelector<HTMLElement>('textarea, input, [contenteditable="true"]');
    if (field) field.focus();
    else if (attempts > 1) focusCardField(editor, key, attempts - 1);
  });
}

/** Inserts a card made by `create` and puts the caret in its first field. */
export function insertCard(editor: LexicalEditor, create: () => LexicalNode, focusField = true): void {
  let key = '';
  editor.update(
    () => {
      const node = create();
      $insertBlock(node);
      key = node.getKey();
    },
    { onUpdate: () => (focusField ? focusCardField(editor, key) : editor.focus()) },
  );
}
