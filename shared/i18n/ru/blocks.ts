import type { blocks as english } from '../en/blocks';
import type { RussianMessages } from '../messages';

export const blocks: RussianMessages<typeof english> = {};
