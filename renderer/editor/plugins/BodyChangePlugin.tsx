import { useEffect, useEffectEvent } from 'react';
import { HISTORY_MERGE_TAG, type EditorState } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { BLOCK_EDIT_TAG, LOAD_TAG } from '../commands';

/**
 * Reports each edit of the body. Not edits: our loads, selection-only moves, and the updates
 * Lexical itself tags history-merge (attaching the editor to the page, registering transforms);
 * card field edits are tagged history-merge too when they continue a run of typing, but are edits.
 */
export function BodyChangePlugin({ onChange }: { onChange: (state: EditorState) => void }) {
  const [editor] = useLexicalComposerContext();
  const report = useEffectEvent(onChange);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
        if (tags.has(LOAD_TAG) || (tags.has(HISTORY_MERGE_TAG) && !tags.has(BLOCK_EDIT_TAG))) return;
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        report(editorState);
      }),
    [editor],
  );

  return null;
}
