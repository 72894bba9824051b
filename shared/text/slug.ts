/**
 * Russian letters in GOST 7.79-2000 system B, the scheme of Russian URLs and of WordPress's
 * Cyr-To-Lat. The standard's apostrophes (ъ ``, ы y`, ь `, э e`) cannot stand in a slug, so they
 * are dropped. ц is handled apart: the standard writes "c" before i, e, y and j, "cz" elsewhere.
 */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'j',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'x', ч: 'ch', ш: 'sh', щ: 'shh', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Latin letters that Unicode decomposition does not reduce to a plain letter. */
const LATIN: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Apostrophes join a word rather than split it: "don't" is "dont", not "don-t". */
const APOSTROPHES = /['’ʼ`]/g;

export const MAX_SLUG_LENGTH = 80;

function transliterate(text: string): string {
  const letters = [...text];
  let out = '';
  letters.forEach((letter, index) => {
    if (letter === 'ц') {
      const next = CYRILLIC[letters[index + 1] ?? ''] ?? letters[index + 1] ?? '';
      out += /^[eijy]/.test(next) ? 'c' : 'cz';
    } else {
      out += CYRILLIC[letter] ?? LATIN[letter] ?? letter;
    }
  });
  return out;
}

/** Cuts at the last word boundary within `max`, or mid-word when the first word is longer. */
function truncate(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const lastDash = cut.lastIndexOf('-');
  return (slug[max] === '-' || lastDash <= 0 ? cut : cut.slice(0, lastDash)).replace(/-+$/, '');
}

/**
 * A URL slug: lower-case ASCII letters and digits joined by single dashes, Cyrillic
 * transliterated, accents dropped, at most `max` characters. Text with no letters or digits gives "".
 */
export function slugify(text: string, max = MAX_SLUG_LENGTH): string {
  // Composed first, so that ё and й typed as a letter plus a combining mark stay one letter.
  const ascii = transliterate(text.normalize('NFC').toLowerCase().replace(APOSTROPHES, ''))
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return truncate(slug, max);
}
