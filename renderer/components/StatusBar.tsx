import { useMemo } from 'react';
import type { EditorState } from 'lexical';
import type { SaveStatus } from '../state/autosaveQueue';
import { articleStats, statsLabel } from '../text/articleStats';
import { editorStateText } from '../text/bodyText';
import { useT } from '../i18n/LocaleProvider';
import { useDebouncedValue } from '../state/useDebouncedValue';
import { saveStatusText } from './saveStatusText';

/** How long typing must pause before the word count and reading time are worked out again. */
const COUNT_AFTER_MS = 300;

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
  // Counting a long article takes about 10 ms at 10,000 words: done when typing pauses, not after
  // every keystroke (where it delayed the next frame). A newly opened draft is counted at once.
  const current = useMemo(() => ({ openId, heading, body }), [openId, heading, body]);
  const counted = useDebouncedValue(current, COUNT_AFTER_MS, (was, now) => was.openId !== now.openId || (was.body === null && now.body !== null));
  const stats = useMemo(() => articleStats(`${counted.heading}\n${editorStateText(counted.body)}`), [counted.heading, counted.body]);
  const t = useT();
  const saveText = saveStatusText(t, status, openId);

  return (
    <footer className="status-bar">
      <p role="status" aria-live="polite" className={status.kind === 'failed' ? 'save-status save-failed' : 'save-status'}>
        {saveText}
        {saveText && notice && ' · '}
        {notice}
      </p>
      <p className="word-count">{statsLabel(t, stats)}</p>
    </footer>
  );
}
