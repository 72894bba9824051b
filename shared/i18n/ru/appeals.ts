import type { appeals as english } from '../en/appeals';
import type { RussianMessages } from '../messages';

export const appeals: RussianMessages<typeof english> = {};
