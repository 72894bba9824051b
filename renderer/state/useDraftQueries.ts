import type { DraftSummary, RevisionSummary } from '../../shared/article/draft';
import { useApi } from '../api/ApiContext';
import { unwrap } from '../api/unwrap';
import { useDebouncedValue } from './useDebouncedValue';
import { useLiveQuery, type LiveQuery } from './useLiveQuery';

const SEARCH_DELAY_MS = 150;

export function useDraftList(): LiveQuery<DraftSummary[]> {
  const api = useApi();
  return useLiveQuery('drafts', () => unwrap(api.listDrafts({})));
}

export function useTrashList(active: boolean): LiveQuery<DraftSummary[]> {
  const api = useApi();
  return useLiveQuery('trash', active ? () => unwrap(api.listTrash({})) : null);
}

/** Search results for `query` once typing pauses; idle (no data) while the query is blank. */
export function useDraftSearch(query: string): LiveQuery<DraftSummary[]> & { query: string } {
  const api = useApi();
  const settled = useDebouncedValue(query.trim(), SEARCH_DELAY_MS);
  const results = useLiveQuery(
    `search:${settled}`,
    settled ? () => unwrap(api.searchDrafts({ query: settled })) : null,
  );
  return { ...results, query: settled };
}

export function useRevisions(draftId: string, active: boolean): LiveQuery<RevisionSummary[]> {
  const api = useApi();
  return useLiveQuery(
    `revisions:${draftId}`,
    active ? () => unwrap(api.listRevisions({ id: draftId })) : null,
    (changedId) => changedId === draftId,
  );
}
