import type { app as english } from '../en/app';
import type { RussianMessages } from '../messages';

export const app: RussianMessages<typeof english> = {};
