import type { RevisionSummary } from '../../shared/article/draft';
import type { Translate } from '../../shared/i18n/translate';
import { useT } from '../i18n/LocaleProvider';
import type { LiveQuery } from '../state/useLiveQuery';
import { clockTime } from '../text/time';
import { DraftTime, Untitled } from './DraftListItem';

export const HISTORY_PANEL_ID = 'history-panel';

function revisionLabel(t: Translate, { kind, restoredFrom }: RevisionSummary): string {
  switch (kind) {
    case 'auto':
      return t('app.history.auto');
    case 'manual':
      return t('app.history.manual');
    case 'restore':
      return restoredFrom === null ? t('app.history.restored') : t('app.history.restoredFrom', { time: clockTime(restoredFrom) });
  }
}

const newestFirst = (a: RevisionSummary, b: RevisionSummary) => b.createdAt - a.createdAt || b.id - a.id;

export function HistoryPanel({
  revisions,
  onRestore,
}: {
  revisions: LiveQuery<RevisionSummary[]>;
  onRestore: (revision: RevisionSummary) => void;
}) {
  const t = useT();
  const list = revisions.current && revisions.data ? [...revisions.data].sort(newestFirst) : null;

  return (
    <aside id={HISTORY_PANEL_ID} className="history" aria-label={t('app.history.title')}>
      <h2 className="panel-title">{t('app.history.title')}</h2>
      {revisions.error && (
        <p className="list-note list-error" role="alert">
          {t('app.history.loadFailed', { reason: revisions.error })}
        </p>
      )}
      {list === null && !revisions.error && <p className="list-note">{t('app.common.loading')}</p>}
      {list?.length === 0 && <p className="list-note">{t('app.history.none')}</p>}
      {list && list.length > 0 && (
        <ol className="revision-list">
          {list.map((revision) => (
            <li key={revision.id} className="revision">
              <div className="revision-head">
                <span className="revision-kind">{revisionLabel(t, revision)}</span>
                <span className="revision-time">
                  <DraftTime at={revision.createdAt} />
                </span>
              </div>
              <p className="revision-headline">{revision.headline.trim() || <Untitled />}</p>
              <div className="revision-foot">
                <span className="revision-words">{t('app.common.words', { count: revision.wordCount })}</span>
                <button type="button" className="button button-small" onClick={() => onRestore(revision)}>
                  {t('app.common.restore')}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
