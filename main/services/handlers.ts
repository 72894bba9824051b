import type { EventName, EventPayload } from '../../shared/ipc/contract';
import type { DesktopChannel } from '../../shared/ipc/desktop-channels';
import type { AppealsLibrary } from './appeals/library';
import type { AssetStore } from './assets/store';
import type { DraftStore } from './drafts/store-api';
import type { Handlers } from './ipc/dispatcher';
import type { PublishingChannel } from './publishing/handlers';
import type { SampleService } from './sample/sample';
import type { WorkflowChannel } from './workflow/handlers';

export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface Services {
  drafts: DraftStore;
  assets: AssetStore;
  appeals: AppealsLibrary;
  sample: SampleService;
}

/** Wires each contract channel to the service that answers it; publishing/handlers.ts has the publishing ones. */
export function createHandlers({ drafts, assets, appeals, sample }: Services, emit: Emit): Omit<Handlers, PublishingChannel | DesktopChannel | WorkflowChannel | 'recoveryNotice'> {
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

    saveDraftMeta: ({ id, meta }) => changed(drafts.saveMeta(id, meta)),
    importImage: ({ draftId, name, dataBase64 }) => assets.importImage(draftId, name, dataBase64),

    listAppeals: () => appeals.list(),
    getAppealVersions: ({ ids }) => appeals.getVersions(ids),
    saveAppeal: ({ id, name, entry }) => {
      const { appeal, created } = appeals.save(id, name, entry);
      if (created) emit('appealsChanged', { id: appeal.id, version: appeal.version });
      return appeal;
    },
    appealHistory: ({ id }) => appeals.history(id),

    createSampleDraft: () => changed(sample.createSampleDraft()),
    profileStatus: () => sample.profileStatus(),
  };
}
