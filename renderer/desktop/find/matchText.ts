export interface FindOptions {
  matchCase: boolean;
  /** Only where the query is a whole word: no letter, digit or mark right before or after it. */
  wholeWord: boolean;
}

/** A match in a string, as UTF-16 offsets: [start, end). */
export interface TextMatch {
  start: number;
  end: number;
}

// JavaScript's \b knows only ASCII, so a word character is defined by Unicode property, which
// treats Cyrillic like Latin. The query is never turned into a regular expression.
const ENDS_WITH_WORD_CHAR = /[\p{L}\p{N}\p{M}_]$/u;
const STARTS_WITH_WORD_CHAR = /^[\p{L}\p{N}\p{M}_]/u;

/**
 * `text` lowercased one character at a time, with the offset in `text` of every folded unit (and
 * of the end), so that a match in the folded text maps back exactly even where lowercasing
 * changes a length (İ becomes i̇).
 */
function folded(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const lower = char.toLowerCase();
    for (let unit = 0; unit < lower.length; unit++) origin.push(index);
    out += lower;
    index += char.length;
  }
  origin.push(text.length);
  return { text: out, origin };
}

const foldQuery = (query: string): string => [...query].map((char) => char.toLowerCase()).join('');

function isWholeWord(text: string, start: number, end: number): boolean {
  // Two UTF-16 units either side hold one whole character even outside the BMP.
  return !ENDS_WITH_WORD_CHAR.test(text.slice(Math.max(0, start - 2), start)) && !STARTS_WITH_WORD_CHAR.test(text.slice(end, end + 2));
}

/** Every non-overlapping occurrence of `query` in `text`, left to right. */
export function findInText(text: string, query: string, { matchCase, wholeWord }: FindOptions): TextMatch[] {
  if (query === '') return [];
  const haystack = matchCase ? { text, origin: null } : folded(text);
  const needle = matchCase ? query : foldQuery(query);
  const matches: TextMatch[] = [];
  let from = 0;
  for (;;) {
    const at = haystack.text.indexOf(needle, from);
    if (at === -1) return matches;
    const start = haystack.origin ? haystack.origin[at]! : at;
    const end = haystack.origin ? haystack.origin[at + needle.length]! : at + needle.length;
    if (!wholeWord || isWholeWord(text, start, end)) {
      matches.push({ start, end });
      from = at + needle.length;
    } else {
      from = at + 1;
    }
  }
}
