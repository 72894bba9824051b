import { useCallback, useRef, useState } from 'react';
import type { Draft } from '../../shared/article/draft';
import { useApi } from '../api/ApiContext';
import { errorMessage, unwrap } from '../api/unwrap';
import { useT } from '../i18n/LocaleProvider';
import { serializeBody } from './draftSnapshot';
import type { Autosave } from './useAutosave';

export interface OpenDraft {
  draft: Draft;
  /** New for every load into the editor, even of the same draft (a restored revision). */
  loadId: number;
  /** Put the caret in the Headline field once shown (a new draft). */
  focusHeadline: boolean;
}

export interface OpenDraftState {
  open: OpenDraft | null;
  error: string | null;
  openDraft(id: string): Promise<void>;
  createDraft(): Promise<void>;
  /** Creates the sample article and opens it. */
  createSampleDraft(): Promise<void>;
  /** Shows a draft main just returned (after restoring a revision) as a fresh load. */
  showDraft(draft: Draft): void;
  trashDraft(): Promise<void>;
  /** Saves what is pending and closes the draft (File → Close Draft); it stays open if saving fails. */
  closeDraft(): Promise<void>;
}

/** Which draft the editor shows, and the moves between drafts. */
export function useOpenDraft({ queue, remember }: Pick<Autosave, 'queue' | 'remember'>): OpenDraftState {
  const api = useApi();
  const t = useT();
  const [open, setOpen] = useState<OpenDraft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const loadIds = useRef(0);
  const requests = useRef(0);

  const show = useCallback(
    (draft: Draft, focusHeadline = false) => {
      remember(draft);
      // A draft whose last save failed is shown as typed, not as last stored.
      const unsaved = queue.unsaved(draft.id);
      const shown = unsaved ? { ...draft, ...unsaved, body: serializeBody(unsaved.body) } : draft;
      loadIds.current += 1;
      setOpen({ draft: shown, loadId: loadIds.current, focusHeadline });
      setError(null);
    },
    [queue, remember],
  );

  /** Saves what is pending, then shows the draft `fetch` returns, unless a newer move came first. */
  const switchTo = useCallback(
    async (fetch: () => Promise<Draft>, focusHeadline: boolean) => {
      const request = ++requests.current;
      await queue.flush();
      try {
        const draft = await fetch();
        if (request === requests.current) show(draft, focusHeadline);
      } catch (failure) {
        if (request === requests.current) setError(errorMessage(failure));
      }
    },
    [queue, show],
  );

  const openDraft = useCallback(
    (id: string) => switchTo(() => unwrap(api.getDraft({ id })), false),
    [api, switchTo],
  );
  const createDraft = useCallback(() => switchTo(() => unwrap(api.createDraft({})), true), [api, switchTo]);
  const createSampleDraft = useCallback(() => switchTo(() => unwrap(api.createSampleDraft({})), false), [api, switchTo]);

  const trashDraft = useCallback(async () => {
    if (!open) return;
    const request = ++requests.current;
    // Trashing with edits still unsaved would file away an older version than the one on screen.
    if (!(await queue.flush())) {
      setError(t('app.drafts.notTrashedUnsaved'));
      return;
    }
    try {
      await unwrap(api.trashDraft({ id: open.draft.id }));
      if (request === requests.current) setOpen(null);
    } catch (failure) {
      setError(t('app.drafts.notTrashed', { reason: errorMessage(failure) }));
    }
  }, [api, open, queue, t]);

  const closeDraft = useCallback(async () => {
    const request = ++requests.current;
    if (!(await queue.flush())) return; // the status line already says why
    if (request === requests.current) setOpen(null);
  }, [queue]);

  return { open, error, openDraft, createDraft, createSampleDraft, showDraft: show, trashDraft, closeDraft };
}
