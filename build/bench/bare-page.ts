/// <reference lib="dom" />
// The baseline: a bare Lexical page with the same Lexical version as Copydesk and only the core
// rich-text nodes (paragraph, text, heading, quote) plus history. Bundled by the bench with
// esbuild and served like the renderer (same server, same CSP). The document arrives as
// window.__benchDoc, set by doc.js (the CSP forbids fetch), and is shown at once.
import { createEditor } from 'lexical';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { mergeRegister } from '@lexical/utils';

declare global {
  interface Window {
    __benchDoc?: string;
    /** What a save costs the bare page at the least: its editor state as JSON. */
    __benchSerialize?: () => string;
  }
}

const host = document.getElementById('editor')!;
const editor = createEditor({
  namespace: 'bare',
  nodes: [HeadingNode, QuoteNode],
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(host);
mergeRegister(registerRichText(editor), registerHistory(editor, createEmptyHistoryState(), 300));
if (window.__benchDoc) editor.setEditorState(editor.parseEditorState(window.__benchDoc));
window.__benchSerialize = () => JSON.stringify(editor.getEditorState().toJSON());
