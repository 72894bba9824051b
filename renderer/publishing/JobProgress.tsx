import type { PublishConflict } from '../../shared/ipc/contract';
import { useLocale, useT } from '../i18n/LocaleProvider';
import { clockTime, fullTime } from '../text/time';
import type { JobView } from './usePublishJob';

type Choice = 'overwrite' | 'cancel';

function Conflict({ conflict, onResolve }: { conflict: PublishConflict; onResolve: (choice: Choice) => void }) {
  const { locale, t } = useLocale();
  const modified = conflict.remoteModifiedAt === null ? null : new Date(conflict.remoteModifiedAt);
  return (
    <section className="pub-conflict" aria-labelledby="pub-conflict-title">
      <h3 id="pub-conflict-title">{t('publishing.conflict.title')}</h3>
      <p>{t('publishing.conflict.intro')}</p>
      <dl className="pub-conflict-facts">
        {modified && (
          <>
            <dt>{t('publishing.conflict.changedAt')}</dt>
            <dd>
              <time dateTime={modified.toISOString()}>{fullTime(modified.getTime(), locale)}</time>
            </dd>
          </>
        )}
        <dt>{t('publishing.conflict.theirTitle')}</dt>
        <dd>
          {conflict.theirTitle}
          {conflict.titleChanged && <span className="pub-changed"> {t('publishing.conflict.titleChanged', { title: conflict.ourTitle })}</span>}
        </dd>
        <dt>{conflict.contentChanged ? t('publishing.conflict.theirTextChanged') : t('publishing.conflict.theirText')}</dt>
        <dd className="pub-excerpt">{conflict.theirExcerpt || t('publishing.conflict.empty')}</dd>
      </dl>
      <div className="dialog-actions">
        <button type="button" className="button button-danger" onClick={() => onResolve('overwrite')}>
          {t('publishing.conflict.overwrite')}
        </button>
        <button type="button" className="button" onClick={() => onResolve('cancel')}>
          {t('publishing.conflict.keep')}
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
  const t = useT();
  const running = view.phase === 'running' ? view : null;
  const done = view.phase === 'done';
  return (
    <div className="pub-job">
      {(running || done) && (
        <div
          role="progressbar"
          aria-label={t('publishing.job.progress')}
          aria-valuemin={0}
          aria-valuemax={running ? running.total : 1}
          aria-valuenow={running ? running.done : 1}
          aria-valuetext={running ? running.label : t('publishing.job.done')}
          className="pub-bar"
        >
          {/* A CSSOM write (React's style prop), which the CSP allows, unlike a style attribute. */}
          <div className="pub-bar-fill" style={{ width: `${running ? (100 * running.done) / running.total : 100}%` }} />
        </div>
      )}
      <p role="status" className="pub-step">
        {running && t('publishing.job.step', { step: running.label })}
        {done && t('publishing.job.published')}
        {view.phase === 'cancelled' && t('publishing.job.cancelled')}
      </p>
      {view.phase === 'done' && (
        <div className="pub-done">
          <p>
            {t('publishing.job.address')} <output className="pub-url">{view.url}</output>
          </p>
          <button type="button" className="button button-primary" onClick={onOpen}>
            {t('publishing.job.openInBrowser')}
          </button>
        </div>
      )}
      {view.phase === 'failed' && (
        <div className="pub-failed" role="alert">
          <p>{view.message}</p>
          {view.retryable && view.nextAttemptAt !== null && <p className="meta-hint">{t('publishing.job.retryAt', { time: clockTime(view.nextAttemptAt) })}</p>}
          <button type="button" className="button" onClick={onRetry}>
            {t('publishing.job.retry')}
          </button>
        </div>
      )}
      {view.phase === 'conflict' && <Conflict conflict={view.conflict} onResolve={onResolve} />}
    </div>
  );
}
