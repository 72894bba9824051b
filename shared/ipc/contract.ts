import { z } from 'zod';
import { AppealEntry, AppealId, AppealVersion } from '../appeals/library';
import { Draft, DraftContent, DraftId, DraftSummary, RevisionId, RevisionSummary, Timestamp } from '../article/draft';
import { ArticleMeta } from '../article/meta';
import { AssetRef } from '../blocks/figure/schema';
import { desktopChannels, desktopEvents } from './desktop-channels';
import { workflowChannels, workflowEvents } from './workflow-channels';

const NoInput = z.strictObject({});
const ById = z.strictObject({ id: DraftId });

/** The largest request most channels accept, as JSON characters, checked before any schema work. */
export const DEFAULT_MAX_REQUEST_BYTES = 5_000_000;

/** The largest image importImage accepts (20 MiB of image bytes, before base64). */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** Its size in base64: four characters for every three bytes, padded. */
export const MAX_IMAGE_BASE64_CHARS = Math.ceil(MAX_IMAGE_BYTES / 3) * 4;

const AppealName = z.string().trim().min(1, 'an appeal needs a name').max(120, 'an appeal name is longer than 120 characters');
const AppealRef = z.strictObject({ id: AppealId, version: z.int().positive() });

// Publishing. Nothing in an output can carry a secret: the renderer sets an account's secret and
// sees only its status (main/services/publishing/contract-secrets.test.ts walks every output).
const AccountId = z.uuid();
const JobId = z.uuid();
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const AccountKind = z.enum(['wordpress', 'ghost']);
/** `needs-password`: a secret is stored but no longer decrypts (the OS keyring changed). */
export const SecretStatus = z.enum(['set', 'missing', 'needs-password']);

export const AccountSummary = z.strictObject({
  id: AccountId,
  kind: AccountKind,
  label: z.string(),
  /** Canonical: https assumed when typed without a scheme, no trailing slash. */
  siteUrl: z.string(),
  /** The WordPress user; '' for Ghost. */
  username: z.string(),
  secretStatus: SecretStatus,
  /** The secret was stored with weaker protection (Linux without a keyring), as the user accepted. */
  weakStorage: z.boolean(),
});
export type AccountSummary = z.infer<typeof AccountSummary>;

/**
 * How this computer can protect secrets: `os` (keychain, DPAPI, libsecret/kwallet), `weak` (Linux
 * without a keyring: setAccountSecret needs acceptWeakStorage) or `unavailable` (none at all).
 */
export const SecretStorage = z.strictObject({ protection: z.enum(['os', 'weak', 'unavailable']), message: z.string() });

/** The connection doctor's finding, in plain words (`message`); `status` is for icons and tests. */
export const ConnectionCheck = z.strictObject({
  ok: z.boolean(),
  status: z.enum([
    'ok',
    'secret_missing',
    'needs_password',
    'bad_address',
    'bad_key',
    'unreachable',
    'not_wordpress',
    'not_ghost',
    'rest_disabled',
    'app_passwords_unavailable',
    'credentials_refused',
    'not_allowed',
    'clock_skew',
    'site_error',
  ]),
  message: z.string(),
  /** Who the account signs in as (WordPress). */
  user: z.strictObject({ name: z.string(), roles: z.array(z.string()) }).nullable(),
  canPublish: z.boolean().nullable(),
  canUpload: z.boolean().nullable(),
});

const Term = z.strictObject({ id: z.int().positive(), name: z.string(), parentId: z.int().positive().nullable() });

export const PublishStatus = z.enum(['draft', 'pending', 'publish', 'future']);
export const JobState = z.enum(['queued', 'running', 'retrying', 'needs_attention', 'conflict', 'done', 'cancelled']);

/** What changed on the site since Copydesk's last push, shown before anything is overwritten. */
export const PublishConflict = z.strictObject({
  /** When the site says the post last changed. */
  remoteModifiedAt: Timestamp.nullable(),
  ourTitle: z.string(),
  theirTitle: z.string(),
  titleChanged: z.boolean(),
  contentChanged: z.boolean(),
  /** The start of the post's text as it is on the site now. */
  theirExcerpt: z.string(),
});
export type PublishConflict = z.infer<typeof PublishConflict>;

export const JobError = z.strictObject({
  message: z.string(),
  /** Copydesk retries by itself (at nextAttemptAt); otherwise the user must act, then retryJob. */
  retryable: z.boolean(),
  /** The CMS's own code when it gave one (`rest_cannot_publish`, `UPDATE_COLLISION`, …). */
  code: z.string().nullable(),
});

export const PublishJob = z.strictObject({
  id: JobId,
  draftId: DraftId,
  accountId: AccountId,
  /** The headline as published. */
  headline: z.string(),
  status: PublishStatus,
  scheduledAt: Timestamp.nullable(),
  state: JobState,
  attempts: z.int().nonnegative(),
  nextAttemptAt: Timestamp.nullable(),
  error: JobError.nullable(),
  conflict: PublishConflict.nullable(),
  /** The post's address once the job is done. */
  url: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type PublishJob = z.infer<typeof PublishJob>;

const ByAccount = z.strictObject({ id: AccountId });
const ByJob = z.strictObject({ jobId: JobId });

/**
 * The drafts database was found damaged when Copydesk started and was rebuilt from what still
 * read: how much came back, where the damaged file was kept, and `message`, the sentence to show.
 */
export const RecoveryNotice = z.strictObject({
  at: Timestamp,
  recovered: z.strictObject({ drafts: z.int().nonnegative(), revisions: z.int().nonnegative() }),
  keptAt: z.string(),
  message: z.string(),
});
export type RecoveryNotice = z.infer<typeof RecoveryNotice>;

/**
 * The one IPC contract: every request channel with its input and output schema. The preload's
 * methods, main's handlers, the test bridge and the renderer's types are all derived from it.
 * A channel may set `maxRequestBytes` (JSON characters) when its requests are legitimately larger
 * than DEFAULT_MAX_REQUEST_BYTES; the dispatcher checks it before parsing.
 */
export const contract = {
  createDraft: { input: NoInput, output: Draft },
  getDraft: { input: ById, output: Draft },
  saveDraft: {
    input: z.strictObject({ id: DraftId, ...DraftContent.shape }),
    output: z.strictObject({ id: DraftId, updatedAt: Timestamp }),
  },
  listDrafts: { input: NoInput, output: z.array(DraftSummary) },
  searchDrafts: {
    input: z.strictObject({ query: z.string().trim().min(1, 'search is empty').max(200, 'search is too long') }),
    output: z.array(DraftSummary),
  },
  trashDraft: { input: ById, output: DraftSummary },
  listTrash: { input: NoInput, output: z.array(DraftSummary) },
  restoreDraft: { input: ById, output: DraftSummary },
  emptyTrash: { input: NoInput, output: z.strictObject({ deleted: z.int().nonnegative() }) },
  listRevisions: { input: ById, output: z.array(RevisionSummary) },
  saveVersion: { input: ById, output: RevisionSummary },
  restoreRevision: { input: z.strictObject({ id: DraftId, revisionId: RevisionId }), output: Draft },

  /**
   * The article's metadata, saved on its own (the text autosave is unchanged). Saving what is
   * already stored changes nothing. A featuredImage must be an image of this draft (imported into
   * it, or a figure in its saved body), else `bad_request`. Emits draftChanged.
   */
  saveDraftMeta: {
    input: z.strictObject({ id: DraftId, meta: ArticleMeta }),
    output: z.strictObject({ id: DraftId, updatedAt: Timestamp }),
  },

  /**
   * Stores an image for a draft. The renderer reads the file (picker, drop or paste) and sends its
   * bytes as base64; main never receives a path. JPEG, PNG, WebP and GIF only, recognised by their
   * bytes (the name is only used in messages), at most MAX_IMAGE_BYTES; truncated or damaged files
   * are refused with `bad_request`. The same bytes are stored once. `suggested` is read from the
   * file's embedded IPTC/XMP/EXIF ('' when absent); the renderer puts it in the new figure.
   * Show it with `assetUrl(asset)` from shared/blocks/figure/assetUrl.
   */
  importImage: {
    input: z.strictObject({
      draftId: DraftId,
      name: z.string().max(255, 'the file name is longer than 255 characters'),
      dataBase64: z
        .string()
        .min(1, 'the file is empty')
        .max(MAX_IMAGE_BASE64_CHARS, `the image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB`),
    }),
    output: z.strictObject({
      asset: AssetRef,
      suggested: z.strictObject({ caption: z.string().max(2_000), credit: z.string().max(300), alt: z.string().max(1_000) }),
    }),
    maxRequestBytes: 28_000_000,
  },

  /** The newsroom's appeals library: the latest version of every entry, by name. */
  listAppeals: { input: NoInput, output: z.array(AppealVersion) },
  /** The exact versions articles pin; versions that do not exist are left out. */
  getAppealVersions: {
    input: z.strictObject({ ids: z.array(AppealRef).max(500) }),
    output: z.array(AppealVersion),
  },
  /**
   * Adds an entry (new id) or a new version of one (existing id; its kind cannot change:
   * `conflict`). Older versions stay, so articles that pin them keep their text. Emits
   * appealsChanged.
   */
  saveAppeal: {
    input: z.strictObject({ id: AppealId, name: AppealName, entry: AppealEntry }),
    output: AppealVersion,
  },
  /** Every version of one entry, newest first; `not_found` for an id the library never had. */
  appealHistory: { input: z.strictObject({ id: AppealId }), output: z.array(AppealVersion) },

  /** A new draft holding a sample article that shows every block type. Emits draftChanged. */
  createSampleDraft: { input: NoInput, output: Draft },
  /**
   * What the first screen needs to know: `offerSample` is true only on an empty profile (no drafts,
   * none in Trash) where no sample article was ever created.
   */
  profileStatus: {
    input: NoInput,
    output: z.strictObject({
      drafts: z.int().nonnegative(),
      trashed: z.int().nonnegative(),
      sampleCreated: z.boolean(),
      offerSample: z.boolean(),
    }),
  },

  /** CMS accounts (Settings → Publishing), without secrets. */
  listAccounts: { input: NoInput, output: z.array(AccountSummary) },
  /**
   * Adds an account (no id) or changes one; its kind cannot change (`bad_request`). WordPress needs
   * a username, Ghost has none. A bad site address is `bad_request` with the reason.
   */
  saveAccount: {
    input: z.strictObject({
      id: AccountId.optional(),
      kind: AccountKind,
      label: z.string().trim().min(1, 'the account needs a name').max(100),
      siteUrl: z.string().trim().min(1, 'the site address is empty').max(500),
      username: z.string().trim().max(200).optional(),
    }),
    output: AccountSummary,
  },
  /** Removes the account and its secret; jobs waiting on it stop with "needs attention". */
  deleteAccount: { input: ByAccount, output: z.strictObject({ deleted: z.boolean() }) },
  secretStorage: { input: NoInput, output: SecretStorage },
  /**
   * Encrypts and stores the WordPress application password or Ghost Admin API key. Where
   * protection is `weak` it is refused (`bad_request`, saying why) unless acceptWeakStorage.
   */
  setAccountSecret: {
    input: z.strictObject({
      id: AccountId,
      secret: z.string().min(1, 'the password is empty').max(1_000),
      acceptWeakStorage: z.boolean().optional(),
    }),
    output: AccountSummary,
  },
  clearAccountSecret: { input: ByAccount, output: AccountSummary },
  /** Runs the connection doctor with the stored secret; never throws for anything a site does. */
  checkConnection: { input: ByAccount, output: ConnectionCheck },
  /** WordPress categories and tags for the publish dialog; Ghost has none (it uses the article's tags). */
  listTerms: {
    input: z.strictObject({ accountId: AccountId }),
    output: z.strictObject({ categories: z.array(Term), tags: z.array(Term) }),
  },

  /**
   * Queues a publish and answers at once; progress comes as publish* events. Re-publishing a
   * draft to an account updates its post. `future` needs scheduledAt; Ghost has no `pending` and
   * no term ids. featuredImage: a SHA-256 of one of the draft's images, null for none, absent for
   * the article's own. A queued or stalled job for the same draft and account is replaced.
   * `publish` and `future` are the workflow's publish and schedule: refused as `not_allowed`, with
   * the reason, unless the article is approved with no comment open (or an admin overrides with a
   * note); when the job is done the review moves to published or scheduled (reviewChanged).
   * Publishing a live article again is a correction (its note required). `draft` or `pending` for
   * an article live or scheduled on that site is `not_allowed` (withdraw or unschedule it).
   */
  publishDraft: {
    input: z.strictObject({
      draftId: DraftId,
      accountId: AccountId,
      status: PublishStatus,
      scheduledAt: Timestamp.optional(),
      categories: z.array(z.int().positive()).max(100).optional(),
      tags: z.array(z.int().positive()).max(100).optional(),
      featuredImage: Sha256.nullable().optional(),
      /** For `publish` and `future`: the audit log's note, and an admin's override of the house rules (needs a note). */
      note: z.string().max(4_000, 'the note is longer than 4,000 characters').optional(),
      override: z.boolean().optional(),
    }),
    output: z.strictObject({ jobId: JobId }),
  },
  /** Newest first, at most 200; one draft's when draftId is given. */
  listJobs: { input: z.strictObject({ draftId: DraftId.optional() }), output: z.array(PublishJob) },
  /**
   * Runs a job that needs attention or is waiting to retry, now. A done, cancelled or conflicted
   * job is `bad_request` (publish again, or resolveConflict).
   */
  retryJob: { input: ByJob, output: PublishJob },
  cancelJob: { input: ByJob, output: PublishJob },
  /** `overwrite` replaces the site's changes with this article; `cancel` leaves the site alone. */
  resolveConflict: {
    input: z.strictObject({ jobId: JobId, choice: z.enum(['overwrite', 'cancel']) }),
    output: PublishJob,
  },
  /** Opens a finished job's post in the browser. */
  openPublishedPost: { input: ByJob, output: z.strictObject({ opened: z.boolean() }) },

  /** Asks where to save (a native dialog) and writes the file; null when the user cancelled. */
  exportDraft: {
    input: z.strictObject({ id: DraftId, format: z.enum(['ninjs', 'html']) }),
    output: z.strictObject({ path: z.string().nullable() }),
  },

  /** Why the drafts look different since last time, if the database was rebuilt at this start; else null. */
  recoveryNotice: { input: NoInput, output: RecoveryNotice.nullable() },

  ...workflowChannels,
  ...desktopChannels,
} as const;

/** Pushes from main to the renderer. */
export const events = {
  draftChanged: z.strictObject({ id: DraftId }),
  saveFailed: z.strictObject({ id: DraftId.nullable(), message: z.string() }),
  /** The window is closing: save what is pending now. */
  flushRequested: z.strictObject({}),
  /** A library entry gained a version: drafts pinning an older one can offer the newer. */
  appealsChanged: z.strictObject({ id: AppealId, version: z.int().positive() }),
  /** A publish job started a step: `done` of `total` steps are finished; `label` says what now. */
  publishProgress: z.strictObject({
    jobId: JobId,
    draftId: DraftId,
    step: z.string(),
    done: z.int().nonnegative(),
    total: z.int().positive(),
    label: z.string(),
  }),
  publishFinished: z.strictObject({ jobId: JobId, draftId: DraftId, url: z.string() }),
  /** Retryable: Copydesk tries again at nextAttemptAt. Otherwise the job needs attention. */
  publishFailed: z.strictObject({
    jobId: JobId,
    draftId: DraftId,
    message: z.string(),
    retryable: z.boolean(),
    nextAttemptAt: Timestamp.nullable(),
  }),
  publishConflict: z.strictObject({ jobId: JobId, draftId: DraftId, conflict: PublishConflict }),
  ...workflowEvents,
  ...desktopEvents,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const channels = Object.keys(contract) as Channel[];
export const eventNames = Object.keys(events) as EventName[];

export const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name);
export const isEventName = (name: string): name is EventName => Object.hasOwn(events, name);

/** The largest request a channel accepts, as JSON characters. */
export const maxRequestBytesFor = (channel: Channel): number => {
  const spec = contract[channel];
  return 'maxRequestBytes' in spec ? spec.maxRequestBytes : DEFAULT_MAX_REQUEST_BYTES;
};

/** Names on the wire, so that our messages cannot collide with anything else on ipcMain. */
export const wireChannel = (channel: Channel): string => `copydesk:${channel}`;
export const wireEvent = (event: EventName): string => `copydesk:event:${event}`;
