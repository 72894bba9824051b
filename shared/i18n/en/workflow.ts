import type { EnglishMessages } from '../messages';

export const workflow = {} as const satisfies EnglishMessages;
