import { useEffect, useRef, useState } from 'react';
import type { AccountSummary } from '../../shared/ipc/contract';
import { useApi } from '../api/ApiContext';
import { errorMessage, unwrap } from '../api/unwrap';
import { useT } from '../i18n/LocaleProvider';
import { PublishChecklist } from '../workflow/checklist/PublishChecklist';
import type { ChecklistSource } from '../workflow/checklist/useChecklist';
import { useReview } from '../workflow/useReview';
import { ExportButtons } from './ExportButtons';
import type { FigureChoice } from '../blocks/figure/figureChoices';
import { JobProgress } from './JobProgress';
import { PublishForm, type PublishRequest, type PublishStatus } from './PublishForm';
import { usePublishJob } from './usePublishJob';
import './publishing.css';

/** The "Publish" dialog: the form, then the job's progress, result, failure or conflict. */
export function PublishDialog({
  draftId,
  figures,
  ownFeatured,
  beforePublish,
  checklist,
  initialStatus,
  onClose,
}: {
  draftId: string;
  figures: FigureChoice[];
  ownFeatured: string | null;
  /** Stores what is still queued; false when it could not. */
  beforePublish: () => Promise<boolean>;
  /** The article as typed, checked before it goes out; absent where there is no editor. */
  checklist?: ChecklistSource;
  /** The status chosen when the dialog opens (the review bar's "Schedule…" opens it on Schedule). */
  initialStatus?: PublishStatus;
  onClose: () => void;
}) {
  const api = useApi();
  const t = useT();
  const review = useReview(draftId);
  const [accounts, setAccounts] = useState<AccountSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { jobId, setJobId, view, setView } = usePublishJob(draftId);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    unwrap(api.listAccounts({})).then(setAccounts, (failure: unknown) => setError(errorMessage(failure)));
    ref.current?.focus();
  }, [api]);

  const attempt = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const publish = (request: PublishRequest) =>
    void attempt(async () => {
      if (!(await beforePublish())) throw new Error(t('publishing.dialog.unsaved'));
      setView({ phase: 'running', done: 0, total: 1, label: t('publishing.dialog.queued') });
      const queued = await unwrap(api.publishDraft({ draftId, ...request }));
      setJobId(queued.jobId);
    });

  const withJob = (work: (jobId: string) => Promise<void>) => () => {
    if (jobId) void attempt(() => work(jobId));
  };

  return (
    <div className="pub-backdrop">
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby="pub-dialog-title"
        className="pub-dialog"
        tabIndex={-1}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
      >
        <div className="pub-dialog-head">
          <h2 id="pub-dialog-title">{t('publishing.dialog.title')}</h2>
          <button type="button" className="button button-small" onClick={onClose}>
            {t('app.common.close')}
          </button>
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        {view.phase === 'idle' && checklist && <PublishChecklist source={checklist} onLeave={onClose} />}
        {view.phase === 'idle' &&
          accounts &&
          (accounts.length === 0 ? (
            <p className="list-note">{t('publishing.dialog.noAccounts')}</p>
          ) : (
            <PublishForm
              accounts={accounts}
              figures={figures}
              ownFeatured={ownFeatured}
              initialStatus={initialStatus}
              review={review}
              onSubmit={publish}
            />
          ))}
        {view.phase !== 'idle' && (
          <JobProgress
            view={view}
            onOpen={withJob(async (id) => void (await unwrap(api.openPublishedPost({ jobId: id }))))}
            onRetry={withJob(async (id) => {
              await unwrap(api.retryJob({ jobId: id }));
              setView({ phase: 'running', done: 0, total: 1, label: t('publishing.dialog.retrying') });
            })}
            onResolve={(choice) =>
              withJob(async (id) => {
                await unwrap(api.resolveConflict({ jobId: id, choice }));
                setView(choice === 'overwrite' ? { phase: 'running', done: 0, total: 1, label: t('publishing.dialog.overwriting') } : { phase: 'cancelled' });
              })()
            }
          />
        )}
        <ExportButtons draftId={draftId} beforeExport={beforePublish} />
      </div>
    </div>
  );
}
