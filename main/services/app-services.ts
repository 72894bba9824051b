import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createAppealsLibrary } from './appeals/library';
import type { AssetFile } from './assets/files';
import { createAssetStore } from './assets/store';
import { openCheckedDatabase, type RecoveryReport } from './drafts/recovery';
import { createDraftStore } from './drafts/store';
import { createHandlers, type Emit, type Services } from './handlers';
import { createDispatcher, type Dispatch, type Logger } from './ipc/dispatcher';
import { jsonFileAccountStore } from './publishing/accounts/account-store';
import { noCipher } from './publishing/accounts/cipher';
import { createPublishingHandlers } from './publishing/handlers';
import { createPublishing, type Publishing, type PublishingPorts, type PublishingTuning } from './publishing/service';
import { createSampleService } from './sample/sample';

export interface AppServicesOptions {
  /** The user's profile directory: drafts.sqlite and assets/ live here. */
  profileDir: string;
  /** The origin the window's page is served from; requests from anywhere else are refused. */
  appOrigin: string;
  log: Logger;
  /** Path to a better-sqlite3 binary built for the running runtime (Electron's ABI in the app). */
  nativeBinding?: string;
  /**
   * What only the host provides: in the app, electron-store, safeStorage, the save dialog and
   * the browser. Without them accounts go to `<profileDir>/accounts.json` and no secret can be
   * stored (there is nothing to encrypt it with).
   */
  ports?: Partial<PublishingPorts>;
  publishingTuning?: PublishingTuning;
}

export interface AppServices {
  dispatch: Dispatch;
  /** Subscribes to pushes for the renderer; returns the unsubscribe function. */
  onEvent(listener: Emit): () => void;
  /**
   * A stored image by its SHA-256, for app://copydesk/assets/<sha256> and the test bridge's
   * /assets/<sha256>: the file and its type, or null (serve a 404). Read-only.
   */
  assetFile(sha256: string): AssetFile | null;
  /**
   * Set when the drafts database was found damaged at start and rebuilt: what was recovered, where
   * the damaged file was kept, and `message`, the sentence to show the reporter. Null otherwise.
   */
  readonly recovery: RecoveryReport | null;
  close(): void;
}

/** Where a profile keeps its images: `<profileDir>/assets/<aa>/<sha256>`. */
export const assetsDirOf = (profileDir: string): string => path.join(profileDir, 'assets');

/** Everything main runs for a window, without Electron: used by the app and by the test bridge. */
export function openAppServices({ profileDir, appOrigin, log, nativeBinding, ports = {}, publishingTuning }: AppServicesOptions): AppServices {
  mkdirSync(profileDir, { recursive: true });
  // One connection for every service, so that a draft, its images and its appeals can change in
  // one transaction. The drafts store owns it and closes it.
  // Checked first (PRAGMA quick_check): a damaged file is kept aside and what reads is recovered.
  const { db, recovery } = openCheckedDatabase(path.join(profileDir, 'drafts.sqlite'), nativeBinding);
  if (recovery) log.warn('drafts database recovered', { ...recovery });
  const drafts = createDraftStore(db);
  const listeners = new Set<Emit>();
  const emit: Emit = (event, payload) => {
    for (const listener of listeners) listener(event, payload);
  };
  const publishingPorts: PublishingPorts = {
    accountStore: ports.accountStore ?? jsonFileAccountStore(path.join(profileDir, 'accounts.json')),
    cipher: ports.cipher ?? noCipher,
    ...(ports.saveDialog ? { saveDialog: ports.saveDialog } : {}),
    ...(ports.openExternal ? { openExternal: ports.openExternal } : {}),
  };
  let services: Services;
  let publishing: Publishing;
  try {
    const assets = createAssetStore({ db, dir: assetsDirOf(profileDir) });
    const appeals = createAppealsLibrary(db);
    services = { drafts, assets, appeals, sample: createSampleService({ db, drafts, assets, appeals }) };
    publishing = createPublishing({ db, drafts, assets, appeals, ports: publishingPorts, emit, log, tuning: publishingTuning });
  } catch (error) {
    drafts.close();
    throw error;
  }
  const handlers = { ...createHandlers(services, emit), ...createPublishingHandlers(publishing, publishingPorts, services) };
  const dispatch = createDispatcher({ handlers, appOrigin, log });
  // Jobs a crash or quit interrupted carry on now.
  publishing.outbox.start();
  let open = true;
  return {
    dispatch,
    recovery,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    assetFile: (sha256) => (open ? services.assets.assetFile(sha256) : null),
    close: () => {
      open = false;
      publishing.outbox.stop();
      drafts.close();
    },
  };
}
