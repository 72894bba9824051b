import type { workflow as english } from '../en/workflow';
import type { RussianMessages } from '../messages';

export const workflow: RussianMessages<typeof english> = {};
