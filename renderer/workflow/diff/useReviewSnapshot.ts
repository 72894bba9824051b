import { useEffect } from 'react';
import type { ReviewSnapshot } from '../../../shared/ipc/workflow-channels';
import { useApi } from '../../api/ApiContext';
import { unwrap } from '../../api/unwrap';
import { useLiveQuery, type LiveQuery } from '../../state/useLiveQuery';

export type SnapshotSince = 'submitted' | 'approved';

/**
 * The article as it was when last submitted or approved (null when it never was), fetched again
 * whenever main says this draft's review changed: a new submission or approval moves it. Edits
 * to the draft itself leave it as it is.
 */
export function useReviewSnapshot(draftId: string, since: SnapshotSince): LiveQuery<ReviewSnapshot | null> {
  const api = useApi();
  const query = useLiveQuery(
    `snapshot:${draftId}:${since}`,
    () => unwrap(api.reviewSnapshot({ id: draftId, since })),
    () => false,
  );
  const { refresh } = query;
  useEffect(
    () =>
      api.onReviewChanged(({ id }) => {
        if (id === draftId) refresh();
      }),
    [api, draftId, refresh],
  );
  return query;
}
