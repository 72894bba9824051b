import { useDeferredValue, useMemo } from 'react';
import type { EditorState } from 'lexical';
import type { SaveStatus } from '../state/autosaveQueue';
import { articleStats, statsLabel } from '../text/articleStats';
import { editorStateText } from '../text/bodyText';
import { saveStatusText } from './saveStatusText';

export function StatusBar({
  status,
  openId,
  notice,
  heading,
  body,
}: {
  status: SaveStatus;
  openId: string;
  notice: string | null;
  /** The headline and standfirst: read, so counted. */
  heading: string;
  body: EditorState | null;
}) {
  // Counting a long article on every keystroke would slow typing; the count may lag a frame.
  const deferredBody = useDeferredValue(body);
  const deferredHeading = useDeferredValue(heading);
  const stats = useMemo(() => articleStats(`${deferredHeading}\n${editorStateText(deferredBody)}`), [deferredHeading, deferredBody]);
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
