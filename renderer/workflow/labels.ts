import type { Role } from '../../shared/workflow/roles';

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  reporter: 'Reporter',
  editor: 'Editor',
  publisher: 'Publisher',
  admin: 'Admin',
};

/** What each role may do, in the words a newsroom uses, for Settings → You. */
export const ROLE_SUMMARIES: Readonly<Record<Role, string>> = {
  reporter: 'Writes articles and submits them for review.',
  editor: 'Edits others’ articles, returns them to the reporter or approves them, spikes them, and keeps the appeals library.',
  publisher: 'Publishes, schedules, corrects and withdraws approved articles; can also edit and return them.',
  admin: 'Everything, including publishing without approval or with comments open, when a note says why.',
};
