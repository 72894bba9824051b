import type { HighlightedText } from '../../../shared/article/draft';

// FTS5's highlight() and snippet() wrap matches in these: private-use characters, which prose does
// not contain, so that no markup has to be built from (and escaped out of) draft text.
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

/** About two lines of a list row. */
export const SNIPPET_CHARS = 160;

/** Whitespace that oneLine() would change: anything but a lone space. Most text has none. */
const NOT_ONE_LINE = /[^\S ]| {2}/u;
const oneLine = (text: string): string => (NOT_ONE_LINE.test(text) ? text.replace(/\s+/gu, ' ') : text).trim();

/**
 * Every character `\s` matches, for SQL that must tell as oneLine() does whether a text is blank
 * (trim(text, BLANK_CHARS) = ''): tab, line feed, vertical tab, form feed, carriage return, and
 * Unicode's spaces and line and paragraph separators. None is a quote, so it fits in a SQL string.
 */
export const BLANK_CHARS = String.fromCodePoint(
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680,
  ...Array.from({ length: 11 }, (_, i) => 0x2000 + i),
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
);

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
