import { COMMENT_SHORTCUT } from './CommentButton';
import { MessageForm } from './MessageForm';
import { ThreadCard } from './ThreadCard';
import type { Comments } from './useComments';
import './comments.css';

export const COMMENTS_PANEL_ID = 'comments-panel';

function openCountText(open: number, total: number): string {
  if (total === 0) return '';
  if (open === 0) return 'All resolved';
  return `${open} open`;
}

/** The review comments on the open draft, in the order their text is read, and the form for a new one. */
export function CommentsPanel({ comments }: { comments: Comments }) {
  const { threads, newComment, active, error } = comments;
  return (
    <section id={COMMENTS_PANEL_ID} className="side-panel comments-panel" aria-label="Comments">
      <div className="comments-head">
        <h2 className="panel-title">Comments</h2>
        <p className="comments-count" role="status">
          {openCountText(comments.openCount, threads.length)}
        </p>
      </div>
      {error && (
        <p className="list-note list-error" role="alert">
          Could not load the comments: {error}
        </p>
      )}
      {newComment && (
        <div className="new-comment" role="group" aria-label="New comment">
          <p className="thread-quote">“{newComment.quote}”</p>
          <MessageForm label="Comment" submitLabel="Save comment" onSubmit={comments.save} onCancel={comments.cancel} />
        </div>
      )}
      {threads.length === 0 && !newComment && !error && (
        <p className="list-note">No comments. Select words in the article and press Comment ({COMMENT_SHORTCUT}) to add one.</p>
      )}
      {threads.length > 0 && (
        <ol className="thread-list">
          {threads.map((entry) => (
            <ThreadCard key={entry.thread.id} entry={entry} active={entry.thread.id === active} comments={comments} />
          ))}
        </ol>
      )}
    </section>
  );
}
