import { z } from 'zod';

/** What a Copydesk installation works as. Shown in the title bar; chosen in Settings. */
export const Role = z.enum(['reporter', 'editor', 'publisher', 'admin']);
export type Role = z.infer<typeof Role>;

export const Privilege = z.enum([
  'create',
  'submit',
  'editOthers',
  'return',
  'approve',
  'publish',
  'schedule',
  'correct',
  'withdraw',
  'spike',
  'editAppeals',
  'manageAccounts',
  /** Publish without approval, or with comments open, when a note says why. */
  'override',
]);
export type Privilege = z.infer<typeof Privilege>;

const ALL = Privilege.options;

/** A role is a named set of privileges. */
export const ROLE_PRIVILEGES: Readonly<Record<Role, readonly Privilege[]>> = {
  reporter: ['create', 'submit'],
  editor: ['create', 'submit', 'editOthers', 'return', 'approve', 'spike', 'editAppeals'],
  publisher: ['create', 'submit', 'editOthers', 'return', 'publish', 'schedule', 'correct', 'withdraw', 'spike'],
  admin: ALL,
};

/**
 * What the CMS account lets its user do, as the connection doctor read it. Null when unknown
 * (no account yet, or offline): the local role decides alone, and the CMS refuses what it must.
 */
export interface CmsCapabilities {
  /** WordPress `publish_posts` (a contributor has not). */
  canPublish: boolean;
  /** WordPress `edit_others_posts` (an editor or administrator). */
  canEditOthers: boolean;
}

const NEEDS_PUBLISH: readonly Privilege[] = ['publish', 'schedule', 'correct', 'withdraw'];
const NEEDS_EDIT_OTHERS: readonly Privilege[] = ['editOthers', 'return', 'approve', 'spike', 'override'];

/** The role's privileges, narrowed by the CMS account's own capabilities where they are known. */
export function effectivePrivileges(role: Role, cms: CmsCapabilities | null): ReadonlySet<Privilege> {
  return new Set(
    ROLE_PRIVILEGES[role].filter(
      (privilege) =>
        !cms ||
        ((cms.canPublish || !NEEDS_PUBLISH.includes(privilege)) &&
          (cms.canEditOthers || !NEEDS_EDIT_OTHERS.includes(privilege))),
    ),
  );
}
