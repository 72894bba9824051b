import type { RangeSelection } from 'lexical';

/**
 * Pasted text without formatting: each non-blank line a paragraph of its own, blank lines only
 * separating them, as text from a mail or a chat window usually means.
 */
export function $insertPlainText(selection: RangeSelection, text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  lines.forEach((line, index) => {
    if (index > 0) selection.insertParagraph();
    selection.insertText(line);
  });
  return true;
}
