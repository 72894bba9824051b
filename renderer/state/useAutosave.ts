import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';
import type { Draft } from '../../shared/article/draft';
import { AutosaveQueue, type SaveStatus } from './autosaveQueue';
import { DraftSaver } from './draftSaver';
import type { DraftSnapshot } from './draftSnapshot';

const AUTOSAVE_DELAY_MS = 1_000;
// Under non-stop typing the quiet second never comes: save at least this often anyway.
const AUTOSAVE_MAX_WAIT_MS = 5_000;

export interface Autosave {
  queue: AutosaveQueue<DraftSnapshot>;
  status: SaveStatus;
  /** Tells the saver what main holds for a draft it just returned, so unchanged parts are not resent. */
  remember(draft: Draft): void;
}

/**
 * The app's one save queue, flushed whenever the page might stop running: the window losing focus
 * or being hidden, the page going away, and main asking before it closes the window.
 */
export function useAutosave(): Autosave {
  const api = useApi();
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [saver] = useState(() => new DraftSaver(api));
  const [queue] = useState(
    () =>
      new AutosaveQueue<DraftSnapshot>({
        delayMs: AUTOSAVE_DELAY_MS,
        maxWaitMs: AUTOSAVE_MAX_WAIT_MS,
        save: (snapshot) => saver.save(snapshot),
        onStatus: setStatus,
      }),
  );

  useEffect(() => {
    const flush = () => void queue.flush();
    const flushIfHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('blur', flush);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', flushIfHidden);
    return () => {
      window.removeEventListener('blur', flush);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', flushIfHidden);
      queue.dispose();
    };
  }, [queue]);

  useEffect(() => {
    // A failed save keeps the window open so the text is not lost with it; a second request
    // (the reporter closing again after seeing the error) closes regardless.
    let refusedOnce = false;
    return api.onFlushRequested(() => {
      void queue.flush().then((saved) => {
        if (saved || refusedOnce) window.close();
        else refusedOnce = true;
      });
    });
  }, [api, queue]);

  const remember = useCallback((draft: Draft) => saver.remember(draft), [saver]);
  return { queue, status, remember };
}
