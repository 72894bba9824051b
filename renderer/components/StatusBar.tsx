import { useDeferredValue, useMemo } from 'react';
import type { SaveStatus } from '../state/autosaveQueue';
import { articleStats, statsLabel } from '../text/articleStats';
import { saveStatusText } from './saveStatusText';

export function StatusBar({
  status,
  openId,
  notice,
  text,
}: {
  status: SaveStatus;
  openId: string;
  notice: string | null;
  /** Everything a reader reads, as plain text. */
  text: string;
}) {
  // Counting a long article on every keystroke would slow typing; the count may lag a frame.
  const deferred = useDeferredValue(text);
  const stats = useMemo(() => articleStats(deferred), [deferred]);
  const saveText = saveStatusText(status, openId);

  return (
    <footer className="status-bar">
      <p role="status" aria-live="polite" className={status.kind === 'failed' ? 'save-status save-failed' : 'save-status'}>
        {saveText}
        {saveText && notice && ' · '}
        {notice}
      </p>
      <p className="word-count">{statsLabel(stats)}</p>
    </footer>
  );
}
