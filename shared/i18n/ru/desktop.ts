import type { desktop as english } from '../en/desktop';
import type { RussianMessages } from '../messages';

export const desktop: RussianMessages<typeof english> = {};
