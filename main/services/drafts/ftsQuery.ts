// A search box is typed into by people, not written in FTS5's query language: every word is
// quoted so that `"`, `*`, `-`, `OR`, `NEAR(` and the like are searched for as text, never parsed.

/** Enough for any real search; bounds the work a pasted paragraph can cause. */
const MAX_TERMS = 16;

// Words with no letter or digit are all separators to the unicode61 tokenizer: they cannot match.
const SEARCHABLE = /[\p{L}\p{N}]/u;

/**
 * The FTS5 MATCH expression for what the user typed: every word must appear, each as a prefix
 * ("ferr" finds "ferry"). Null when nothing in the input can match.
 */
export function toFtsQuery(input: string): string | null {
  const terms = input
    .split(/\s+/u)
    .filter((word) => SEARCHABLE.test(word))
    .slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  return terms.map((word) => `"${word.replaceAll('"', '""')}"*`).join(' AND ');
}
