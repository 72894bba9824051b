import type { EnglishMessages } from '../messages';

export const editor = {} as const satisfies EnglishMessages;
