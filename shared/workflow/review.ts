import { z } from 'zod';
import { Role } from './roles';
import { WorkflowAction } from './actions';
import { WorkflowState } from './states';

const Timestamp = z.int().nonnegative();
const Note = z.string().max(4_000, 'the note is longer than 4,000 characters');

/** Who did something: the person's name and role as set on their Copydesk, and their CMS login. */
export const Actor = z.strictObject({
  name: z.string().max(200),
  role: Role,
  /** The CMS user the action went through ('' when it never reached the CMS). */
  cmsUser: z.string().max(200),
});
export type Actor = z.infer<typeof Actor>;

/** One line of the append-only audit log. */
export const AuditEntry = z.strictObject({
  id: z.uuid(),
  at: Timestamp,
  actor: Actor,
  action: WorkflowAction,
  from: WorkflowState,
  to: WorkflowState,
  note: Note,
  /** An admin set a house rule aside (approval or open comments); the note says why. */
  override: z.boolean(),
  /** For `correct`: the correction's number, counting from 1. */
  correctionNumber: z.int().positive().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const CommentMessage = z.strictObject({
  id: z.uuid(),
  author: Actor,
  at: Timestamp,
  text: z.string().trim().min(1, 'the comment is empty').max(4_000, 'the comment is longer than 4,000 characters'),
});
export type CommentMessage = z.infer<typeof CommentMessage>;

/**
 * A review comment thread. Its id is the id of the Lexical mark that anchors it in the body;
 * `quote` keeps the text it was made on, so a thread whose anchor was deleted still makes sense.
 */
export const CommentThread = z.strictObject({
  id: z.uuid(),
  quote: z.string().max(2_000),
  messages: z.array(CommentMessage).min(1).max(500),
  resolved: z.boolean(),
  resolvedBy: Actor.nullable(),
  resolvedAt: Timestamp.nullable(),
});
export type CommentThread = z.infer<typeof CommentThread>;

/** Everything about an article's review, as kept locally and carried through the CMS. */
export const ReviewState = z.strictObject({
  state: WorkflowState,
  /** The state before it was spiked (restore goes back there); null otherwise. */
  previousState: WorkflowState.nullable(),
  correctionNumber: z.int().nonnegative(),
  approval: z.strictObject({ by: Actor, at: Timestamp }).nullable(),
  audit: z.array(AuditEntry).max(10_000),
  comments: z.array(CommentThread).max(2_000),
});
export type ReviewState = z.infer<typeof ReviewState>;

export const INITIAL_REVIEW: ReviewState = {
  state: 'draft',
  previousState: null,
  correctionNumber: 0,
  approval: null,
  audit: [],
  comments: [],
};

export const openThreads = (review: Pick<ReviewState, 'comments'>): number =>
  review.comments.filter((thread) => !thread.resolved).length;
