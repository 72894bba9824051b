import type { AppealBlock } from './schema';

/**
 * Nothing: an appeal's words are the newsroom's, not the reporter's, are the same in every
 * article, and live in the library rather than in the body, so they stay out of word counts
 * and search.
 */
export const appealText = (_block: AppealBlock): string[] => [];
