import { useEffect, useId, useRef, useState } from 'react';
import { useApi } from '../api/ApiContext';
import { errorMessage, unwrap } from '../api/unwrap';
import { useT } from '../i18n/LocaleProvider';
import { useTrashList } from '../state/useDraftQueries';
import { DraftTime, DraftTitle } from './DraftListItem';

/** Asks before deleting for good; Cancel has focus first, so Enter alone cannot destroy anything. */
function ConfirmEmptyTrash({ count, onConfirm, onCancel }: { count: number; onConfirm: () => void; onCancel: () => void }) {
  const t = useT();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const detailId = useId();
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={detailId}
      className="confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p id={titleId} className="confirm-title">
        {t('app.trash.confirm', { count })}
      </p>
      <p id={detailId} className="confirm-detail">
        {t('app.trash.confirmDetail')}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button button-danger" onClick={onConfirm}>
          {t('app.trash.deleteForever')}
        </button>
        <button type="button" className="button" ref={cancelRef} onClick={onCancel}>
          {t('app.common.cancel')}
        </button>
      </div>
    </div>
  );
}

export function TrashView() {
  const api = useApi();
  const t = useT();
  const trash = useTrashList(true);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const emptyButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const drafts = trash.data ?? [];

  useEffect(() => {
    // When the question goes away, focus goes back to the button that asked it.
    if (wasConfirming.current && !confirming) emptyButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const act = async (task: () => Promise<unknown>, failure: (reason: string) => string) => {
    setError(null);
    try {
      await task();
    } catch (caught) {
      setError(failure(errorMessage(caught)));
    }
    trash.refresh();
  };

  const restore = (id: string) => act(() => unwrap(api.restoreDraft({ id })), (reason) => t('app.common.notRestored', { reason }));

  const emptyTrash = async () => {
    setConfirming(false);
    await act(() => unwrap(api.emptyTrash({})), (reason) => t('app.trash.notEmptied', { reason }));
  };

  return (
    <section className="list-section" aria-label={t('app.sidebar.trash')}>
      {(error ?? trash.error) && (
        <p className="list-note list-error" role="alert">
          {error ?? t('app.trash.loadFailed', { reason: trash.error ?? '' })}
        </p>
      )}
      {trash.data?.length === 0 && <p className="list-note">{t('app.trash.empty')}</p>}
      <ul className="draft-list" aria-label={t('app.trash.list')}>
        {drafts.map((summary) => (
          <li key={summary.id} className="trash-item">
            <span className="draft-item-headline">
              <DraftTitle summary={summary} />
            </span>
            <span className="trash-item-meta">
              {t('app.trash.trashed')} <DraftTime at={summary.deletedAt ?? summary.updatedAt} />
            </span>
            <button type="button" className="button button-small" onClick={() => void restore(summary.id)}>
              {t('app.common.restore')}
            </button>
          </li>
        ))}
      </ul>
      <div className="trash-footer">
        {confirming ? (
          <ConfirmEmptyTrash count={drafts.length} onConfirm={() => void emptyTrash()} onCancel={() => setConfirming(false)} />
        ) : (
          <button
            type="button"
            className="button"
            ref={emptyButton}
            disabled={drafts.length === 0}
            onClick={() => setConfirming(true)}
          >
            {t('app.trash.emptyTrash')}
          </button>
        )}
      </div>
    </section>
  );
}
