import { ACTION_TABLE, ruleFor, type ActionRule, type Guard, type WorkflowAction } from './actions';
import { openThreads, type Actor, type ReviewState } from './review';
import { effectivePrivileges, ROLE_PRIVILEGES, Role, type CmsCapabilities, type Privilege } from './roles';
import { STATE_LABELS, type WorkflowState } from './states';

export interface DecisionContext {
  role: Role;
  /** The CMS account's capabilities when known; the narrower of it and the role wins. */
  cms: CmsCapabilities | null;
  review: ReviewState;
}

export interface TransitionRequest {
  action: WorkflowAction;
  note: string;
  /** An admin asks to set aside the house rules this action would break; needs a note. */
  override?: boolean;
}

export type RefusalCode = 'not_allowed' | 'wrong_state' | 'note_required' | 'needs_approval' | 'comments_open';

export type Decision =
  | { ok: true; rule: ActionRule; from: WorkflowState; to: WorkflowState; override: boolean }
  | { ok: false; code: RefusalCode; reason: string };

const PRIVILEGE_WORDS: Readonly<Record<Privilege, string>> = {
  create: 'create articles',
  submit: 'submit articles',
  editOthers: "edit others' articles",
  return: 'return articles to the reporter',
  approve: 'approve articles',
  publish: 'publish',
  schedule: 'schedule articles',
  correct: 'publish corrections',
  withdraw: 'withdraw articles',
  spike: 'spike articles',
  editAppeals: 'edit the appeals library',
  manageAccounts: 'manage CMS accounts',
  override: 'override house rules',
};

const withArticle = (word: string): string => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

const rolesWith = (privilege: Privilege): string =>
  withArticle(Role.options.filter((role) => ROLE_PRIVILEGES[role].includes(privilege)).join(' or '));

function guardProblem(guard: Guard, review: ReviewState): { code: RefusalCode; reason: string } | null {
  if (guard === 'approved') {
    // The approval on record counts, not the state alone: an article an admin scheduled by
    // override is scheduled (and, unscheduled, approved) without anyone having approved it.
    const approvedState = review.state === 'approved' || review.state === 'scheduled';
    if (approvedState && review.approval) return null;
    const why = approvedState ? 'no editor’s approval is on record' : `it is ${STATE_LABELS[review.state].toLowerCase()}`;
    return { code: 'needs_approval', reason: `it needs approval first (${why})` };
  }
  const open = openThreads(review);
  return open === 0 ? null : { code: 'comments_open', reason: `${open} review comment${open === 1 ? ' is' : 's are'} still open` };
}

/** Whether `role` may take `action` now, and where it leads; a refusal says why in plain words. */
export function decide(ctx: DecisionContext, request: TransitionRequest): Decision {
  const rule = ruleFor(request.action);
  const { review } = ctx;
  const privileges = effectivePrivileges(ctx.role, ctx.cms);
  if (!privileges.has(rule.privilege)) {
    const byRole = ROLE_PRIVILEGES[ctx.role].includes(rule.privilege);
    return {
      ok: false,
      code: 'not_allowed',
      reason: byRole
        ? `Your CMS account may not ${PRIVILEGE_WORDS[rule.privilege]}, so Copydesk will not either.`
        : `${withArticle(ctx.role).replace(/^a/, 'A')} may not ${PRIVILEGE_WORDS[rule.privilege]}: that needs ${rolesWith(rule.privilege)}.`,
    };
  }
  if (!rule.from.includes(review.state)) {
    return {
      ok: false,
      code: 'wrong_state',
      reason: `"${rule.label}" is not possible while the article is ${STATE_LABELS[review.state].toLowerCase()}.`,
    };
  }
  const note = request.note.trim();
  if (rule.noteRequired && !note) return { ok: false, code: 'note_required', reason: `"${rule.label}" needs a note.` };
  const problems = rule.guards.flatMap((guard) => guardProblem(guard, review) ?? []);
  if (problems.length === 0) {
    return { ok: true, rule, from: review.state, to: targetOf(rule, review), override: false };
  }
  const first = problems[0]!;
  if (!request.override) {
    return { ok: false, code: first.code, reason: `Cannot ${rule.label.toLowerCase()}: ${problems.map((p) => p.reason).join(', and ')}.` };
  }
  if (!privileges.has('override')) {
    const who = ROLE_PRIVILEGES[ctx.role].includes('override') ? `Your CMS account may not ${PRIVILEGE_WORDS.override}` : 'Only an admin may override';
    return { ok: false, code: 'not_allowed', reason: `${who}: ${problems.map((p) => p.reason).join(', and ')}.` };
  }
  if (!note) return { ok: false, code: 'note_required', reason: 'An override needs a note saying why.' };
  return { ok: true, rule, from: review.state, to: targetOf(rule, review), override: true };
}

const targetOf = (rule: ActionRule, review: ReviewState): WorkflowState =>
  rule.to === 'previous' ? (review.previousState ?? 'draft') : rule.to;

export interface TransitionStamp {
  id: string;
  at: number;
  actor: Actor;
  note: string;
}

/** The review after an allowed transition: the new state and one more audit line. Pure. */
export function applyTransition(review: ReviewState, decision: Extract<Decision, { ok: true }>, stamp: TransitionStamp): ReviewState {
  const { action } = decision.rule;
  const correctionNumber = action === 'correct' ? review.correctionNumber + 1 : review.correctionNumber;
  return {
    ...review,
    state: decision.to,
    previousState: action === 'spike' ? review.state : action === 'restore' ? null : review.previousState,
    correctionNumber,
    approval:
      action === 'approve' ? { by: stamp.actor, at: stamp.at } : action === 'return' ? null : review.approval,
    audit: [
      ...review.audit,
      {
        id: stamp.id,
        at: stamp.at,
        actor: stamp.actor,
        action,
        from: decision.from,
        to: decision.to,
        note: stamp.note.trim(),
        override: decision.override,
        correctionNumber: action === 'correct' ? correctionNumber : null,
      },
    ],
  };
}

export interface ActionOption {
  action: WorkflowAction;
  label: string;
  noteRequired: boolean;
  /** Null when allowed; otherwise why not (still worth showing, greyed, for some refusals). */
  refusal: string | null;
  /** Refused only by a house rule this person may override with a note. */
  overridable: boolean;
}

/** The actions that make sense from the current state, for buttons: allowed ones and why others are not. */
export function actionOptions(ctx: DecisionContext): ActionOption[] {
  return ACTION_TABLE.filter((rule) => rule.from.includes(ctx.review.state)).map((rule) => {
    const plain = decide(ctx, { action: rule.action, note: 'note' });
    const overridden = plain.ok ? plain : decide(ctx, { action: rule.action, note: 'note', override: true });
    return {
      action: rule.action,
      label: rule.label,
      noteRequired: rule.noteRequired,
      refusal: plain.ok ? null : plain.reason,
      overridable: !plain.ok && overridden.ok,
    };
  });
}
