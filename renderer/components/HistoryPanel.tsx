import type { RevisionSummary } from '../../shared/article/draft';
import type { LiveQuery } from '../state/useLiveQuery';
import { clockTime } from '../text/time';
import { DraftTime } from './DraftListItem';

export const HISTORY_PANEL_ID = 'history-panel';

function revisionLabel({ kind, restoredFrom }: RevisionSummary): string {
  switch (kind) {
    case 'auto':
      return 'Autosave snapshot';
    case 'manual':
      return 'Saved version';
    case 'restore':
      return restoredFrom === null ? 'Restored' : `Restored from ${clockTime(restoredFrom)}`;
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
  const list = revisions.current && revisions.data ? [...revisions.data].sort(newestFirst) : null;

  return (
    <aside id={HISTORY_PANEL_ID} className="history" aria-label="History">
      <h2 className="panel-title">History</h2>
      {revisions.error && (
        <p className="list-note list-error" role="alert">
          Could not load history: {revisions.error}
        </p>
      )}
      {list === null && !revisions.error && <p className="list-note">Loading…</p>}
      {list?.length === 0 && <p className="list-note">No versions yet. They are kept as you write, and Save version keeps one now.</p>}
      {list && list.length > 0 && (
        <ol className="revision-list">
          {list.map((revision) => (
            <li key={revision.id} className="revision">
              <div className="revision-head">
                <span className="revision-kind">{revisionLabel(revision)}</span>
                <span className="revision-time">
                  <DraftTime at={revision.createdAt} />
                </span>
              </div>
              <p className="revision-headline">{revision.headline.trim() || <span className="untitled">Untitled draft</span>}</p>
              <div className="revision-foot">
                <span className="revision-words">
                  {revision.wordCount} {revision.wordCount === 1 ? 'word' : 'words'}
                </span>
                <button type="button" className="button button-small" onClick={() => onRestore(revision)}>
                  Restore
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
