import type { EditorState } from 'lexical';
import { bodyPlainText } from '../../shared/article/plainText';

/**
 * The body's words as the shared plain-text rendering reads them (captions, quotes and
 * attributions included, appeals not), so the count shown is the count of what is published.
 */
export const editorStateText = (state: EditorState | null): string => (state ? bodyPlainText(JSON.stringify(state.toJSON())) : '');
