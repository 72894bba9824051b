import type { EnglishMessages } from '../messages';

export const appeals = {} as const satisfies EnglishMessages;
