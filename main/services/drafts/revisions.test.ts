import { describe, expect, test } from 'vitest';
import { RevisionSummary } from '../../../shared/article/draft';
import { DEFAULT_AUTO_REVISION_EVERY_MS } from './store';
import { appErrorOf, article, council, ferry, openTestStore, parom } from './testFixtures';

const MINUTE = 60_000;

/** The same story, typed a little further each time. */
const typed = (n: number) => article(`Harbour reopens (update ${n})`, '', `Boats left at dawn. Update ${n}.`);

describe('revisions', () => {
  test('the first save takes an auto revision; later ones only once the interval has passed', () => {
    const { store, clock } = openTestStore();
    const { id } = store.create();
    store.save(id, typed(1));
    for (let n = 2; n <= 5; n += 1) {
      clock.advance(MINUTE);
      store.save(id, typed(n));
    }
    // 4 minutes after the first revision: still one.
    expect(store.listRevisions(id)).toHaveLength(1);
    clock.advance(MINUTE);
    store.save(id, typed(6));
    const revisions = store.listRevisions(id);
    expect(revisions.map((r) => [r.kind, r.headline])).toEqual([
      ['auto', typed(6).headline],
      ['auto', typed(1).headline],
    ]);
    expect(revisions[0]?.createdAt).toBe(clock.now());
    expect(DEFAULT_AUTO_REVISION_EVERY_MS).toBe(5 * MINUTE);
  });

  test('the interval can be set, and a save with no change takes no revision', () => {
    const { store, clock } = openTestStore({ autoRevisionEveryMs: 1_000 });
    const { id } = store.create();
    store.save(id, ferry);
    clock.advance(1_000);
    store.save(id, ferry);
    expect(store.listRevisions(id)).toHaveLength(1);
    store.save(id, council);
    expect(store.listRevisions(id)).toHaveLength(2);
  });

  test('a clock set back does not stop automatic revisions', () => {
    const { store, clock } = openTestStore();
    const { id } = store.create();
    store.save(id, typed(1));
    clock.advance(-60 * MINUTE);
    store.save(id, typed(2));
    expect(store.listRevisions(id)).toHaveLength(2);
  });

  test('saveVersion always records the current content, newest first, with a word count', () => {
    const { store, clock } = openTestStore();
    const { id } = store.create();
    store.save(id, ferry);
    clock.advance(1_000);
    const manual = store.saveVersion(id);
    clock.advance(1_000);
    const again = store.saveVersion(id);
    expect(RevisionSummary.parse(manual)).toEqual(manual);
    // 9 words of headline, 10 of standfirst, 15 + 14 of body.
    expect(manual).toMatchObject({ draftId: id, kind: 'manual', restoredFrom: null, headline: ferry.headline, wordCount: 9 + 10 + 15 + 14 });
    expect(store.listRevisions(id).map((r) => r.id)).toEqual([again.id, manual.id, expect.any(Number)]);
  });

  test('counts Cyrillic words', () => {
    const { store } = openTestStore();
    const { id } = store.create();
    store.save(id, parom);
    expect(store.saveVersion(id).wordCount).toBe(7 + 8 + 10 + 7);
  });

  test('restoreRevision brings content back as a new revision and keeps what was there', () => {
    const { store, clock } = openTestStore();
    const { id } = store.create();
    store.save(id, ferry);
    const [first] = store.listRevisions(id);
    clock.advance(MINUTE);
    store.save(id, council); // within the interval: no revision of this yet

    clock.advance(MINUTE);
    const restored = store.restoreRevision(id, first?.id ?? 0);
    expect(restored).toMatchObject({ id, ...ferry, updatedAt: clock.now() });
    expect(store.get(id)).toEqual(restored);

    const [restore, snapshot, original] = store.listRevisions(id);
    expect(restore).toMatchObject({ kind: 'restore', restoredFrom: first?.createdAt, headline: ferry.headline, createdAt: clock.now() });
    // The unsaved-as-revision council text was snapshotted before being replaced.
    expect(snapshot).toMatchObject({ kind: 'auto', headline: council.headline, createdAt: clock.now() });
    expect(original).toEqual(first);

    // …and can itself be brought back.
    expect(store.restoreRevision(id, snapshot?.id ?? 0)).toMatchObject(council);
    expect(store.search('library').map((s) => s.id)).toEqual([id]);
    expect(store.search('islanders')).toEqual([]);
  });

  test('restoreRevision takes no snapshot when the content is already the newest revision', () => {
    const { store, clock } = openTestStore();
    const { id } = store.create();
    store.save(id, ferry);
    clock.advance(10 * MINUTE);
    store.save(id, council);
    const [councilRevision, ferryRevision] = store.listRevisions(id);
    store.restoreRevision(id, ferryRevision?.id ?? 0);
    expect(store.listRevisions(id).map((r) => r.kind)).toEqual(['restore', 'auto', 'auto']);
    expect(store.listRevisions(id)[1]).toEqual(councilRevision);
  });

  test("a revision of another draft, or one that does not exist, is not_found and changes nothing", () => {
    const { store } = openTestStore();
    const mine = store.create();
    const theirs = store.create();
    store.save(mine.id, ferry);
    store.save(theirs.id, council);
    const [theirRevision] = store.listRevisions(theirs.id);
    for (const revisionId of [theirRevision?.id ?? 0, 9_999]) {
      expect(appErrorOf(() => store.restoreRevision(mine.id, revisionId))).toEqual({
        code: 'not_found',
        message: 'This version of the draft no longer exists.',
      });
    }
    expect(store.get(mine.id)).toMatchObject(ferry);
    expect(store.listRevisions(mine.id)).toHaveLength(1);
  });
});
