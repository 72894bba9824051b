import type Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import type { Draft } from '../../../shared/article/draft';
import type { ChannelInput, PublishJob } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import type { AppealsLibrary } from '../appeals/library';
import type { AssetStore } from '../assets/store';
import type { DraftStore } from '../drafts/store-api';
import type { Emit } from '../handlers';
import type { Logger } from '../ipc/dispatcher';
import type { AccountStore } from './accounts/account-store';
import { createAccounts, type AccountsService } from './accounts/accounts';
import type { SecretCipher } from './accounts/cipher';
import { wordpressClient, type ConnectionOptions } from './accounts/connection';
import { createGhostClient } from './ghost/client';
import { ghostPublisher } from './ghost/publisher';
import type { FetchLike } from './http';
import type { RetryPolicy } from './outbox/backoff';
import { createJobsStore, type Job, type JobsStore } from './outbox/jobs-store';
import { createOutbox, type Outbox } from './outbox/runner';
import type { PublishOptions, RemotePost } from './publisher';
import { takeSnapshot } from './snapshot';
import { wordpressPublisher } from './wordpress/publisher';
import type { SaveDialog } from './export';

/** What only the host can provide: Electron's safeStorage, electron-store, dialogs and the browser. */
export interface PublishingPorts {
  accountStore: AccountStore;
  cipher: SecretCipher;
  saveDialog?: SaveDialog;
  /** Opens a web page in the user's browser (Electron's shell.openExternal). */
  openExternal?: (url: string) => Promise<void>;
}

/** Timings a test shortens; the defaults suit real sites. */
export interface PublishingTuning {
  retry?: Partial<RetryPolicy>;
  timeoutMs?: number;
  uploadTimeoutMs?: number;
  fetch?: FetchLike;
}

export interface PublishingDeps {
  db: Database.Database;
  drafts: DraftStore;
  assets: AssetStore;
  appeals: AppealsLibrary;
  ports: PublishingPorts;
  emit: Emit;
  log: Logger;
  now?: () => number;
  tuning?: PublishingTuning;
}

export interface Publishing {
  accounts: AccountsService;
  jobs: JobsStore;
  outbox: Outbox;
  connection: ConnectionOptions;
  /** Queues a publish, with the workflow's review for when it is done (see PublishOptions.review). */
  enqueue(input: Omit<ChannelInput<'publishDraft'>, 'note' | 'override'>, review?: PublishOptions['review']): { jobId: string };
  /**
   * Pushes the draft to its post on a WordPress account now, outside the outbox, with the same
   * steps a publish takes (images uploaded once, the post created or checked for changes made on
   * the site, then updated): the workflow's pushes for review. Throws the PublishError the site's
   * answer made (ConflictError when the post changed on the site) or an AppError.
   */
  pushNow(draft: Draft, accountId: string, options: Omit<PublishOptions, 'featuredImage'>): Promise<RemotePost>;
  retry(jobId: string): PublishJob;
  cancel(jobId: string): PublishJob;
  resolveConflict(jobId: string, choice: 'overwrite' | 'cancel'): PublishJob;
}

export function createPublishing({ db, drafts, assets, appeals, ports, emit, log, now = Date.now, tuning = {} }: PublishingDeps): Publishing {
  const accounts = createAccounts({ store: ports.accountStore, cipher: ports.cipher, log });
  const jobs = createJobsStore(db, now);
  const connection: ConnectionOptions = {
    ...(tuning.timeoutMs === undefined ? {} : { timeoutMs: tuning.timeoutMs }),
    ...(tuning.fetch === undefined ? {} : { fetch: tuning.fetch }),
  };
  const clientOptions = (signal?: AbortSignal) => ({
    ...connection,
    ...(tuning.uploadTimeoutMs === undefined ? {} : { uploadTimeoutMs: tuning.uploadTimeoutMs }),
    log,
    signal,
  });

  const readImage = (sha256: string): Uint8Array => {
    const file = assets.assetFile(sha256);
    if (!file) throw new AppError('not_found', "An image of this article is missing from this computer's Copydesk profile.");
    return readFileSync(file.path);
  };

  const open = async (accountId: string, signal?: AbortSignal) => {
    const credentials = accounts.credentials(accountId);
    const site = credentials.account.siteUrl;
    if (credentials.kind === 'ghost') {
      const client = createGhostClient({ siteUrl: site, adminKey: credentials.adminKey }, clientOptions(signal));
      return { publisher: ghostPublisher(client), site };
    }
    return { publisher: wordpressPublisher(await wordpressClient(accounts, credentials, clientOptions(signal))), site };
  };

  const outbox = createOutbox({
    store: jobs,
    open: (job: Job, signal: AbortSignal) => open(job.accountId, signal),
    readImage,
    emit,
    log,
    now,
    ...(tuning.retry ? { retry: tuning.retry } : {}),
  });

  /** An account that can take a push now: it exists and has its password. */
  const usableAccount = (accountId: string) => {
    const account = accounts.list().find((a) => a.id === accountId);
    if (!account) throw new AppError('not_found', 'This account no longer exists.');
    if (account.secretStatus !== 'set') {
      throw new AppError('bad_request', `“${account.label}” needs its password: set it in Settings → Publishing.`);
    }
    return account;
  };

  const sources = { appeals: appeals.getVersions, draftImage: jobs.draftImage };

  /** The draft frozen for a push, with `featured` (or, left undefined, the article's own choice if it is still there). */
  const snapshotOf = (draft: Draft, featured: string | null | undefined) => {
    const wanted = featured === undefined ? draft.meta.featuredImage : featured;
    // An explicit choice must be valid; the article's own choice is dropped if its image has gone.
    const snapshot = takeSnapshot(draft, wanted, sources) ?? (featured === undefined ? takeSnapshot(draft, null, sources) : null);
    if (!snapshot) throw new AppError('bad_request', 'The featured image is not one of this article’s images.');
    const featuredImage = snapshot.images.some((image) => image.asset.sha256 === wanted) ? wanted : null;
    return { snapshot, featuredImage };
  };

  const summary = (jobId: string): PublishJob => {
    const job = jobs.summary(jobId);
    if (!job) throw new AppError('not_found', 'This publish job no longer exists.');
    return job;
  };

  return {
    accounts,
    jobs,
    outbox,
    connection,

    enqueue(input, review) {
      const draft = drafts.get(input.draftId);
      if (draft.deletedAt !== null) throw new AppError('bad_request', 'This draft is in the Trash: restore it to publish it.');
      const account = usableAccount(input.accountId);
      if (account.kind === 'ghost') {
        if (input.status === 'pending') throw new AppError('bad_request', 'Ghost has no review status: save it as a draft.');
        if (input.categories?.length || input.tags?.length) {
          throw new AppError('bad_request', 'Ghost has no categories, and takes its tags from the article.');
        }
      }
      if (input.status === 'future' ? input.scheduledAt === undefined : input.scheduledAt !== undefined) {
        throw new AppError('bad_request', 'A time to publish goes with “schedule”, and only with it.');
      }
      if (input.scheduledAt !== undefined && input.scheduledAt <= now()) {
        throw new AppError('bad_request', 'The time to publish is in the past.');
      }
      const { snapshot, featuredImage } = snapshotOf(draft, input.featuredImage);
      const options: PublishOptions = {
        status: input.status,
        scheduledAt: input.scheduledAt ?? null,
        categories: input.categories ?? [],
        tags: input.tags ?? [],
        featuredImage,
        ...(review ? { review } : {}),
      };
      const { id, replaced } = jobs.enqueue(draft.id, account.id, account.siteUrl, options, snapshot);
      for (const old of replaced) outbox.interrupt(old);
      outbox.kick();
      return { jobId: id };
    },

    async pushNow(draft, accountId, options) {
      const account = usableAccount(accountId);
      if (account.kind !== 'wordpress') throw new AppError('bad_request', 'Review through the site needs a WordPress account.');
      const { snapshot, featuredImage } = snapshotOf(draft, undefined);
      const { clientGuid } = jobs.ensurePost(draft.id, account.id, account.siteUrl);
      const { publisher, site } = await open(account.id);
      const records = jobs.records({ draftId: draft.id, accountId: account.id }, site);
      const job = { clientGuid, options: { ...options, featuredImage }, snapshot, overwrite: false, records, readImage };
      for (const step of publisher.plan(job)) await step.run();
      return records.post();
    },

    retry(jobId) {
      const job = summary(jobId);
      if (job.state === 'done') throw new AppError('bad_request', 'This job is done: publish again to update the post.');
      if (job.state === 'conflict') throw new AppError('bad_request', 'The post changed on the site: choose to overwrite it or cancel.');
      if (job.state === 'cancelled') throw new AppError('bad_request', 'A cancelled job does not resume: publish again.');
      if (job.state === 'needs_attention' || job.state === 'retrying') {
        jobs.requeue(jobId);
        outbox.kick();
      }
      return summary(jobId);
    },

    cancel(jobId) {
      const job = summary(jobId);
      if (job.state === 'done') throw new AppError('bad_request', 'This job is done: the post is on the site.');
      if (jobs.transition(jobId, ['queued', 'running', 'retrying', 'needs_attention', 'conflict'], 'cancelled')) {
        outbox.interrupt(jobId);
      }
      return summary(jobId);
    },

    resolveConflict(jobId, choice) {
      if (summary(jobId).state !== 'conflict') throw new AppError('bad_request', 'This job has no conflict to resolve.');
      if (choice === 'cancel') jobs.transition(jobId, ['conflict'], 'cancelled');
      else {
        jobs.requeue(jobId, true);
        outbox.kick();
      }
      return summary(jobId);
    },
  };
}
