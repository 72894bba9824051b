import type { EnglishMessages } from '../messages';

export const app = {} as const satisfies EnglishMessages;
