import { describe, expect, test } from 'vitest';
import { EMPTY_BODY } from '../../../shared/article/body';
import { Draft, DraftSummary } from '../../../shared/article/draft';
import { DEFAULT_META } from '../../../shared/article/meta';
import { SNIPPET_CHARS } from './highlightedText';
import { appErrorOf, article, council, ferry, openTestStore, parom } from './testFixtures';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('drafts', () => {
  test('create makes an empty draft that get returns', () => {
    const { store, clock } = openTestStore();
    const draft = store.create();
    expect(Draft.parse(draft)).toEqual(draft);
    expect(draft).toMatchObject({ headline: '', standfirst: '', byline: '', body: EMPTY_BODY, deletedAt: null });
    expect(draft.createdAt).toBe(clock.now());
    expect(draft.updatedAt).toBe(clock.now());
    expect(store.get(draft.id)).toEqual(draft);
  });

  test('save stores the content as given and moves updatedAt', () => {
    const { store, clock } = openTestStore();
    const { id, createdAt } = store.create();
    clock.advance(1_000);
    expect(store.save(id, ferry)).toEqual({ id, updatedAt: clock.now() });
    expect(store.get(id)).toEqual({ id, ...ferry, createdAt, updatedAt: clock.now(), deletedAt: null, meta: DEFAULT_META });
  });

  test('saving unchanged content changes nothing, not even updatedAt', () => {
    const { store, clock } = openTestStore();
    const { id } = store.create();
    const first = store.save(id, ferry);
    clock.advance(60_000);
    expect(store.save(id, { ...ferry })).toEqual(first);
    expect(store.listRevisions(id)).toHaveLength(1);
  });

  test('list shows live drafts, most recently updated first, with a plain snippet', () => {
    const { store, clock } = openTestStore();
    const a = store.create();
    clock.advance(10);
    const b = store.create();
    clock.advance(10);
    const c = store.create();
    clock.advance(10);
    store.save(a.id, ferry);
    clock.advance(10);
    store.save(c.id, council);
    store.trash(b.id);

    const list = store.list();
    expect(list.map((s) => s.id)).toEqual([c.id, a.id]);
    for (const summary of list) expect(DraftSummary.parse(summary)).toEqual(summary);
    expect(list[1]).toEqual({
      id: a.id,
      headline: ferry.headline,
      headlineHighlight: [{ text: ferry.headline, match: false }],
      snippet: [{ text: ferry.standfirst, match: false }],
      updatedAt: clock.now() - 10,
      deletedAt: null,
    });
    // No standfirst: the body's text stands in, its paragraphs joined on one line.
    expect(list[0]?.snippet).toEqual([{ text: expect.stringMatching(/^Councillors voted nine .*library\. The ferry/), match: false }]);
  });

  test('a long snippet is cut at a word and marked as cut', () => {
    const { store } = openTestStore();
    const { id } = store.create();
    const words = 'Snow closed the mountain pass overnight and ploughs worked until dawn. '.repeat(6);
    store.save(id, article('Pass closed', '', words));
    const [segment] = store.list()[0]?.snippet ?? [];
    expect(segment?.text.length).toBeLessThanOrEqual(SNIPPET_CHARS + 1);
    expect(segment?.text).toMatch(/[a-z.]…$/);
    expect(words.startsWith(segment?.text.slice(0, -1) ?? '?')).toBe(true);
  });

  test('an empty draft has no headline or snippet segments', () => {
    const { store } = openTestStore();
    store.create();
    expect(store.list()[0]).toMatchObject({ headline: '', headlineHighlight: [], snippet: [] });
  });

  test('Cyrillic content round-trips unchanged', () => {
    const { store } = openTestStore();
    const { id } = store.create();
    store.save(id, parom);
    expect(store.get(id)).toMatchObject(parom);
  });

  test('a body that is not a Lexical document is refused and nothing is written', () => {
    const { store } = openTestStore();
    const { id } = store.create();
    store.save(id, ferry);
    expect(appErrorOf(() => store.save(id, { ...council, body: '{"root":' }))).toEqual({
      code: 'bad_request',
      message: 'The draft could not be saved: body is not valid JSON.',
    });
    expect(store.get(id)).toMatchObject(ferry);
  });

  test('every method refuses an unknown id with not_found', () => {
    const { store } = openTestStore();
    const calls: (() => unknown)[] = [
      () => store.get(UNKNOWN_ID),
      () => store.save(UNKNOWN_ID, ferry),
      () => store.trash(UNKNOWN_ID),
      () => store.restore(UNKNOWN_ID),
      () => store.listRevisions(UNKNOWN_ID),
      () => store.saveVersion(UNKNOWN_ID),
      () => store.restoreRevision(UNKNOWN_ID, 1),
    ];
    for (const call of calls) {
      expect(appErrorOf(call)).toEqual({ code: 'not_found', message: 'This draft no longer exists.' });
    }
  });
});

describe('trash', () => {
  test('trash hides a draft from the list; listTrash shows the most recently trashed first', () => {
    const { store, clock } = openTestStore();
    const a = store.create();
    const b = store.create();
    const c = store.create();
    clock.advance(100);
    const trashed = store.trash(a.id);
    expect(trashed).toMatchObject({ id: a.id, deletedAt: clock.now() });
    clock.advance(100);
    store.trash(b.id);
    expect(store.list().map((s) => s.id)).toEqual([c.id]);
    expect(store.listTrash().map((s) => s.id)).toEqual([b.id, a.id]);
    expect(store.get(a.id).deletedAt).toBe(trashed.deletedAt);
  });

  test('trashing twice keeps the first time', () => {
    const { store, clock } = openTestStore();
    const { id } = store.create();
    const first = store.trash(id);
    clock.advance(5_000);
    expect(store.trash(id).deletedAt).toBe(first.deletedAt);
  });

  test('restore brings a draft back to the list', () => {
    const { store } = openTestStore();
    const { id } = store.create();
    store.trash(id);
    expect(store.restore(id)).toMatchObject({ id, deletedAt: null });
    expect(store.list().map((s) => s.id)).toEqual([id]);
    expect(store.listTrash()).toEqual([]);
  });

  test('a draft in Trash can still be saved, and stays in Trash', () => {
    const { store } = openTestStore();
    const { id } = store.create();
    store.trash(id);
    store.save(id, ferry);
    expect(store.get(id)).toMatchObject({ ...ferry, deletedAt: expect.any(Number) });
    expect(store.listTrash().map((s) => s.id)).toEqual([id]);
  });

  test('emptyTrash deletes trashed drafts with their revisions and search entries', () => {
    const { store, raw } = openTestStore();
    const keep = store.create();
    const gone = store.create();
    const alsoGone = store.create();
    store.save(keep.id, council);
    store.save(gone.id, ferry);
    store.saveVersion(gone.id);
    store.trash(gone.id);
    store.trash(alsoGone.id);

    expect(store.emptyTrash()).toEqual({ deleted: 2 });
    expect(store.listTrash()).toEqual([]);
    expect(appErrorOf(() => store.get(gone.id)).code).toBe('not_found');
    expect(store.list().map((s) => s.id)).toEqual([keep.id]);

    const db = raw();
    expect(db.prepare('SELECT count(*) FROM revisions WHERE draft_id <> ?').pluck().get(keep.id)).toBe(0);
    expect(db.prepare("SELECT count(*) FROM drafts_fts WHERE drafts_fts MATCH 'islanders'").pluck().get()).toBe(0);
    // Checks the full-text index against the drafts table, row by row.
    expect(() => db.exec("INSERT INTO drafts_fts (drafts_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    expect(store.emptyTrash()).toEqual({ deleted: 0 });
  });
});
