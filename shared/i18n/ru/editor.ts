import type { editor as english } from '../en/editor';
import type { RussianMessages } from '../messages';

export const editor: RussianMessages<typeof english> = {};
