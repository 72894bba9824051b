import { useEffect, useId, useRef, useState } from 'react';
import type { Actor } from '../../../shared/workflow/review';
import { DraftTime } from '../../components/DraftListItem';
import { useT } from '../../i18n/LocaleProvider';
import { MessageForm } from './MessageForm';
import type { ThreadEntry } from './threadOrder';
import { useAsyncAction } from './useAsyncAction';
import type { Comments } from './useComments';

/** Who wrote: the name they gave their Copydesk, else their CMS login, and their role (all a nameless profile has). */
function Author({ actor }: { actor: Actor }) {
  const t = useT();
  const name = actor.name.trim() || actor.cmsUser;
  return (
    <>
      {name && <span className="thread-author">{name}</span>} <span className="thread-role">{t(`workflow.role.${actor.role}`)}</span>
    </>
  );
}

/** One thread in the Comments panel: the text it is on, its messages, and what can be done with it. */
export function ThreadCard({ entry, active, comments }: { entry: ThreadEntry; active: boolean; comments: Comments }) {
  const t = useT();
  const { thread, anchored } = entry;
  const [replying, setReplying] = useState(false);
  const resolving = useAsyncAction();
  const ref = useRef<HTMLElement>(null);
  const replyButton = useRef<HTMLButtonElement>(null);
  const wasReplying = useRef(false);
  const quoteId = useId();

  // Closing the reply form puts focus back where it was opened from, not on the page's start.
  useEffect(() => {
    if (wasReplying.current && !replying) replyButton.current?.focus();
    wasReplying.current = replying;
  }, [replying]);

  // A click on the commented text brings its thread into view.
  useEffect(() => {
    if (active) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const quote = t('workflow.comments.quoted', { quote: thread.quote });
  return (
    <li>
      <article
        ref={ref}
        className="thread"
        aria-labelledby={quoteId}
        aria-current={active ? 'true' : undefined}
        data-resolved={thread.resolved || undefined}
      >
        {anchored ? (
          <button type="button" id={quoteId} className="thread-quote" onClick={() => comments.showInText(thread.id)}>
            <span className="visually-hidden">{t('workflow.thread.on')} </span>
            {quote}
          </button>
        ) : (
          <p id={quoteId} className="thread-quote thread-quote-gone">
            <span className="visually-hidden">{t('workflow.thread.on')} </span>
            {quote} <span className="thread-gone">{t('workflow.thread.textRemoved')}</span>
          </p>
        )}
        <ol className="thread-messages">
          {thread.messages.map((message) => (
            <li key={message.id} className="thread-message">
              <p className="thread-byline">
                <Author actor={message.author} /> · <DraftTime at={message.at} />
              </p>
              <p className="thread-text">{message.text}</p>
            </li>
          ))}
        </ol>
        {thread.resolved && thread.resolvedBy && (
          <p className="thread-resolution">
            {t('workflow.thread.resolvedBy')} <Author actor={thread.resolvedBy} />
            {thread.resolvedAt !== null && (
              <>
                {' · '}
                <DraftTime at={thread.resolvedAt} />
              </>
            )}
          </p>
        )}
        {resolving.error && (
          <p className="field-error" role="alert">
            {t(thread.resolved ? 'workflow.thread.notReopened' : 'workflow.thread.notResolved', { reason: resolving.error })}
          </p>
        )}
        {replying ? (
          <MessageForm
            label={t('workflow.thread.replyField')}
            submitLabel={t('workflow.thread.sendReply')}
            onSubmit={async (text) => {
              await comments.reply(thread.id, text);
              setReplying(false);
            }}
            onCancel={() => setReplying(false)}
          />
        ) : (
          <div className="dialog-actions">
            <button type="button" ref={replyButton} className="button button-small" onClick={() => setReplying(true)}>
              {t('workflow.thread.reply')}
            </button>
            <button
              type="button"
              className="button button-small"
              disabled={resolving.busy}
              onClick={() => void resolving.run(() => comments.resolve(thread.id, !thread.resolved))}
            >
              {t(thread.resolved ? 'workflow.thread.reopen' : 'workflow.thread.resolve')}
            </button>
          </div>
        )}
      </article>
    </li>
  );
}
