/** Where a problem sits in a text, and the text found there. */
export interface TextMatch {
  index: number;
  length: number;
  found: string;
}

// Letters and digits of any script (JavaScript's \b only knows ASCII, so "ТК" needs these); a
// hyphen joins a word ("TK-421" is a name, not a marker).
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])(?<![\\p{L}\\p{N}]-)';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])(?!-[\\p{L}\\p{N}])';

/**
 * TK ("to come") and XX, in Latin or Cyrillic letters or a mix (a reporter on a Russian layout
 * types ТК), upper case and standing alone. Not "ТК РФ" (the Labour Code), and not XX as a
 * Roman numeral before a century word ("XX век", "XIX–XX вв.", "XX century").
 */
const MARKER = new RegExp(
  `${NOT_AFTER_WORD}(?:[TТ][KК](?:[TТ][KК])*(?!\\s+РФ)|[XХ]{2,}(?!(?:\\s*[–—-]\\s*[IVXLХ]+)?\\s*(?:век|вв?\\.|centur)))${NOT_BEFORE_WORD}`,
  'gu',
);
const LOREM = /lorem ipsum/giu;
// Bounded and free of nested repetition, so a huge text is read in one linear pass.
const BRACKETED = /\[([^[\]\n]{1,60})\]/gu;
const PLACEHOLDER_WORDS =
  /(?:^|[^\p{L}])(?:placeholder|insert|tbc|tbd|tk|todo|fixme|link|name|photo|quote|check|confirm|add|вставить|уточнить|ссылк[аиу]|добавить|проверить|фото|имя)(?:$|[^\p{L}])/iu;
const SHOUTED = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}\p{N}\s\-_/.:,!?]+$/u;

const matchesOf = (text: string, pattern: RegExp): TextMatch[] =>
  [...text.matchAll(pattern)].map((match) => ({ index: match.index, length: match[0].length, found: match[0] }));

/**
 * Placeholders left in copy: TK, XX, "lorem ipsum", and bracketed notes to self such as
 * "[NAME]", "[ФОТО]" or "[link to come]". Editorial insertions in quotes ("[the minister]",
 * "[sic]") are not placeholders.
 */
export function findPlaceholders(text: string): TextMatch[] {
  const bracketed = [...text.matchAll(BRACKETED)]
    .filter((match) => SHOUTED.test(match[1]!.trim()) || PLACEHOLDER_WORDS.test(match[1]!))
    .map((match) => ({ index: match.index, length: match[0].length, found: match[0] }));
  return [...matchesOf(text, MARKER), ...matchesOf(text, LOREM), ...bracketed].sort((a, b) => a.index - b.index);
}

/**
 * A straight single quote used as a quotation mark: one opening a word and a later one closing
 * a word. Apostrophes ("don't", "students'", "'90s") are left alone.
 */
const SINGLE_QUOTED = /(?<![\p{L}\p{N}'])'(?=[\p{L}\p{N}])[^'\n]*?[\p{L}\p{N}.,!?;:…]'(?![\p{L}\p{N}])/gu;

/** Straight double quotes, and straight single quotes used as quotation marks. */
export function findStraightQuotes(text: string): TextMatch[] {
  const singles = matchesOf(text, SINGLE_QUOTED).flatMap((match) => [
    { index: match.index, length: 1, found: "'" },
    { index: match.index + match.length - 1, length: 1, found: "'" },
  ]);
  return [...matchesOf(text, /"/g), ...singles].sort((a, b) => a.index - b.index);
}

/** Two or more spaces in a row (no-break spaces included). */
export const findDoubleSpaces = (text: string): TextMatch[] => matchesOf(text, /[ \u00a0]{2,}/g);
