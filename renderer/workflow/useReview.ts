import { useCallback, useEffect, useState } from 'react';
import type { ReviewView } from '../../shared/ipc/workflow-channels';
import { useApi } from '../api/ApiContext';
import { errorMessage, unwrap } from '../api/unwrap';
import { usePerson } from './person/PersonContext';

/** A button the review bar may show (the contract names its schema but exports no type for it). */
export type ActionOptionView = ReviewView['options'][number];

export interface ReviewQuery {
  /** The latest review of `draftId`; null before the first answer or when there is no draft. */
  view: ReviewView | null;
  error: string | null;
  /** Shows a review main just answered with (a transition's or a comment's reply) without waiting for the event. */
  show: (view: ReviewView) => void;
}

interface Held {
  draftId: string;
  view: ReviewView | null;
  error: string | null;
}

/**
 * The open article's review state, fetched when the draft changes and again whenever main says
 * this draft's review changed (a transition, a comment, a pull from the site), and when the person
 * takes another role (the actions on offer depend on it). Answers for a draft no longer open are
 * dropped.
 */
export function useReviewQuery(draftId: string | null): ReviewQuery {
  const api = useApi();
  const role = usePerson()?.person?.role;
  const [held, setHeld] = useState<Held | null>(null);

  useEffect(() => {
    if (draftId === null) return;
    let active = true;
    let latest = 0;
    const load = () => {
      const ticket = ++latest;
      unwrap(api.getReview({ id: draftId })).then(
        (view) => {
          if (active && ticket === latest) setHeld({ draftId, view, error: null });
        },
        (error: unknown) => {
          if (!active || ticket !== latest) return;
          // A failed reload keeps the review already shown rather than blanking the bar.
          setHeld((prev) => ({ draftId, view: prev?.draftId === draftId ? prev.view : null, error: errorMessage(error) }));
        },
      );
    };
    load();
    const unsubscribe = api.onReviewChanged(({ id }) => {
      if (id === draftId) load();
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [api, draftId, role]);

  const show = useCallback(
    (view: ReviewView) => {
      if (view.draftId === draftId) setHeld({ draftId, view, error: null });
    },
    [draftId],
  );

  const mine = held !== null && held.draftId === draftId;
  return { view: mine ? held.view : null, error: mine ? held.error : null, show };
}

/** The review of `draftId`, kept current: the hook the review bar and the comments share. */
export const useReview = (draftId: string | null): ReviewView | null => useReviewQuery(draftId).view;
