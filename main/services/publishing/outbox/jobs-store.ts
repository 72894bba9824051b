import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { AssetRef } from '../../../../shared/blocks/figure/schema';
import type { PublishConflict, PublishJob } from '../../../../shared/ipc/contract';
import { toAppError } from '../../drafts/storageErrors';
import type { JobRecords, PublishOptions, RemoteMedia, RemotePost, Snapshot } from '../publisher';

export type JobState = PublishJob['state'];
export type JobError = NonNullable<PublishJob['error']>;

/** A job as the runner uses it. */
export interface Job {
  id: string;
  draftId: string;
  accountId: string;
  clientGuid: string;
  options: PublishOptions;
  snapshot: Snapshot;
  state: JobState;
  stepsDone: string[];
  attempts: number;
  overwrite: boolean;
}

interface JobRow {
  id: string;
  draft_id: string;
  account_id: string;
  client_guid: string;
  headline: string;
  options: string;
  snapshot: string;
  state: JobState;
  steps_done: string;
  attempts: number;
  next_attempt_at: number | null;
  last_error: string | null;
  conflict: string | null;
  overwrite: number;
  url: string | null;
  created_at: number;
  updated_at: number;
}

interface PostRow {
  client_guid: string;
  site: string;
  remote_id: string | null;
  create_sent: number;
  url: string | null;
  remote_modified: string | null;
  pushed_title: string | null;
  pushed_hash: string | null;
}

interface MediaRow {
  remote_id: string;
  url: string;
  alt: string;
  caption: string;
  attached: number;
}

// Everything but the snapshot, which can be megabytes: listing jobs never reads it.
const SUMMARY_COLUMNS = `id, draft_id, account_id, headline, options, state, attempts, next_attempt_at, last_error, conflict,
  url, created_at, updated_at`;

type SummaryRow = Omit<JobRow, 'snapshot' | 'client_guid' | 'steps_done' | 'overwrite'>;

const toSummary = (row: SummaryRow): PublishJob => {
  const options = JSON.parse(row.options) as PublishOptions;
  return {
    id: row.id,
    draftId: row.draft_id,
    accountId: row.account_id,
    headline: row.headline,
    status: options.status,
    scheduledAt: options.scheduledAt,
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    error: row.last_error === null ? null : (JSON.parse(row.last_error) as JobError),
    conflict: row.conflict === null ? null : (JSON.parse(row.conflict) as PublishConflict),
    url: row.url,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
};

const toJob = (row: JobRow): Job => ({
  id: row.id,
  draftId: row.draft_id,
  accountId: row.account_id,
  clientGuid: row.client_guid,
  options: JSON.parse(row.options) as PublishOptions,
  snapshot: JSON.parse(row.snapshot) as Snapshot,
  state: row.state,
  stepsDone: JSON.parse(row.steps_done) as string[],
  attempts: row.attempts,
  overwrite: row.overwrite === 1,
});

/** States a new publish of the same draft to the same account replaces. */
const REPLACEABLE: readonly JobState[] = ['queued', 'running', 'retrying', 'needs_attention', 'conflict'];

/**
 * The outbox's tables (migration 4) on the drafts database's connection. Every change is one
 * statement or one transaction, committed before the runner sends the next request.
 */
export function createJobsStore(db: Database.Database, now: () => number) {
  const sql = {
    insert: db.prepare(
      `INSERT INTO publish_jobs (id, draft_id, account_id, client_guid, headline, options, snapshot, state, created_at, updated_at)
       VALUES (@id, @draft_id, @account_id, @client_guid, @headline, @options, @snapshot, 'queued', @now, @now)`,
    ),
    summary: db.prepare<[string], SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM publish_jobs WHERE id = ?`),
    list: db.prepare<[], SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM publish_jobs ORDER BY created_at DESC, rowid DESC LIMIT 200`),
    listForDraft: db.prepare<[string], SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM publish_jobs WHERE draft_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 200`,
    ),
    replaceable: db.prepare<[string, string], { id: string }>(
      `SELECT id FROM publish_jobs WHERE draft_id = ? AND account_id = ?
         AND state IN (${REPLACEABLE.map((state) => `'${state}'`).join(', ')})`,
    ),
    due: db.prepare<[number], JobRow>(
      `SELECT * FROM publish_jobs WHERE state IN ('queued', 'retrying') AND coalesce(next_attempt_at, 0) <= ?
       ORDER BY coalesce(next_attempt_at, 0), created_at, rowid LIMIT 1`,
    ),
    nextWake: db.prepare<[], { at: number | null }>(
      `SELECT min(coalesce(next_attempt_at, 0)) AS at FROM publish_jobs WHERE state IN ('queued', 'retrying')`,
    ),
    transition: db.prepare<{ id: string; from: string; state: JobState; now: number }>(
      `UPDATE publish_jobs SET state = @state, updated_at = @now
       WHERE id = @id AND state IN (SELECT value FROM json_each(@from))`,
    ),
    claim: db.prepare<{ id: string; now: number }>(
      `UPDATE publish_jobs SET state = 'running', attempts = attempts + 1, updated_at = @now
       WHERE id = @id AND state IN ('queued', 'retrying')`,
    ),
    stepDone: db.prepare<{ id: string; step: string; now: number }>(
      `UPDATE publish_jobs SET steps_done = json_insert(steps_done, '$[#]', @step), updated_at = @now
       WHERE id = @id AND state = 'running'`,
    ),
    finish: db.prepare<{ id: string; url: string; now: number }>(
      `UPDATE publish_jobs SET state = 'done', url = @url, last_error = NULL, next_attempt_at = NULL, updated_at = @now
       WHERE id = @id AND state = 'running'`,
    ),
    fail: db.prepare<{ id: string; state: JobState; error: string; next: number | null; now: number }>(
      `UPDATE publish_jobs SET state = @state, last_error = @error, next_attempt_at = @next, updated_at = @now
       WHERE id = @id AND state = 'running'`,
    ),
    conflict: db.prepare<{ id: string; conflict: string; error: string; now: number }>(
      `UPDATE publish_jobs SET state = 'conflict', conflict = @conflict, last_error = @error, next_attempt_at = NULL,
         updated_at = @now WHERE id = @id AND state = 'running'`,
    ),
    requeue: db.prepare<{ id: string; overwrite: number; now: number }>(
      `UPDATE publish_jobs SET state = 'queued', next_attempt_at = NULL, last_error = NULL, conflict = NULL,
         overwrite = @overwrite, updated_at = @now WHERE id = @id`,
    ),
    resumeAll: db.prepare<{ now: number }>(`UPDATE publish_jobs SET state = 'queued', updated_at = @now WHERE state = 'running'`),

    post: db.prepare<[string, string], PostRow>('SELECT * FROM remote_posts WHERE draft_id = ? AND account_id = ?'),
    newPost: db.prepare<{ draft_id: string; account_id: string; site: string; client_guid: string; now: number }>(
      `INSERT INTO remote_posts (draft_id, account_id, site, client_guid, updated_at)
       VALUES (@draft_id, @account_id, @site, @client_guid, @now)
       ON CONFLICT (draft_id, account_id) DO UPDATE SET site = excluded.site, client_guid = excluded.client_guid,
         remote_id = NULL, create_sent = 0, url = NULL, remote_modified = NULL, pushed_title = NULL, pushed_hash = NULL,
         updated_at = excluded.updated_at`,
    ),
    createSent: db.prepare<[number, string, string]>(
      'UPDATE remote_posts SET create_sent = 1, updated_at = ? WHERE draft_id = ? AND account_id = ?',
    ),
    savePost: db.prepare<{
      remoteId: string | null;
      url: string | null;
      remoteModified: string | null;
      pushedTitle: string | null;
      pushedHash: string | null;
      now: number;
      draftId: string;
      accountId: string;
    }>(
      `UPDATE remote_posts SET remote_id = @remoteId, url = @url, remote_modified = @remoteModified,
         pushed_title = @pushedTitle, pushed_hash = @pushedHash, updated_at = @now
       WHERE draft_id = @draftId AND account_id = @accountId`,
    ),
    forgetPost: db.prepare<[number, string, string]>(
      `UPDATE remote_posts SET remote_id = NULL, create_sent = 0, url = NULL, remote_modified = NULL, pushed_title = NULL,
         pushed_hash = NULL, updated_at = ? WHERE draft_id = ? AND account_id = ?`,
    ),
    media: db.prepare<[string, string], MediaRow>('SELECT * FROM remote_media WHERE site = ? AND sha256 = ?'),
    saveMedia: db.prepare(
      `INSERT INTO remote_media (site, sha256, remote_id, url, alt, caption, attached, created_at)
       VALUES (@site, @sha256, @remote_id, @url, @alt, @caption, @attached, @now)
       ON CONFLICT (site, sha256) DO UPDATE SET remote_id = excluded.remote_id, url = excluded.url, alt = excluded.alt,
         caption = excluded.caption, attached = excluded.attached`,
    ),
    draftImage: db.prepare<[string, string], AssetRef>(
      `SELECT a.sha256, a.mime, a.width, a.height, a.bytes FROM assets AS a
       JOIN draft_assets AS d ON d.sha256 = a.sha256 WHERE d.draft_id = ? AND a.sha256 = ?`,
    ),
  };

  const guarded =
    <A extends unknown[], R>(operation: 'read' | 'write', fn: (...args: A) => R) =>
    (...args: A): R => {
      try {
        return fn(...args);
      } catch (error) {
        throw toAppError(error, operation);
      }
    };

  const toPost = (row: PostRow): RemotePost => ({
    clientGuid: row.client_guid,
    remoteId: row.remote_id,
    createSent: row.create_sent === 1,
    url: row.url,
    remoteModified: row.remote_modified,
    pushedTitle: row.pushed_title,
    pushedHash: row.pushed_hash,
  });

  /** The records a job's steps read and write, bound to its draft, account and site. */
  const records = (job: Pick<Job, 'draftId' | 'accountId'>, site: string): JobRecords => {
    const key = [job.draftId, job.accountId] as const;
    const current = (): PostRow => {
      const row = sql.post.get(...key);
      if (!row) throw new Error('the job has no remote post record');
      return row;
    };
    return {
      post: () => toPost(current()),
      markCreateSent: () => void sql.createSent.run(now(), ...key),
      savePost(fields) {
        const { remoteId, url, remoteModified, pushedTitle, pushedHash } = { ...toPost(current()), ...fields };
        sql.savePost.run({ remoteId, url, remoteModified, pushedTitle, pushedHash, now: now(), draftId: key[0], accountId: key[1] });
      },
      forgetPost: () => void sql.forgetPost.run(now(), ...key),
      media(sha256) {
        const row = sql.media.get(site, sha256);
        return row && { remoteId: row.remote_id, url: row.url, alt: row.alt, caption: row.caption, attached: row.attached === 1 };
      },
      saveMedia(sha256, media: RemoteMedia) {
        sql.saveMedia.run({
          site,
          sha256,
          remote_id: media.remoteId,
          url: media.url,
          alt: media.alt,
          caption: media.caption,
          attached: media.attached ? 1 : 0,
          now: now(),
        });
      },
    };
  };

  const transition = (id: string, from: readonly JobState[], state: JobState): boolean =>
    sql.transition.run({ id, from: JSON.stringify(from), state, now: now() }).changes === 1;

  /** The draft's post record for the account, made with a new client GUID when there is none or the account moved site. */
  const ensurePost = (draftId: string, accountId: string, site: string): RemotePost => {
    const existing = sql.post.get(draftId, accountId);
    if (!existing || existing.site !== site) {
      sql.newPost.run({ draft_id: draftId, account_id: accountId, site, client_guid: randomUUID(), now: now() });
    }
    return toPost(sql.post.get(draftId, accountId)!);
  };

  return {
    /**
     * A new job, replacing unfinished ones for the same draft and account (their ids are
     * returned, for the runner to stop one that is running). The draft keeps its client GUID
     * per account unless the account moved to another site.
     */
    enqueue: guarded('write', (draftId: string, accountId: string, site: string, options: PublishOptions, snapshot: Snapshot) =>
      db
        .transaction(() => {
          const replaced = sql.replaceable.all(draftId, accountId).map((row) => row.id);
          for (const id of replaced) transition(id, REPLACEABLE, 'cancelled');
          const { clientGuid } = ensurePost(draftId, accountId, site);
          const id = randomUUID();
          sql.insert.run({
            id,
            draft_id: draftId,
            account_id: accountId,
            client_guid: clientGuid,
            headline: snapshot.article.headline,
            options: JSON.stringify(options),
            snapshot: JSON.stringify(snapshot),
            now: now(),
          });
          return { id, replaced };
        })
        .immediate(),
    ),
    summary: guarded('read', (id: string): PublishJob | undefined => {
      const row = sql.summary.get(id);
      return row && toSummary(row);
    }),
    list: guarded('read', (draftId?: string): PublishJob[] =>
      (draftId === undefined ? sql.list.all() : sql.listForDraft.all(draftId)).map(toSummary),
    ),
    due: guarded('read', (at: number): Job | undefined => {
      const row = sql.due.get(at);
      return row && toJob(row);
    }),
    /** When the next waiting job is due, or null when none waits. */
    nextWake: guarded('read', (): number | null => sql.nextWake.get()?.at ?? null),
    claim: guarded('write', (id: string) => sql.claim.run({ id, now: now() }).changes === 1),
    stepDone: guarded('write', (id: string, step: string) => void sql.stepDone.run({ id, step, now: now() })),
    finish: guarded('write', (id: string, url: string) => sql.finish.run({ id, url, now: now() }).changes === 1),
    fail: guarded(
      'write',
      (id: string, state: 'retrying' | 'needs_attention', error: JobError, next: number | null) =>
        sql.fail.run({ id, state, error: JSON.stringify(error), next, now: now() }).changes === 1,
    ),
    conflict: guarded(
      'write',
      (id: string, conflict: PublishConflict, error: JobError) =>
        sql.conflict.run({ id, conflict: JSON.stringify(conflict), error: JSON.stringify(error), now: now() }).changes === 1,
    ),
    transition: guarded('write', transition),
    requeue: guarded('write', (id: string, overwrite = false) => void sql.requeue.run({ id, overwrite: overwrite ? 1 : 0, now: now() })),
    /** After a crash or a quit: jobs that were running start again (their steps skip what is done). */
    resumeAll: guarded('write', () => sql.resumeAll.run({ now: now() }).changes),
    /** The options a job was queued with (the workflow reads the review it carried). */
    optionsOf: guarded('read', (id: string): PublishOptions | undefined => {
      const row = sql.summary.get(id);
      return row && (JSON.parse(row.options) as PublishOptions);
    }),
    ensurePost: guarded('write', ensurePost),
    /**
     * Makes `remoteId` the draft's post on the account's site, as just read from it (a review
     * opened from a site's queue): publishing then updates that post, and stops as a conflict if
     * it changes on the site before the next push.
     */
    linkPost: guarded(
      'write',
      (draftId: string, accountId: string, site: string, fields: Omit<RemotePost, 'clientGuid' | 'createSent'>) =>
        db
          .transaction(() => {
            if (ensurePost(draftId, accountId, site).remoteId !== fields.remoteId) sql.forgetPost.run(now(), draftId, accountId);
            sql.savePost.run({ ...fields, now: now(), draftId, accountId });
          })
          .immediate(),
    ),
    remotePost: guarded('read', (draftId: string, accountId: string) => {
      const row = sql.post.get(draftId, accountId);
      return row && toPost(row);
    }),
    records,
    draftImage: guarded('read', (draftId: string, sha256: string): AssetRef | null => sql.draftImage.get(draftId, sha256) ?? null),
  };
}

export type JobsStore = ReturnType<typeof createJobsStore>;
