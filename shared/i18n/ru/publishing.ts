import type { publishing as english } from '../en/publishing';
import type { RussianMessages } from '../messages';

export const publishing: RussianMessages<typeof english> = {};
