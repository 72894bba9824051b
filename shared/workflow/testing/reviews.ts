// Reviews, people and comment threads for the workflow tests, built the way main keeps them.
import { applyTransition, decide, type DecisionContext, type TransitionRequest } from '../decide';
import { INITIAL_REVIEW, type Actor, type CommentThread, type ReviewState } from '../review';
import type { CmsCapabilities, Role } from '../roles';
import type { WorkflowState } from '../states';

/** A valid v4 UUID per number, so that audit lines and threads pass their schemas. */
export const uuid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export const PEOPLE: Readonly<Record<Role, Actor>> = {
  reporter: { name: 'Анна Смирнова', role: 'reporter', cmsUser: 'anna' },
  editor: { name: 'Tom Baker', role: 'editor', cmsUser: 'tom' },
  publisher: { name: 'Maria Lopez', role: 'publisher', cmsUser: 'maria' },
  admin: { name: 'Sam Reed', role: 'admin', cmsUser: 'sam' },
};

/** WordPress roles as the connection doctor reads them. */
export const CMS: Readonly<Record<'contributor' | 'author' | 'editor', CmsCapabilities>> = {
  contributor: { canPublish: false, canEditOthers: false },
  author: { canPublish: true, canEditOthers: false },
  editor: { canPublish: true, canEditOthers: true },
};

const APPROVED_AT = 1_741_000_000_000;

/** States that are only reached after an editor approved the article. */
const AFTER_APPROVAL: readonly WorkflowState[] = ['approved', 'scheduled', 'published', 'corrected', 'withdrawn'];

/**
 * A review sitting in `state` as the workflow would have left it: approved states carry an
 * approval, a spiked article remembers it was in edit. No comments.
 */
export function reviewIn(state: WorkflowState): ReviewState {
  return {
    ...INITIAL_REVIEW,
    state,
    previousState: state === 'spiked' ? 'in_edit' : null,
    correctionNumber: state === 'corrected' ? 1 : 0,
    approval: AFTER_APPROVAL.includes(state) ? { by: PEOPLE.editor, at: APPROVED_AT } : null,
  };
}

export function thread(id: number, resolved: boolean, text = 'Source for this figure?'): CommentThread {
  return {
    id: uuid(id),
    quote: 'winds of up to 90mph',
    messages: [{ id: uuid(id + 1_000_000), author: PEOPLE.editor, at: APPROVED_AT, text }],
    resolved,
    resolvedBy: resolved ? PEOPLE.reporter : null,
    resolvedAt: resolved ? APPROVED_AT + 1 : null,
  };
}

/** Decides and, when allowed, applies: the review after the request, or the refusal. */
export function act(ctx: DecisionContext, request: TransitionRequest, stampId = 1) {
  const decision = decide(ctx, request);
  if (!decision.ok) return { decision, review: ctx.review };
  const stamp = { id: uuid(stampId), at: APPROVED_AT + stampId, actor: PEOPLE[ctx.role], note: request.note };
  return { decision, review: applyTransition(ctx.review, decision, stamp) };
}
