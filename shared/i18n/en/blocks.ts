import type { EnglishMessages } from '../messages';

export const blocks = {} as const satisfies EnglishMessages;
