import type Database from 'better-sqlite3';
import type { Person, ReviewSnapshot } from '../../../shared/ipc/workflow-channels';
import type { WorkflowAction } from '../../../shared/workflow/actions';
import { INITIAL_REVIEW, type Actor, type AuditEntry, type CommentThread, type ReviewState } from '../../../shared/workflow/review';
import type { WorkflowState } from '../../../shared/workflow/states';
import { guarded } from '../drafts/storageErrors';

export type SnapshotKind = 'submitted' | 'approved';

/** An article's review as kept on this computer (migration 5). */
export interface ReviewRecord {
  review: ReviewState;
  /** The account whose post the article is (the post is the outbox's remote_posts row); null while local only. */
  accountId: string | null;
  /** The reporter who first submitted it, as the wire carries it. */
  author: Actor | null;
  /** The article as last pushed to or pulled from the site (contentHash); null when never. */
  syncedHash: string | null;
}

export interface ReviewChange {
  /** The review to store; audit entries it holds that the log lacks are appended, the others left alone. */
  review?: ReviewState;
  accountId?: string | null;
  author?: Actor | null;
  syncedHash?: string | null;
}

const DEFAULT_PERSON: Person = { name: '', role: 'reporter' };

interface ReviewRow {
  state: WorkflowState;
  previous_state: WorkflowState | null;
  correction_number: number;
  approval: string | null;
  comments: string;
  author: string | null;
  account_id: string | null;
  synced_hash: string | null;
}

interface AuditRow {
  id: string;
  at: number;
  actor: string;
  action: WorkflowAction;
  from_state: WorkflowState;
  to_state: WorkflowState;
  note: string;
  override: number;
  correction_number: number | null;
}

const toEntry = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: row.at,
  actor: JSON.parse(row.actor) as Actor,
  action: row.action,
  from: row.from_state,
  to: row.to_state,
  note: row.note,
  override: row.override === 1,
  correctionNumber: row.correction_number,
});

/**
 * The workflow's tables on the drafts database's connection. The person lives in the `profile`
 * table (one per profile). Every write is one transaction; the audit log only ever grows.
 */
export function createWorkflowStore(db: Database.Database, now: () => number) {
  const sql = {
    person: db.prepare<[], { value: string }>("SELECT value FROM profile WHERE key = 'person'"),
    setPerson: db.prepare<[string]>(
      "INSERT INTO profile (key, value) VALUES ('person', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    ),
    review: db.prepare<[string], ReviewRow>('SELECT * FROM reviews WHERE draft_id = ?'),
    upsert: db.prepare(
      `INSERT INTO reviews (draft_id, state, previous_state, correction_number, approval, comments, author, account_id,
         synced_hash, updated_at)
       VALUES (@draft_id, @state, @previous_state, @correction_number, @approval, @comments, @author, @account_id,
         @synced_hash, @now)
       ON CONFLICT (draft_id) DO UPDATE SET state = excluded.state, previous_state = excluded.previous_state,
         correction_number = excluded.correction_number, approval = excluded.approval, comments = excluded.comments,
         author = excluded.author, account_id = excluded.account_id, synced_hash = excluded.synced_hash,
         updated_at = excluded.updated_at`,
    ),
    audit: db.prepare<[string], AuditRow>('SELECT * FROM review_audit WHERE draft_id = ? ORDER BY seq'),
    append: db.prepare(
      `INSERT INTO review_audit (id, draft_id, at, actor, action, from_state, to_state, note, override, correction_number)
       VALUES (@id, @draft_id, @at, @actor, @action, @from_state, @to_state, @note, @override, @correction_number)
       ON CONFLICT (draft_id, id) DO NOTHING`,
    ),
    snapshot: db.prepare<[string, SnapshotKind], ReviewSnapshot>(
      'SELECT at, headline, standfirst, body FROM review_snapshots WHERE draft_id = ? AND since = ?',
    ),
    saveSnapshot: db.prepare(
      `INSERT INTO review_snapshots (draft_id, since, at, headline, standfirst, body)
       VALUES (@draft_id, @since, @at, @headline, @standfirst, @body)
       ON CONFLICT (draft_id, since) DO UPDATE SET at = excluded.at, headline = excluded.headline,
         standfirst = excluded.standfirst, body = excluded.body`,
    ),
    draftExists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM drafts WHERE id = ?'),
    linkedDraft: db.prepare<[string, string], { draft_id: string }>(
      `SELECT r.draft_id FROM reviews AS r
       JOIN remote_posts AS p ON p.draft_id = r.draft_id AND p.account_id = r.account_id
       JOIN drafts AS d ON d.id = r.draft_id
       WHERE r.account_id = ? AND p.remote_id = ? AND d.deleted_at IS NULL
       ORDER BY d.updated_at DESC LIMIT 1`,
    ),
  };

  const record = (draftId: string): ReviewRecord => {
    const row = sql.review.get(draftId);
    const audit = sql.audit.all(draftId).map(toEntry);
    if (!row) return { review: { ...INITIAL_REVIEW, audit }, accountId: null, author: null, syncedHash: null };
    return {
      review: {
        state: row.state,
        previousState: row.previous_state,
        correctionNumber: row.correction_number,
        approval: row.approval === null ? null : (JSON.parse(row.approval) as ReviewState['approval']),
        audit,
        comments: JSON.parse(row.comments) as CommentThread[],
      },
      accountId: row.account_id,
      author: row.author === null ? null : (JSON.parse(row.author) as Actor),
      syncedHash: row.synced_hash,
    };
  };

  const write = (draftId: string, change: ReviewChange): ReviewRecord => {
    const current = record(draftId);
    const next = { ...current, ...change };
    const { review } = next;
    for (const entry of review.audit) {
      sql.append.run({
        id: entry.id,
        draft_id: draftId,
        at: entry.at,
        actor: JSON.stringify(entry.actor),
        action: entry.action,
        from_state: entry.from,
        to_state: entry.to,
        note: entry.note,
        override: entry.override ? 1 : 0,
        correction_number: entry.correctionNumber,
      });
    }
    sql.upsert.run({
      draft_id: draftId,
      state: review.state,
      previous_state: review.previousState,
      correction_number: review.correctionNumber,
      approval: review.approval === null ? null : JSON.stringify(review.approval),
      comments: JSON.stringify(review.comments),
      author: next.author === null ? null : JSON.stringify(next.author),
      account_id: next.accountId,
      synced_hash: next.syncedHash,
      now: now(),
    });
    return record(draftId);
  };

  return {
    person: guarded('read', (): Person => {
      const row = sql.person.get();
      return row ? (JSON.parse(row.value) as Person) : DEFAULT_PERSON;
    }),
    setPerson: guarded('write', (person: Person): Person => {
      sql.setPerson.run(JSON.stringify(person));
      return person;
    }),
    record: guarded('read', record),
    write: guarded('write', (draftId: string, change: ReviewChange) => db.transaction(() => write(draftId, change)).immediate()),
    snapshot: guarded('read', (draftId: string, since: SnapshotKind): ReviewSnapshot | null => sql.snapshot.get(draftId, since) ?? null),
    saveSnapshot: guarded('write', (draftId: string, since: SnapshotKind, snapshot: ReviewSnapshot) => {
      sql.saveSnapshot.run({ draft_id: draftId, since, ...snapshot });
    }),
    /** Whether the draft is still in the database (in the Trash or not). */
    draftExists: guarded('read', (draftId: string): boolean => sql.draftExists.get(draftId) !== undefined),
    /** The live local working copy of a site's post, if this profile has one. */
    linkedDraft: guarded('read', (accountId: string, postId: number): string | null => sql.linkedDraft.get(accountId, String(postId))?.draft_id ?? null),
  };
}

export type WorkflowStore = ReturnType<typeof createWorkflowStore>;
