import { useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';
import { unwrap } from '../api/unwrap';
import { AutosaveQueue, type SaveStatus } from './autosaveQueue';
import { toSaveInput, type DraftSnapshot } from './draftSnapshot';

const AUTOSAVE_DELAY_MS = 1_000;

export interface Autosave {
  queue: AutosaveQueue<DraftSnapshot>;
  status: SaveStatus;
}

/**
 * The app's one save queue, flushed whenever the page might stop running: the window losing focus
 * or being hidden, the page going away, and main asking before it closes the window.
 */
export function useAutosave(): Autosave {
  const api = useApi();
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [queue] = useState(
    () =>
      new AutosaveQueue<DraftSnapshot>({
        delayMs: AUTOSAVE_DELAY_MS,
        save: async (snapshot) => (await unwrap(api.saveDraft(toSaveInput(snapshot)))).updatedAt,
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

  return { queue, status };
}
