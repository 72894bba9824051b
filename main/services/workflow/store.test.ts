import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { INITIAL_REVIEW, type AuditEntry, type ReviewState } from '../../../shared/workflow/review';
import { openDatabase } from '../drafts/database';
import { userVersion } from '../drafts/migrations';
import { createDraftStore } from '../drafts/store';
import { bodyOf, databaseAtVersion, fakeClock, tempDir } from '../drafts/testFixtures';
import { createWorkflowStore } from './store';

const HARBOUR = '6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
const reporter = { name: 'Маша Иванова', role: 'reporter' as const, cmsUser: 'masha' };

const entry = (id: string, at: number, from: AuditEntry['from'], to: AuditEntry['to'], action: AuditEntry['action']): AuditEntry => ({
  id,
  at,
  actor: reporter,
  action,
  from,
  to,
  note: '',
  override: false,
  correctionNumber: null,
});
const SUBMIT = entry('0b6f3c1e-2d4a-4b5c-8e9f-0a1b2c3d4e5f', 1_000, 'draft', 'submitted', 'submit');
const START = entry('1c7a4d2f-3e5b-4c6d-9f0a-1b2c3d4e5f60', 2_000, 'submitted', 'in_edit', 'startEdit');

function open() {
  const file = path.join(tempDir(), 'drafts.sqlite');
  const db = openDatabase(file, undefined);
  const drafts = createDraftStore(db);
  const clock = fakeClock();
  const store = createWorkflowStore(db, clock.now);
  return { file, db, drafts, store, clock, close: () => drafts.close() };
}

describe('the workflow store', () => {
  test('a new profile is a reporter with no name; the person is kept with the profile', () => {
    const { file, store, close } = open();
    expect(store.person()).toEqual({ name: '', role: 'reporter' });
    store.setPerson({ name: 'Desk Editor', role: 'editor' });
    close();
    const reopened = openDatabase(file, undefined);
    try {
      expect(createWorkflowStore(reopened, Date.now).person()).toEqual({ name: 'Desk Editor', role: 'editor' });
    } finally {
      reopened.close();
    }
  });

  test('a draft never reviewed has the initial review; writes append to the audit log and never rewrite it', () => {
    const { drafts, store, close } = open();
    try {
      const { id } = drafts.create();
      expect(store.record(id)).toEqual({ review: INITIAL_REVIEW, accountId: null, author: null, syncedHash: null });
      const submitted: ReviewState = { ...INITIAL_REVIEW, state: 'submitted', audit: [SUBMIT] };
      store.write(id, { review: submitted, author: reporter });
      // A review that lost an entry (an older copy) cannot take it out of the log.
      store.write(id, { review: { ...submitted, state: 'in_edit', audit: [START] } });
      expect(store.record(id).review).toMatchObject({ state: 'in_edit', audit: [SUBMIT, START] });
      // An entry the log has is not written twice, nor changed.
      store.write(id, { review: { ...submitted, audit: [{ ...SUBMIT, note: 'forged' }, START] } });
      expect(store.record(id).review.audit).toEqual([SUBMIT, START]);
      expect(store.record(id).author).toEqual(reporter);
    } finally {
      close();
    }
  });

  test('the database itself refuses to change or delete an audit entry', () => {
    const { db, drafts, store, close } = open();
    try {
      const { id } = drafts.create();
      store.write(id, { review: { ...INITIAL_REVIEW, state: 'submitted', audit: [SUBMIT] } });
      expect(() => db.prepare("UPDATE review_audit SET note = 'rewritten'").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM review_audit').run()).toThrow(/append-only/);
      expect(() => db.prepare("UPDATE review_audit SET draft_id = 'elsewhere' WHERE id = ?").run(SUBMIT.id)).toThrow(/append-only/);
      expect(store.record(id).review.audit).toEqual([SUBMIT]);
    } finally {
      close();
    }
  });

  test('emptying the Trash removes the review and its snapshots but keeps the audit log', () => {
    const { db, drafts, store, close } = open();
    try {
      const { id } = drafts.create();
      store.write(id, { review: { ...INITIAL_REVIEW, state: 'submitted', audit: [SUBMIT] } });
      store.saveSnapshot(id, 'submitted', { at: 1_000, headline: 'Harbour', standfirst: '', body: bodyOf('Boats.') });
      drafts.trash(id);
      expect(drafts.emptyTrash()).toEqual({ deleted: 1 });
      expect(db.prepare('SELECT count(*) FROM reviews').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM review_snapshots').pluck().get()).toBe(0);
      expect(db.prepare('SELECT id FROM review_audit WHERE draft_id = ?').pluck().all(id)).toEqual([SUBMIT.id]);
    } finally {
      close();
    }
  });

  test('the database refuses a state the workflow does not know', () => {
    const { db, drafts, close } = open();
    try {
      const { id } = drafts.create();
      expect(() => db.prepare("INSERT INTO reviews (draft_id, state, updated_at) VALUES (?, 'published-ish', 0)").run(id)).toThrow(
        /CHECK constraint/,
      );
    } finally {
      close();
    }
  });

  test('snapshots: the latest of each kind, none before', () => {
    const { drafts, store, close } = open();
    try {
      const { id } = drafts.create();
      expect(store.snapshot(id, 'submitted')).toBeNull();
      store.saveSnapshot(id, 'submitted', { at: 1, headline: 'First', standfirst: '', body: bodyOf('One.') });
      store.saveSnapshot(id, 'submitted', { at: 2, headline: 'Second', standfirst: 'Стендфёрст', body: bodyOf('Два.') });
      expect(store.snapshot(id, 'submitted')).toEqual({ at: 2, headline: 'Second', standfirst: 'Стендфёрст', body: bodyOf('Два.') });
      expect(store.snapshot(id, 'approved')).toBeNull();
    } finally {
      close();
    }
  });
});

describe('migration 5', () => {
  test('a version 4 database keeps its drafts and outbox, and gains the workflow tables empty', () => {
    const file = path.join(tempDir(), 'drafts.sqlite');
    const v4 = databaseAtVersion(file, 4, { id: HARBOUR, headline: 'Harbour reopens', text: 'Boats came in.' });
    v4.prepare(
      `INSERT INTO remote_posts (draft_id, account_id, site, client_guid, remote_id, updated_at)
       VALUES (?, 'acct', 'https://gazette.example', 'guid-1', '42', 2000)`,
    ).run(HARBOUR);
    v4.close();

    const db = openDatabase(file, undefined);
    try {
      expect(userVersion(db)).toBe(5);
      const store = createWorkflowStore(db, () => 3_000);
      expect(store.record(HARBOUR).review).toEqual(INITIAL_REVIEW);
      expect(db.prepare('SELECT remote_id FROM remote_posts WHERE draft_id = ?').pluck().get(HARBOUR)).toBe('42');
      for (const table of ['reviews', 'review_audit', 'review_snapshots']) {
        expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
      }
      store.write(HARBOUR, { review: { ...INITIAL_REVIEW, state: 'submitted', audit: [SUBMIT] }, accountId: 'acct' });
      expect(store.linkedDraft('acct', 42)).toBe(HARBOUR);
      expect(db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
      expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    } finally {
      db.close();
    }
  });
});
