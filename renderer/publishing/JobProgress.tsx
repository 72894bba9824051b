import type { PublishConflict } from '../../shared/ipc/contract';
import { clockTime } from '../text/time';
import type { JobView } from './usePublishJob';

type Choice = 'overwrite' | 'cancel';

function Conflict({ conflict, onResolve }: { conflict: PublishConflict; onResolve: (choice: Choice) => void }) {
  const modified = conflict.remoteModifiedAt === null ? null : new Date(conflict.remoteModifiedAt);
  return (
    <section className="pub-conflict" aria-labelledby="pub-conflict-title">
      <h3 id="pub-conflict-title">The post changed on the site</h3>
      <p>Someone edited it there since Copydesk last sent it. Nothing was overwritten.</p>
      <dl className="pub-conflict-facts">
        {modified && (
          <>
            <dt>Changed on the site</dt>
            <dd>
              <time dateTime={modified.toISOString()}>{modified.toLocaleString()}</time>
            </dd>
          </>
        )}
        <dt>Title on the site</dt>
        <dd>
          {conflict.theirTitle}
          {conflict.titleChanged && <span className="pub-changed"> (changed; yours: {conflict.ourTitle})</span>}
        </dd>
        <dt>Text on the site{conflict.contentChanged ? ' (changed)' : ''}</dt>
        <dd className="pub-excerpt">{conflict.theirExcerpt || '(empty)'}</dd>
      </dl>
      <div className="dialog-actions">
        <button type="button" className="button button-danger" onClick={() => onResolve('overwrite')}>
          Overwrite the site’s version
        </button>
        <button type="button" className="button" onClick={() => onResolve('cancel')}>
          Keep the site’s version
        </button>
      </div>
    </section>
  );
}

/** A job after it was queued: its steps, its address when done, a failure or a conflict. */
export function JobProgress({
  view,
  onOpen,
  onRetry,
  onResolve,
}: {
  view: Exclude<JobView, { phase: 'idle' }>;
  onOpen: () => void;
  onRetry: () => void;
  onResolve: (choice: Choice) => void;
}) {
  const running = view.phase === 'running' ? view : null;
  const done = view.phase === 'done';
  return (
    <div className="pub-job">
      {(running || done) && (
        <div
          role="progressbar"
          aria-label="Publishing progress"
          aria-valuemin={0}
          aria-valuemax={running ? running.total : 1}
          aria-valuenow={running ? running.done : 1}
          aria-valuetext={running ? running.label : 'Done'}
          className="pub-bar"
        >
          {/* A CSSOM write (React's style prop), which the CSP allows, unlike a style attribute. */}
          <div className="pub-bar-fill" style={{ width: `${running ? (100 * running.done) / running.total : 100}%` }} />
        </div>
      )}
      <p role="status" className="pub-step">
        {running && `${running.label}…`}
        {done && 'Published.'}
        {view.phase === 'cancelled' && 'The site’s version was kept; nothing was sent.'}
      </p>
      {view.phase === 'done' && (
        <div className="pub-done">
          <p>
            Post address: <output className="pub-url">{view.url}</output>
          </p>
          <button type="button" className="button button-primary" onClick={onOpen}>
            Open in browser
          </button>
        </div>
      )}
      {view.phase === 'failed' && (
        <div className="pub-failed" role="alert">
          <p>{view.message}</p>
          {view.retryable && view.nextAttemptAt !== null && <p className="meta-hint">Copydesk tries again by itself at {clockTime(view.nextAttemptAt)}.</p>}
          <button type="button" className="button" onClick={onRetry}>
            Retry
          </button>
        </div>
      )}
      {view.phase === 'conflict' && <Conflict conflict={view.conflict} onResolve={onResolve} />}
    </div>
  );
}
