import type { Translate } from '../../../shared/i18n/translate';
import { useT } from '../../i18n/LocaleProvider';
import { COMMENT_SHORTCUT } from './CommentButton';
import { MessageForm } from './MessageForm';
import { ThreadCard } from './ThreadCard';
import type { Comments } from './useComments';
import './comments.css';

export const COMMENTS_PANEL_ID = 'comments-panel';

function openCountText(open: number, total: number, t: Translate): string {
  if (total === 0) return '';
  if (open === 0) return t('workflow.comments.allResolved');
  return t('workflow.comments.open', { count: open });
}

/** The review comments on the open draft, in the order their text is read, and the form for a new one. */
export function CommentsPanel({ comments }: { comments: Comments }) {
  const t = useT();
  const { threads, newComment, active, error } = comments;
  return (
    <section id={COMMENTS_PANEL_ID} className="side-panel comments-panel" aria-label={t('workflow.comments.panel')}>
      <div className="comments-head">
        <h2 className="panel-title">{t('workflow.comments.panel')}</h2>
        <p className="comments-count" role="status">
          {openCountText(comments.openCount, threads.length, t)}
        </p>
      </div>
      {error && (
        <p className="list-note list-error" role="alert">
          {t('workflow.comments.unreadable', { reason: error })}
        </p>
      )}
      {newComment && (
        <div className="new-comment" role="group" aria-label={t('workflow.comments.new')}>
          <p className="thread-quote">{t('workflow.comments.quoted', { quote: newComment.quote })}</p>
          <MessageForm label={t('workflow.comments.field')} submitLabel={t('workflow.comments.save')} onSubmit={comments.save} onCancel={comments.cancel} />
        </div>
      )}
      {threads.length === 0 && !newComment && !error && (
        <p className="list-note">{t('workflow.comments.empty', { shortcut: COMMENT_SHORTCUT })}</p>
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
