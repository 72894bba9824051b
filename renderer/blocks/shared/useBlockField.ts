import { useState } from 'react';
import type { NodeKey } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { EDIT_BLOCK_COMMAND } from '../../editor/commands';

/**
 * One text field of a card. The field keeps what was typed in React state, since the node's new
 * value only comes back after Lexical's update has run; a change of the node from elsewhere (undo,
 * redo) replaces it.
 */
export function useBlockField(nodeKey: NodeKey, field: string, value: string): [string, (next: string) => void] {
  const [editor] = useLexicalComposerContext();
  const [local, setLocal] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setLocal(value);
  }
  const set = (next: string) => {
    setLocal(next);
    editor.dispatchCommand(EDIT_BLOCK_COMMAND, { key: nodeKey, field, patch: { [field]: next } });
  };
  return [local, set];
}
