import { AppError } from '../../../shared/ipc/result';
import type { Actor, CommentMessage, CommentThread, ReviewState } from '../../../shared/workflow/review';
import { LIVE_STATES } from '../../../shared/workflow/states';

// Review comments as pure changes to a ReviewState. They stay on this computer until the next
// push (a transition), and never reach the post's content: only the review field carries them.

// The bounds of ReviewState's schema, which every answer is checked against.
const MAX_THREADS = 2_000;
const MAX_MESSAGES = 500;

/** Comments belong to the review before publication: a live or withdrawn article takes none. */
function requireOpenForComments(review: ReviewState): void {
  if (LIVE_STATES.includes(review.state) || review.state === 'withdrawn') {
    throw new AppError('not_allowed', 'Comments are for the review: this article is already published.');
  }
}

function requireThread(review: ReviewState, threadId: string): CommentThread {
  const thread = review.comments.find((t) => t.id === threadId);
  if (!thread) throw new AppError('not_found', 'This comment thread no longer exists.');
  return thread;
}

const replaceThread = (review: ReviewState, thread: CommentThread): ReviewState => ({
  ...review,
  comments: review.comments.map((t) => (t.id === thread.id ? thread : t)),
});

export function addThread(review: ReviewState, threadId: string, quote: string, message: CommentMessage): ReviewState {
  requireOpenForComments(review);
  if (review.comments.some((t) => t.id === threadId)) throw new AppError('bad_request', 'This comment thread already exists.');
  if (review.comments.length >= MAX_THREADS) throw new AppError('bad_request', `An article takes at most ${MAX_THREADS} comment threads.`);
  const thread: CommentThread = { id: threadId, quote, messages: [message], resolved: false, resolvedBy: null, resolvedAt: null };
  return { ...review, comments: [...review.comments, thread] };
}

export function reply(review: ReviewState, threadId: string, message: CommentMessage): ReviewState {
  requireOpenForComments(review);
  const thread = requireThread(review, threadId);
  if (thread.messages.length >= MAX_MESSAGES) throw new AppError('bad_request', `A thread takes at most ${MAX_MESSAGES} replies: start a new one.`);
  return replaceThread(review, { ...thread, messages: [...thread.messages, message] });
}

/** Resolves the thread, or reopens it with `resolved: false`; the same answer twice changes nothing. */
export function resolve(review: ReviewState, threadId: string, resolved: boolean, by: Actor, at: number): ReviewState {
  requireOpenForComments(review);
  const thread = requireThread(review, threadId);
  if (thread.resolved === resolved) return review;
  return replaceThread(review, { ...thread, resolved, resolvedBy: resolved ? by : null, resolvedAt: resolved ? at : null });
}

/**
 * The comments after a pull: the site's threads as they are there, with any reply this computer
 * has not pushed yet added back, and threads only this computer has kept at the end. Whether a
 * thread is resolved is the site's word. Nothing written here is ever dropped.
 */
export function mergeComments(local: readonly CommentThread[], site: readonly CommentThread[]): CommentThread[] {
  const merged = site.map((thread) => {
    const mine = local.find((t) => t.id === thread.id);
    const unsent = mine?.messages.filter((m) => !thread.messages.some((theirs) => theirs.id === m.id)) ?? [];
    if (unsent.length === 0) return thread;
    return { ...thread, messages: [...thread.messages, ...unsent].sort((a, b) => a.at - b.at) };
  });
  return [...merged, ...local.filter((thread) => !site.some((t) => t.id === thread.id))];
}
