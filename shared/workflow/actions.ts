import { z } from 'zod';
import type { Privilege } from './roles';
import type { WorkflowState } from './states';

export const WorkflowAction = z.enum([
  'submit',
  'startEdit',
  'return',
  'approve',
  'schedule',
  'unschedule',
  'publish',
  'correct',
  'withdraw',
  'spike',
  'restore',
]);
export type WorkflowAction = z.infer<typeof WorkflowAction>;

/**
 * A house rule an admin may set aside with a note (recorded as an override in the audit log):
 * `approved` — the article must be approved (or already scheduled) first;
 * `commentsResolved` — no review comment may be open.
 */
export type Guard = 'approved' | 'commentsResolved';

export interface ActionRule {
  action: WorkflowAction;
  /** The states the action may start from, overrides included. */
  from: readonly WorkflowState[];
  /** `previous`: back to the state before the article was spiked. */
  to: WorkflowState | 'previous';
  privilege: Privilege;
  guards: readonly Guard[];
  noteRequired: boolean;
  /** What a button says. */
  label: string;
}

const BEFORE_APPROVAL: readonly WorkflowState[] = ['draft', 'submitted', 'in_edit'];
const GOING_LIVE_FROM: readonly WorkflowState[] = [...BEFORE_APPROVAL, 'approved', 'scheduled'];

/** The whole workflow, one row per action. Everything else about transitions derives from it. */
export const ACTION_TABLE: readonly ActionRule[] = [
  { action: 'submit', from: ['draft'], to: 'submitted', privilege: 'submit', guards: [], noteRequired: false, label: 'Submit for review' },
  { action: 'startEdit', from: ['submitted'], to: 'in_edit', privilege: 'editOthers', guards: [], noteRequired: false, label: 'Start editing' },
  { action: 'return', from: ['submitted', 'in_edit', 'approved'], to: 'draft', privilege: 'return', guards: [], noteRequired: true, label: 'Return to reporter' },
  { action: 'approve', from: ['submitted', 'in_edit'], to: 'approved', privilege: 'approve', guards: [], noteRequired: false, label: 'Approve' },
  { action: 'schedule', from: GOING_LIVE_FROM.filter((s) => s !== 'scheduled'), to: 'scheduled', privilege: 'schedule', guards: ['approved', 'commentsResolved'], noteRequired: false, label: 'Schedule' },
  { action: 'unschedule', from: ['scheduled'], to: 'approved', privilege: 'schedule', guards: [], noteRequired: false, label: 'Unschedule' },
  { action: 'publish', from: GOING_LIVE_FROM, to: 'published', privilege: 'publish', guards: ['approved', 'commentsResolved'], noteRequired: false, label: 'Publish' },
  { action: 'correct', from: ['published', 'corrected'], to: 'corrected', privilege: 'correct', guards: [], noteRequired: true, label: 'Publish a correction' },
  { action: 'withdraw', from: ['scheduled', 'published', 'corrected'], to: 'withdrawn', privilege: 'withdraw', guards: [], noteRequired: true, label: 'Withdraw' },
  { action: 'spike', from: [...BEFORE_APPROVAL, 'approved'], to: 'spiked', privilege: 'spike', guards: [], noteRequired: false, label: 'Spike' },
  { action: 'restore', from: ['spiked'], to: 'previous', privilege: 'spike', guards: [], noteRequired: false, label: 'Restore' },
];

export const ruleFor = (action: WorkflowAction): ActionRule => {
  const rule = ACTION_TABLE.find((row) => row.action === action);
  if (!rule) throw new Error(`no rule for ${action}`);
  return rule;
};
