import { z } from 'zod';
import { Draft, DraftId, Timestamp } from '../article/draft';
import { WorkflowAction } from '../workflow/actions';
import { ReviewState } from '../workflow/review';
import { Role } from '../workflow/roles';
import { WorkflowState } from '../workflow/states';

const AccountId = z.uuid();
const ById = z.strictObject({ id: DraftId });
const ThreadId = z.uuid();

/** Who this Copydesk works as (Settings → You). A new profile is a reporter with no name. */
export const Person = z.strictObject({
  name: z.string().trim().max(200, 'the name is longer than 200 characters'),
  role: Role,
});
export type Person = z.infer<typeof Person>;

/** The article's copy on a CMS, once it was submitted there or opened from a review queue. */
export const ReviewLink = z.strictObject({
  accountId: AccountId,
  postId: z.int().positive(),
  /** The post's address on the site (a preview link until it is published). */
  url: z.string(),
  /** When the site last changed the post, as of our last push or pull. */
  remoteModifiedAt: Timestamp.nullable(),
});
export type ReviewLink = z.infer<typeof ReviewLink>;

/** A button the review bar may show: allowed, or refused with the reason (see shared/workflow/decide). */
export const ActionOptionView = z.strictObject({
  action: WorkflowAction,
  label: z.string(),
  noteRequired: z.boolean(),
  refusal: z.string().nullable(),
  overridable: z.boolean(),
});

export const ReviewView = z.strictObject({
  draftId: DraftId,
  review: ReviewState,
  options: z.array(ActionOptionView),
  link: ReviewLink.nullable(),
});
export type ReviewView = z.infer<typeof ReviewView>;

/** Headline, standfirst and body as they were at a moment of the review, for the diff view. */
export const ReviewSnapshot = z.strictObject({
  at: Timestamp,
  headline: z.string(),
  standfirst: z.string(),
  body: z.string(),
});
export type ReviewSnapshot = z.infer<typeof ReviewSnapshot>;

export const QueueItem = z.strictObject({
  accountId: AccountId,
  postId: z.int().positive(),
  headline: z.string(),
  state: WorkflowState,
  /** The reporter's name as their Copydesk gave it, else the CMS author's name. */
  author: z.string(),
  remoteModifiedAt: Timestamp.nullable(),
  openComments: z.int().nonnegative(),
  /** The local working copy, when this profile has one. */
  draftId: DraftId.nullable(),
});
export type QueueItem = z.infer<typeof QueueItem>;

const Note = z.string().max(4_000, 'the note is longer than 4,000 characters');
const CommentText = z.string().trim().min(1, 'the comment is empty').max(4_000, 'the comment is longer than 4,000 characters');

/**
 * The newsroom workflow. Every transition is decided in main against shared/workflow's action
 * table and written to the append-only audit log; a refusal is `not_allowed` with the reason.
 * For an article linked to a CMS post the change is pushed there first, and the CMS has the last
 * word (the companion plugin enforces approval).
 */
export const workflowChannels = {
  getPerson: { input: z.strictObject({}), output: Person },
  setPerson: { input: Person, output: Person },

  /**
   * The article's review state and the actions this person may take now. For a linked article the
   * options are narrowed by the CMS account's capabilities as last read (no request to the site).
   */
  getReview: { input: ById, output: ReviewView },
  /**
   * Takes a workflow action. `accountId` names the site to submit to the first time (the article
   * is then linked to its post); later pushes go to the linked post. Emits reviewChanged.
   * - Decided in main with the person's role narrowed by the account's capabilities (read from
   *   the site at each transition of a linked article); a refusal is `not_allowed` with the reason.
   * - A linked article is pushed first (text, photos, and the review with any comments made since
   *   the last push), with the post status its new state implies: pending while in review, draft
   *   when returned, spiked or withdrawn (withdrawing takes it off the site), published for a
   *   correction. Only then does anything change here; a site refusal is `bad_request` with the
   *   site's words, and a post changed on the site since the last push or pull is `conflict`
   *   (refreshReview, then try again). An article never submitted to a site moves on this
   *   computer alone.
   * - `publish` and `schedule` are `bad_request` here: they go through publishDraft.
   * - Correcting or withdrawing an article published without the site's review (a one-person
   *   newsroom) updates its post's text or status only.
   */
  transition: {
    input: z.strictObject({
      id: DraftId,
      action: WorkflowAction,
      note: Note,
      override: z.boolean().optional(),
      accountId: AccountId.optional(),
    }),
    output: ReviewView,
  },
  /**
   * Starts a thread on the text the renderer wrapped in a comment mark with this id (the body with
   * the mark is saved first). Comments, replies and resolutions stay on this computer until the
   * next push (a transition); they are refused (`not_allowed`) once the article is published or
   * withdrawn. An unknown thread is `not_found`; a thread id used twice is `bad_request`.
   */
  addComment: {
    input: z.strictObject({ id: DraftId, threadId: ThreadId, quote: z.string().max(2_000), text: CommentText }),
    output: ReviewView,
  },
  replyComment: { input: z.strictObject({ id: DraftId, threadId: ThreadId, text: CommentText }), output: ReviewView },
  /** `resolved: false` reopens the thread. */
  resolveComment: {
    input: z.strictObject({ id: DraftId, threadId: ThreadId, resolved: z.boolean() }),
    output: ReviewView,
  },
  /**
   * The article as it was when last submitted or approved (on this computer, or as pulled from the
   * site in that state); null when it never was here.
   */
  reviewSnapshot: {
    input: z.strictObject({ id: DraftId, since: z.enum(['submitted', 'approved']) }),
    output: ReviewSnapshot.nullable(),
  },
  /**
   * Articles waiting on this person in a site's review queue, by role: editors get the submitted
   * and in-edit ones, publishers and admins the approved ones as well, reporters the drafts
   * returned to them. `draftId` is this profile's working copy, if any. One page (100 posts).
   */
  reviewQueue: { input: z.strictObject({ accountId: AccountId }), output: z.array(QueueItem) },
  /**
   * Opens a queued article: makes or updates the local working copy from the site's copy (a local
   * copy with unsent changes is kept as a revision first). Emits draftChanged and reviewChanged.
   * The photos are brought from the site's media library. A post edited on the site since
   * Copydesk pushed it is read back from its markup (comment anchors are lost then; threads keep
   * their quotes). A post without a Copydesk review, or with a damaged one, is `bad_request` and
   * makes nothing. The article details (section, language, SEO…) do not travel: the copy has the
   * defaults.
   */
  openFromQueue: { input: z.strictObject({ accountId: AccountId, postId: z.int().positive() }), output: Draft },
  /**
   * Pulls the linked post's review state (comments, notes, audit log) from the site, the site's
   * audit log being the truth. Its text replaces this computer's only when it changed on the site
   * since the last push or pull (unsent local edits are kept as a revision first); replies and
   * threads not yet pushed are kept, whether a thread is resolved is the site's word. Emits
   * reviewChanged, and draftChanged when the text changed. `bad_request` for an article on no site.
   */
  refreshReview: { input: ById, output: ReviewView },
} as const;

export const workflowEvents = {
  reviewChanged: z.strictObject({ id: DraftId }),
} as const;
