import { AppError } from '../../../../shared/ipc/result';
import type { Emit } from '../../handlers';
import type { Logger } from '../../ipc/dispatcher';
import { PublishError } from '../errors';
import { ConflictError, type Publisher } from '../publisher';
import { DEFAULT_RETRY, retryDelay, type RetryPolicy } from './backoff';
import type { Job, JobError, JobsStore } from './jobs-store';

export interface OutboxDeps {
  store: JobsStore;
  /**
   * The adapter for a job's account and the site it publishes to (the key of the image map).
   * Throws AppError when the account cannot publish (gone, no password): the job then waits for the user.
   */
  open(job: Job, signal: AbortSignal): Promise<{ publisher: Publisher; site: string }>;
  readImage(sha256: string): Uint8Array;
  emit: Emit;
  log: Logger;
  now?: () => number;
  retry?: Partial<RetryPolicy>;
  random?: () => number;
}

export interface Outbox {
  /** Resumes jobs a crash or quit left running, then works through what is due. */
  start(): void;
  /** Stops at once: the running job's request is aborted and the job resumes at the next start. */
  stop(): void;
  /** Something became due (a new job, a retry): look now. */
  kick(): void;
  /** Aborts the job if it is the one running; its state was already changed by the caller. */
  interrupt(jobId: string): void;
  /** Resolves once no job is running (jobs waiting for a later retry do not count). */
  settled(): Promise<void>;
}

// setTimeout's limit; a later wake-up is re-armed when it fires.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The outbox runner: one job at a time, oldest due first. Each step's completion is committed
 * before the next starts, so a crash resumes where it stopped. Network failures, 5xx and 429
 * wait and retry with backoff (Retry-After honoured); other refusals wait for the user; a
 * changed post stops as a conflict.
 */
export function createOutbox(deps: OutboxDeps): Outbox {
  const { store, emit, log, now = Date.now, random = Math.random } = deps;
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...deps.retry };
  let stopped = true;
  let timer: NodeJS.Timeout | undefined;
  let current: { jobId: string; controller: AbortController; done: Promise<void> } | null = null;

  const schedule = () => {
    clearTimeout(timer);
    timer = undefined;
    if (stopped || current) return;
    const at = store.nextWake();
    if (at === null) return;
    timer = setTimeout(pump, Math.min(Math.max(0, at - now()), MAX_TIMER_MS));
    timer.unref();
  };

  function pump(): void {
    if (stopped || current) return;
    let job: Job | undefined;
    try {
      job = store.due(now());
      if (job && !store.claim(job.id)) job = undefined;
    } catch (error) {
      log.error('the outbox could not read its jobs', { error: String(error) });
      return;
    }
    if (!job) {
      schedule();
      return;
    }
    const controller = new AbortController();
    const claimed = { ...job, attempts: job.attempts + 1 };
    current = {
      jobId: job.id,
      controller,
      done: run(claimed, controller.signal).finally(() => {
        current = null;
        pump();
      }),
    };
  }

  async function run(job: Job, signal: AbortSignal): Promise<void> {
    try {
      const { publisher, site } = await deps.open(job, signal);
      const steps = publisher.plan({
        clientGuid: job.clientGuid,
        options: job.options,
        snapshot: job.snapshot,
        overwrite: job.overwrite,
        records: store.records(job, site),
        readImage: deps.readImage,
      });
      const done = new Set(job.stepsDone);
      for (const [index, step] of steps.entries()) {
        if (done.has(step.id)) continue;
        signal.throwIfAborted();
        emit('publishProgress', { jobId: job.id, draftId: job.draftId, step: step.id, done: index, total: steps.length, label: step.label });
        await step.run();
        signal.throwIfAborted();
        store.stepDone(job.id, step.id);
      }
      const url = store.remotePost(job.draftId, job.accountId)?.url ?? '';
      if (store.finish(job.id, url)) emit('publishFinished', { jobId: job.id, draftId: job.draftId, url });
    } catch (error) {
      // Whoever aborted (cancelJob, a newer publish, quitting) has already decided the job's state.
      if (signal.aborted || stopped) return;
      settle(job, error);
    }
  }

  function settle(job: Job, error: unknown): void {
    const base = { jobId: job.id, draftId: job.draftId };
    if (error instanceof ConflictError) {
      log.warn('publish job stopped on a conflict', { jobId: job.id });
      const jobError: JobError = { message: error.message, retryable: false, code: error.details.code ?? null };
      if (store.conflict(job.id, error.conflict, jobError)) emit('publishConflict', { ...base, conflict: error.conflict });
      return;
    }
    let jobError: JobError;
    let next: number | null = null;
    if (error instanceof PublishError) {
      log.warn('publish job failed', { jobId: job.id, kind: error.kind, status: error.details.status, code: error.details.code });
      jobError = { message: error.message, retryable: error.retryable, code: error.details.code ?? null };
      if (error.retryable) next = now() + retryDelay(job.attempts, policy, error.details.retryAfterMs, random);
    } else if (error instanceof AppError) {
      log.warn('publish job cannot run', { jobId: job.id, code: error.code });
      jobError = { message: error.message, retryable: false, code: null };
    } else {
      log.error('publish job failed unexpectedly', { jobId: job.id, error: String((error as Error)?.stack ?? error) });
      jobError = {
        message: 'Copydesk could not publish this because of an error of its own. The log has the details; try again.',
        retryable: false,
        code: null,
      };
    }
    if (store.fail(job.id, next === null ? 'needs_attention' : 'retrying', jobError, next)) {
      emit('publishFailed', { ...base, message: jobError.message, retryable: jobError.retryable, nextAttemptAt: next });
    }
  }

  return {
    start() {
      stopped = false;
      store.resumeAll();
      pump();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      current?.controller.abort(new PublishError('cancelled', 'Copydesk is closing.'));
    },
    kick: () => {
      clearTimeout(timer);
      pump();
    },
    interrupt(jobId) {
      if (current?.jobId === jobId) current.controller.abort(new PublishError('cancelled', 'Cancelled.'));
    },
    async settled() {
      while (current) await current.done;
    },
  };
}
