import type { LexicalEditor } from 'lexical';

/**
 * Whether the editor is on screen. The workspace stays mounted behind Settings and the other
 * screens (it holds the draft as typed), and commands that show something in it wait until it is.
 */
export function isEditorShown(editor: LexicalEditor): boolean {
  const root = editor.getRootElement();
  return root !== null && root.closest('[hidden]') === null;
}
