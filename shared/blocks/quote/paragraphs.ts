/** A quote's paragraphs: its text split at new lines; an empty quote has none. */
export const quoteParagraphs = (text: string): string[] => (text === '' ? [] : text.split('\n'));
