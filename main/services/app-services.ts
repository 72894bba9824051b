import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../shared/i18n/messages';
import { createAppealsLibrary } from './appeals/library';
import type { AssetFile } from './assets/files';
import { createAssetStore } from './assets/store';
import { openDesktopState, type DesktopState } from './desktop/desktop-state';
import { createDesktopHandlers } from './desktop/handlers';
import type { DesktopPorts } from './desktop/ports';
import { openHouseDictionary, type HouseDictionary } from './dictionary/house-dictionary';
import { openCheckedDatabase, type RecoveryReport } from './drafts/recovery';
import { createDraftStore } from './drafts/store';
import { createHandlers, type Emit, type Services } from './handlers';
import { createDispatcher, type Dispatch, type Logger } from './ipc/dispatcher';
import { jsonFileAccountStore } from './publishing/accounts/account-store';
import { noCipher } from './publishing/accounts/cipher';
import { createPublishingHandlers } from './publishing/handlers';
import { createPublishing, type Publishing, type PublishingPorts, type PublishingTuning } from './publishing/service';
import { createSampleService } from './sample/sample';
import { createWorkflowHandlers } from './workflow/handlers';
import { createWorkflow, type Workflow } from './workflow/service';

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
  /** The theme and the spellchecker, which only Electron has (main/services/desktop/ports.ts). */
  desktopPorts?: DesktopPorts;
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
  /** What the native menus read and do without a request from the window. */
  desktop: Pick<DesktopState, 'recentDrafts' | 'clearRecent' | 'onRecentChanged' | 'onUiLanguageChanged'> & {
    /** The chosen interface language; null when none was chosen and the system's applies. */
    uiLanguage(): Locale | null;
    /** The spelling menu's "Add to house dictionary"; throws an AppError for what is not a word. */
    addHouseWord(word: string): void;
  };
  close(): void;
}

/** Where a profile keeps its images: `<profileDir>/assets/<aa>/<sha256>`. */
export const assetsDirOf = (profileDir: string): string => path.join(profileDir, 'assets');

/** Everything main runs for a window, without Electron: used by the app and by the test bridge. */
export function openAppServices({ profileDir, appOrigin, log, nativeBinding, ports = {}, desktopPorts = {}, publishingTuning }: AppServicesOptions): AppServices {
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
  let workflow: Workflow;
  let desktop: DesktopState;
  let dictionary: HouseDictionary;
  try {
    const assets = createAssetStore({ db, dir: assetsDirOf(profileDir) });
    const appeals = createAppealsLibrary(db);
    services = { drafts, assets, appeals, sample: createSampleService({ db, drafts, assets, appeals }) };
    publishing = createPublishing({ db, drafts, assets, appeals, ports: publishingPorts, emit, log, tuning: publishingTuning });
    workflow = createWorkflow({ db, drafts, assets, publishing, emit, log });
    desktop = openDesktopState({ file: path.join(profileDir, 'desktop.json'), drafts, log, ports: desktopPorts });
    dictionary = openHouseDictionary({
      file: path.join(profileDir, 'house-dictionary.txt'),
      log,
      spellcheck: desktopPorts.spellcheck,
      saveDialog: publishingPorts.saveDialog,
      onChange: () => emit('houseWordsChanged', {}),
    });
  } catch (error) {
    drafts.close();
    throw error;
  }
  const notice = recovery && {
    at: recovery.at,
    recovered: { drafts: recovery.recovered.drafts, revisions: recovery.recovered.revisions },
    keptAt: recovery.movedTo,
    message: recovery.message,
  };
  const handlers = {
    ...createHandlers(services, emit),
    ...createPublishingHandlers(publishing, publishingPorts, services),
    ...createWorkflowHandlers(workflow),
    recoveryNotice: () => notice,
    ...createDesktopHandlers({ state: desktop, dictionary, spellcheck: desktopPorts.spellcheck }),
  };
  const dispatch = createDispatcher({ handlers, appOrigin, log });
  // A finished publish moves the article's review to published or scheduled; one that finished
  // just before a crash or quit is applied now.
  listeners.add(workflow.followPublishing);
  workflow.catchUp();
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
    desktop: {
      recentDrafts: () => desktop.recentDrafts(),
      clearRecent: () => desktop.clearRecent(),
      onRecentChanged: (listener) => desktop.onRecentChanged(listener),
      uiLanguage: () => desktop.state().uiLanguage,
      onUiLanguageChanged: (listener) => desktop.onUiLanguageChanged(listener),
      addHouseWord: (word) => void dictionary.add(word),
    },
    close: () => {
      open = false;
      publishing.outbox.stop();
      drafts.close();
    },
  };
}
