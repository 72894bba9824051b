import type { BlockOption } from '../../blocks/types';

const words = (title: string) => title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** How well an option answers the query: lower is better, null is not at all. */
function rank(option: Pick<BlockOption, 'title' | 'aliases'>, query: string): number | null {
  if (option.aliases.includes(query)) return 0;
  if (option.aliases.some((alias) => alias.startsWith(query))) return 1;
  if (words(option.title).some((word) => word.startsWith(query))) return 2;
  if (option.title.toLowerCase().includes(query)) return 3;
  return null;
}

/**
 * The options that match what was typed after "/", best first: an exact alias ("/pull"), then an
 * alias or a word of the title that starts with it. An empty query lists everything in order.
 */
export function filterBlocks<T extends Pick<BlockOption, 'title' | 'aliases'>>(options: readonly T[], query: string): T[] {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') return [...options];
  return options
    .map((option, index) => ({ option, index, rank: rank(option, wanted) }))
    .filter((entry): entry is { option: T; index: number; rank: number } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.option);
}
