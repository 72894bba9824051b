import { createCommand, type LexicalCommand, type NodeKey } from 'lexical';

/** Asks the link dialog to open for the current selection (toolbar button, Ctrl/Cmd+K). */
export const OPEN_LINK_DIALOG_COMMAND: LexicalCommand<void> = createCommand('OPEN_LINK_DIALOG_COMMAND');

/** Opens the toolbar's Insert block menu with its first item focused (Article → Insert Block…). */
export const OPEN_INSERT_MENU_COMMAND: LexicalCommand<void> = createCommand('OPEN_INSERT_MENU_COMMAND');

/** Tags the updates that load a draft, so they are neither saved nor undoable. */
export const LOAD_TAG = 'copydesk-load';

/** A change to one field of a card; typing into the same field in a run is one undo step. */
export interface BlockEdit {
  key: NodeKey;
  field: string;
  patch: object;
}
/** Tags card field edits: they are edits even when merged into the previous history entry. */
export const BLOCK_EDIT_TAG = 'copydesk-block-edit';
export const EDIT_BLOCK_COMMAND: LexicalCommand<BlockEdit> = createCommand('EDIT_BLOCK_COMMAND');

/** Asks for the image file picker; it has to open within the click or key press that asked. */
export const OPEN_IMAGE_PICKER_COMMAND: LexicalCommand<void> = createCommand('OPEN_IMAGE_PICKER_COMMAND');

/** Image files to import and insert as figures at the selection (picker, drop or paste). */
export const INSERT_IMAGE_FILES_COMMAND: LexicalCommand<File[]> = createCommand('INSERT_IMAGE_FILES_COMMAND');

/** Something the reporter must see about an editing action that did not happen (role alert). */
export const SHOW_EDITOR_ALERT_COMMAND: LexicalCommand<string> = createCommand('SHOW_EDITOR_ALERT_COMMAND');
