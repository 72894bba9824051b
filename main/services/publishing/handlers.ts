import type { AppealsLibrary } from '../appeals/library';
import type { AssetStore } from '../assets/store';
import type { DraftStore } from '../drafts/store-api';
import type { Handlers } from '../ipc/dispatcher';
import { checkConnection, listTerms } from './accounts/connection';
import { exportDraft } from './export';
import { isSafeUrl } from './safe-url';
import type { Publishing, PublishingPorts } from './service';

export const PUBLISHING_CHANNELS = [
  'listAccounts',
  'saveAccount',
  'deleteAccount',
  'secretStorage',
  'setAccountSecret',
  'clearAccountSecret',
  'checkConnection',
  'listTerms',
  'listJobs',
  'retryJob',
  'cancelJob',
  'resolveConflict',
  'openPublishedPost',
  'exportDraft',
] as const;
/** publishDraft is the workflow's (workflow/handlers.ts): going live needs approval. */
export type PublishingChannel = (typeof PUBLISHING_CHANNELS)[number];

interface Sources {
  drafts: DraftStore;
  appeals: AppealsLibrary;
  assets: AssetStore;
}

/** The publishing channels, wired to the accounts, the outbox and export. */
export function createPublishingHandlers(
  publishing: Publishing,
  ports: Pick<PublishingPorts, 'saveDialog' | 'openExternal'>,
  { drafts, appeals, assets }: Sources,
): Pick<Handlers, PublishingChannel> {
  const { accounts, connection } = publishing;
  return {
    listAccounts: () => accounts.list(),
    saveAccount: (input) => accounts.save(input),
    deleteAccount: ({ id }) => accounts.remove(id),
    secretStorage: () => accounts.storage(),
    setAccountSecret: ({ id, secret, acceptWeakStorage }) => accounts.setSecret(id, secret, acceptWeakStorage ?? false),
    clearAccountSecret: ({ id }) => accounts.clearSecret(id),
    checkConnection: ({ id }) => checkConnection(accounts, id, connection),
    listTerms: ({ accountId }) => listTerms(accounts, accountId, connection),

    listJobs: ({ draftId }) => publishing.jobs.list(draftId),
    retryJob: ({ jobId }) => publishing.retry(jobId),
    cancelJob: ({ jobId }) => publishing.cancel(jobId),
    resolveConflict: ({ jobId, choice }) => publishing.resolveConflict(jobId, choice),
    openPublishedPost: async ({ jobId }) => {
      const url = publishing.jobs.summary(jobId)?.url;
      if (!url || !isSafeUrl(url)) return { opened: false };
      if (!ports.openExternal) return { opened: false };
      await ports.openExternal(url);
      return { opened: true };
    },

    exportDraft: ({ id, format }) => exportDraft(drafts.get(id), format, { saveDialog: ports.saveDialog, appeals, assets }),
  };
}
