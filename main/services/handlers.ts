import type { EventName, EventPayload } from '../../shared/ipc/contract';
import type { DraftStore } from './drafts/store-api';
import type { Handlers } from './ipc/dispatcher';

export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** Wires each contract channel to the service that answers it. */
export function createHandlers(drafts: DraftStore, emit: Emit): Handlers {
  const changed = <T extends { id: string }>(result: T): T => {
    emit('draftChanged', { id: result.id });
    return result;
  };
  return {
    createDraft: () => changed(drafts.create()),
    getDraft: ({ id }) => drafts.get(id),
    saveDraft: ({ id, ...content }) => {
      try {
        return changed(drafts.save(id, content));
      } catch (error) {
        emit('saveFailed', { id, message: (error as Error).message });
        throw error;
      }
    },
    listDrafts: () => drafts.list(),
    searchDrafts: ({ query }) => drafts.search(query),
    trashDraft: ({ id }) => changed(drafts.trash(id)),
    listTrash: () => drafts.listTrash(),
    restoreDraft: ({ id }) => changed(drafts.restore(id)),
    emptyTrash: () => drafts.emptyTrash(),
    listRevisions: ({ id }) => drafts.listRevisions(id),
    saveVersion: ({ id }) => drafts.saveVersion(id),
    restoreRevision: ({ id, revisionId }) => changed(drafts.restoreRevision(id, revisionId)),
  };
}
