import type { LexicalEditor, NodeKey } from 'lexical';
import type { ArticleMatch } from './articleMatches';

// Painted with the CSS Custom Highlight API (styled by ::highlight() in desktop.css): nothing is
// added to the editor's DOM or its state, so showing matches can neither be undone nor saved.
const ALL = 'copydesk-find-match';
const CURRENT = 'copydesk-find-current';

const highlightsAvailable = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

function textOf(editor: LexicalEditor, key: NodeKey): Text | null {
  const element = editor.getElementByKey(key);
  if (!element) return null;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

/** The DOM range a match covers now, or null when its nodes are not on screen (yet). */
export function rangeOf(editor: LexicalEditor, match: ArticleMatch): Range | null {
  const first = match.parts[0];
  const last = match.parts[match.parts.length - 1];
  if (!first || !last) return null;
  const start = textOf(editor, first.key);
  const end = textOf(editor, last.key);
  if (!start || !end || first.from > start.length || last.to > end.length) return null;
  const range = document.createRange();
  range.setStart(start, first.from);
  range.setEnd(end, last.to);
  return range;
}

/** Marks every match, the current one apart; returns the current one's range to scroll to. */
export function paintMatches(editor: LexicalEditor, matches: readonly ArticleMatch[], current: number): Range | null {
  const ranges = matches.map((match) => rangeOf(editor, match));
  if (highlightsAvailable()) {
    CSS.highlights.set(ALL, new Highlight(...ranges.filter((range, index): range is Range => range !== null && index !== current)));
    const currentRange = ranges[current];
    if (currentRange) CSS.highlights.set(CURRENT, new Highlight(currentRange));
    else CSS.highlights.delete(CURRENT);
  }
  return ranges[current] ?? null;
}

export function clearMatches(): void {
  if (!highlightsAvailable()) return;
  CSS.highlights.delete(ALL);
  CSS.highlights.delete(CURRENT);
}
