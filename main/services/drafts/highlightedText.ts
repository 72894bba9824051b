import type { HighlightedText } from '../../../shared/article/draft';

// FTS5's highlight() and snippet() wrap matches in these: private-use characters, which prose does
// not contain, so that no markup has to be built from (and escaped out of) draft text.
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

/** About two lines of a list row. */
export const SNIPPET_CHARS = 160;

const oneLine = (text: string): string => text.replace(/\s+/gu, ' ').trim();

function pushSegment(segments: HighlightedText, text: string, match: boolean): void {
  if (text === '') return;
  const last = segments.at(-1);
  if (last && last.match === match) last.text += text;
  else segments.push({ text, match });
}

/** Plain text as segments: none when the text is empty. */
export function plainSegments(text: string): HighlightedText {
  const segments: HighlightedText = [];
  pushSegment(segments, text, false);
  return segments;
}

/** Turns FTS5 output with MATCH_START/MATCH_END markers into segments, on one line. */
export function segmentsFromMarked(marked: string): HighlightedText {
  const segments: HighlightedText = [];
  let match = false;
  for (const part of oneLine(marked).split(/([\uE000\uE001])/u)) {
    if (part === MATCH_START) match = true;
    else if (part === MATCH_END) match = false;
    else pushSegment(segments, part, match);
  }
  return segments;
}

/** The start of the standfirst, or of the body when there is none, cut at a word. */
export function leadSnippet(standfirst: string, bodyStart: string): HighlightedText {
  const text = oneLine(standfirst) || oneLine(bodyStart);
  if (text.length <= SNIPPET_CHARS) return plainSegments(text);
  const cut = text.slice(0, SNIPPET_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  // A single very long word (a URL, say) is cut where it is rather than dropped.
  const end = lastSpace > SNIPPET_CHARS / 2 ? lastSpace : SNIPPET_CHARS;
  return plainSegments(`${cut.slice(0, end).trimEnd()}…`);
}
