import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { DraftSummary } from '../../shared/article/draft';
import { useApi } from '../api/ApiContext';
import { applyTheme } from './theme';

/** Not known yet; then the draft open when Copydesk last closed (or null). */
type Saved = { known: false } | { known: true; openDraftId: string | null };

/**
 * Where the reporter left off: at start the draft that was open when Copydesk closed (else the
 * newest) and the theme; afterwards, every draft opened is recorded for the next start and for
 * File → Open Recent, and a draft chosen there is opened.
 */
export function useDesktopSession({
  drafts,
  openId,
  show,
}: {
  /** The live drafts, newest first; undefined until they have loaded. */
  drafts: DraftSummary[] | undefined;
  openId: string | null;
  /** Opens a draft in the editor. */
  show: (id: string) => void;
}): void {
  const api = useApi();
  const [saved, setSaved] = useState<Saved>({ known: false });
  const [started, setStarted] = useState(false);
  const recorded = useRef<string | null | undefined>(undefined);
  const open = useEffectEvent(show);

  useEffect(() => {
    let active = true;
    void api.desktopState({}).then((result) => {
      if (!active) return;
      if (result.ok) applyTheme(result.value.theme);
      // Without the saved state the app still starts, on the newest draft.
      setSaved({ known: true, openDraftId: result.ok ? result.value.openDraftId : null });
    });
    return () => {
      active = false;
    };
  }, [api]);

  useEffect(() => {
    if (started || !saved.known || drafts === undefined) return;
    setStarted(true);
    if (openId !== null) return;
    const target = drafts.find((draft) => draft.id === saved.openDraftId) ?? drafts[0];
    if (target) open(target.id);
  }, [started, saved, drafts, openId]);

  useEffect(() => {
    // Nothing is recorded before the start decision, which must read the old value first.
    if (!started || recorded.current === openId || (recorded.current === undefined && openId === null)) return;
    recorded.current = openId;
    void api.setOpenDraft({ id: openId });
  }, [api, started, openId]);

  useEffect(() => api.onMenuOpenDraft(({ id }) => open(id)), [api]);
}
