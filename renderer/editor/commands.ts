import { createCommand, type LexicalCommand } from 'lexical';

/** Asks the link dialog to open for the current selection (toolbar button, Ctrl/Cmd+K). */
export const OPEN_LINK_DIALOG_COMMAND: LexicalCommand<void> = createCommand('OPEN_LINK_DIALOG_COMMAND');

/** Tags the updates that load a draft, so they are neither saved nor undoable. */
export const LOAD_TAG = 'copydesk-load';
