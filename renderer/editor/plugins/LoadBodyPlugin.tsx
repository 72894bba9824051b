import { useEffectEvent, useLayoutEffect } from 'react';
import {
  $createParagraphNode,
  $getRoot,
  CLEAR_HISTORY_COMMAND,
  HISTORY_MERGE_TAG,
  type EditorState,
} from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { errorMessage } from '../../api/unwrap';
import { $ensureCaretLine } from '../caretLine';
import { LOAD_TAG } from '../commands';
import type { EditorErrors } from '../editorErrors';

export type LoadResult = { ok: true; state: EditorState } | { ok: false; message: string };

/**
 * Puts a stored body into the editor each time `loadId` changes, as a fresh start: the load is
 * tagged so it is not saved back, and the undo history begins at the loaded text.
 */
export function LoadBodyPlugin({
  body,
  loadId,
  errors,
  onLoaded,
}: {
  body: string;
  loadId: number;
  errors: EditorErrors;
  onLoaded: (result: LoadResult) => void;
}) {
  const [editor] = useLexicalComposerContext();
  const report = useEffectEvent(onLoaded);

  useLayoutEffect(() => {
    try {
      // Lexical needs a block to put the caret in: a new draft's body has none, and a body that
      // ends with a card has none below it.
      const state = errors.rethrowing(() => editor.parseEditorState(body, $ensureCaretLine));
      editor.setEditorState(state, { tag: LOAD_TAG });
      editor.setEditable(true);
      report({ ok: true, state: editor.getEditorState() });
    } catch (error) {
      // A body this editor cannot read is left untouched in storage and shown as unavailable,
      // rather than being replaced by whatever the editor could make of it.
      editor.update(() => $getRoot().clear().append($createParagraphNode()), {
        discrete: true,
        tag: [LOAD_TAG, HISTORY_MERGE_TAG],
      });
      editor.setEditable(false);
      report({ ok: false, message: errorMessage(error) });
    }
    editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
  }, [editor, errors, body, loadId]);

  return null;
}
