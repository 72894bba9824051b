import type { EnglishMessages } from '../messages';

export const desktop = {} as const satisfies EnglishMessages;
