import { z } from 'zod';

export const WorkflowState = z.enum([
  'draft',
  'submitted',
  'in_edit',
  'approved',
  'scheduled',
  'published',
  /** Published, with at least one public correction. */
  'corrected',
  'withdrawn',
  /** Killed; restorable to the state it had (ReviewState.previousState). */
  'spiked',
]);
export type WorkflowState = z.infer<typeof WorkflowState>;

/** States in which the article is live on the site. */
export const LIVE_STATES: readonly WorkflowState[] = ['published', 'corrected'];

export const STATE_LABELS: Readonly<Record<WorkflowState, string>> = {
  draft: 'Draft',
  submitted: 'Submitted',
  in_edit: 'In edit',
  approved: 'Approved',
  scheduled: 'Scheduled',
  published: 'Published',
  corrected: 'Corrected',
  withdrawn: 'Withdrawn',
  spiked: 'Spiked',
};
