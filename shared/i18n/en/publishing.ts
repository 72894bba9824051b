import type { EnglishMessages } from '../messages';

export const publishing = {} as const satisfies EnglishMessages;
