import { ArticleMeta } from '../../../shared/article/meta';

const MAX_TAGS = 30;
const MAX_TAG_CHARS = 60;

/** Tags as typed, comma-separated: trimmed, blanks and repeats (in any case) dropped, within limits. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim().slice(0, MAX_TAG_CHARS).trim();
    const key = tag.toLocaleLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags.slice(0, MAX_TAGS);
}

export const formatTags = (tags: readonly string[]): string => tags.join(', ');

/** Whether a typed slug can be saved as it is: the metadata schema decides. */
export const isValidSlug = (slug: string): boolean => ArticleMeta.shape.slug.safeParse(slug).success;
