import { useEffect } from 'react';
import {
  $addUpdateTag,
  $getNodeByKey,
  COMMAND_PRIORITY_EDITOR,
  HISTORY_MERGE_TAG,
  HISTORY_PUSH_TAG,
  mergeRegister,
} from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { BlockNode } from '../../blocks/shared/BlockNode';
import { BLOCK_EDIT_TAG, EDIT_BLOCK_COMMAND } from '../commands';

// The same pause Lexical's history uses to end a run of typing.
const RUN_MS = 1_000;

/**
 * Applies card field edits as ordinary editor updates, so undo and autosave see them. Keystrokes in
 * one field follow each other into one history entry, as typing in a paragraph does; anything else
 * that changes the document in between ends the run.
 */
export function BlockEditPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    let run: { key: string; field: string; at: number } | null = null;
    return mergeRegister(
      editor.registerCommand(
        EDIT_BLOCK_COMMAND,
        ({ key, field, patch }) => {
          const node = $getNodeByKey(key);
          if (!(node instanceof BlockNode)) return false;
          const now = Date.now();
          const continues = run !== null && run.key === key && run.field === field && now - run.at < RUN_MS;
          $addUpdateTag(continues ? HISTORY_MERGE_TAG : HISTORY_PUSH_TAG);
          $addUpdateTag(BLOCK_EDIT_TAG);
          node.setData(patch);
          run = { key, field, at: now };
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerUpdateListener(({ tags, dirtyElements, dirtyLeaves }) => {
        if (!tags.has(BLOCK_EDIT_TAG) && (dirtyElements.size > 0 || dirtyLeaves.size > 0)) run = null;
      }),
    );
  }, [editor]);

  return null;
}
