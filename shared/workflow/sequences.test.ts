import fc from 'fast-check';
import { expect, test } from 'vitest';
import { WorkflowAction } from './actions';
import { applyTransition, decide } from './decide';
import { INITIAL_REVIEW, ReviewState, type AuditEntry } from './review';
import { Role, type CmsCapabilities } from './roles';
import { PEOPLE, thread, uuid } from './testing/reviews';

// Room for a busy machine: these run many cases; nothing in them is timed.
const LONG_RUN = { timeout: 30_000 };

const SEQUENCES = 1_000;

// shared/ compiles without DOM or Node types; the tests run in Node, which has a console.
declare const console: { log(message: string): void };

/** One thing someone does to the article: maybe a comment first, then a workflow request. */
const step = fc.record({
  role: fc.constantFrom(...Role.options),
  cms: fc.constantFrom<CmsCapabilities | null>(null, null, { canPublish: true, canEditOthers: true }, { canPublish: true, canEditOthers: false }, { canPublish: false, canEditOthers: false }),
  action: fc.constantFrom(...WorkflowAction.options),
  note: fc.constantFrom('', '  ', 'Checked with the lawyer.', 'Уточните цифры.'),
  override: fc.boolean(),
  comment: fc.constantFrom('none', 'none', 'open', 'resolveOne', 'resolveAll'),
});

const sequences = fc.array(step, { minLength: 1, maxLength: 60, size: 'max' });

function withComment(review: ReviewState, comment: string, id: number): ReviewState {
  const open = review.comments.findIndex((candidate) => !candidate.resolved);
  switch (comment) {
    case 'open':
      return { ...review, comments: [...review.comments, thread(id, false)] };
    case 'resolveOne':
      return open === -1 ? review : { ...review, comments: review.comments.map((candidate, index) => (index === open ? { ...candidate, resolved: true } : candidate)) };
    case 'resolveAll':
      return { ...review, comments: review.comments.map((candidate) => ({ ...candidate, resolved: true })) };
    default:
      return review;
  }
}

/**
 * Freezes what is new in a review (what was frozen before stays so): any later write to it, by
 * decide or applyTransition, throws rather than passing unseen.
 */
function frozen<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const member of Object.values(value)) frozen(member);
  return Object.freeze(value);
}

/** Whether the audit shows an approval since the last time the article went back to its reporter. */
function approvedSinceReturn(audit: readonly AuditEntry[]): boolean {
  const lastReturn = audit.findLastIndex((entry) => entry.action === 'return');
  return audit.slice(lastReturn + 1).some((entry) => entry.action === 'approve');
}

test(`random action sequences keep the house rules (${SEQUENCES} sequences)`, LONG_RUN, () => {
  const counts = { sequences: 0, requests: 0, allowed: 0, refused: 0, overrides: 0, live: 0 };
  fc.assert(
    fc.property(sequences, (steps) => {
      counts.sequences += 1;
      let review: ReviewState = frozen({ ...INITIAL_REVIEW, audit: [], comments: [] });
      let ids = 0;
      for (const { role, cms, action, note, override, comment } of steps) {
        // Frozen, so deciding (allowed or not) and applying cannot change a review in place.
        review = frozen(withComment(review, comment, (ids += 1)));
        const decision = decide({ role, cms, review }, { action, note, override });
        counts.requests += 1;
        if (!decision.ok) {
          counts.refused += 1;
          continue;
        }
        counts.allowed += 1;
        const next = applyTransition(review, decision, { id: uuid((ids += 1)), at: ids, actor: PEOPLE[role], note });
        const entry = next.audit.at(-1)!;

        // The audit grows by one line per transition and keeps the very lines it had.
        expect(next.audit).toHaveLength(review.audit.length + 1);
        review.audit.forEach((line, index) => expect(next.audit[index]).toBe(line));
        expect(entry).toMatchObject({ action, from: review.state, to: next.state, override: decision.override });

        // Nothing goes live or gets scheduled without an approval since the last return,
        // unless an admin overrode the rule with a note.
        if (next.state === 'published' || next.state === 'scheduled') {
          counts.live += 1;
          const overridden = entry.override && entry.actor.role === 'admin' && entry.note !== '';
          if (overridden) counts.overrides += 1;
          expect(approvedSinceReturn(next.audit) || overridden).toBe(true);
        }
        // An approval on record is exactly an approve since the last return.
        expect(next.approval !== null).toBe(approvedSinceReturn(next.audit));
        // Restoring goes back to where the article was when it was spiked.
        if (action === 'restore') {
          const spike = review.audit.findLast((line) => line.action === 'spike')!;
          expect(next.state).toBe(spike.from);
        }
        review = frozen(next);
      }
      // Only lines are ever added to the audit, so the last review holds every one to check.
      expect(ReviewState.safeParse(review).success).toBe(true);
    }),
    { numRuns: SEQUENCES },
  );
  console.log(
    `[workflow] ${counts.sequences} random sequences, ${counts.requests} requests: ${counts.allowed} allowed, ${counts.refused} refused; ` +
      `${counts.live} reached published or scheduled, ${counts.overrides} of them by an admin override`,
  );
  expect(counts.sequences).toBeGreaterThanOrEqual(SEQUENCES);
  expect(counts.live).toBeGreaterThan(0);
  expect(counts.overrides).toBeGreaterThan(0);
});
