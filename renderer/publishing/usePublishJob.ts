import { useEffect, useState } from 'react';
import type { PublishConflict } from '../../shared/ipc/contract';
import { useApi } from '../api/ApiContext';

export type JobView =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number; label: string }
  | { phase: 'done'; url: string }
  | { phase: 'failed'; message: string; retryable: boolean; nextAttemptAt: number | null }
  | { phase: 'conflict'; conflict: PublishConflict }
  | { phase: 'cancelled' };

/**
 * Follows one draft's publish job through main's events. Filtered by draft rather than job id:
 * the first progress event can arrive before publishDraft's reply says which job it is.
 */
export function usePublishJob(draftId: string) {
  const api = useApi();
  const [jobId, setJobId] = useState<string | null>(null);
  const [view, setView] = useState<JobView>({ phase: 'idle' });

  useEffect(() => {
    const mine = (payload: { draftId: string; jobId: string }) => {
      if (payload.draftId !== draftId) return false;
      setJobId(payload.jobId);
      return true;
    };
    const off = [
      api.onPublishProgress((event) => {
        if (mine(event)) setView({ phase: 'running', done: event.done, total: event.total, label: event.label });
      }),
      api.onPublishFinished((event) => {
        if (mine(event)) setView({ phase: 'done', url: event.url });
      }),
      api.onPublishFailed((event) => {
        if (mine(event))
          setView({ phase: 'failed', message: event.message, retryable: event.retryable, nextAttemptAt: event.nextAttemptAt });
      }),
      api.onPublishConflict((event) => {
        if (mine(event)) setView({ phase: 'conflict', conflict: event.conflict });
      }),
    ];
    return () => off.forEach((unsubscribe) => unsubscribe());
  }, [api, draftId]);

  return { jobId, setJobId, view, setView };
}
