import { describe, expect, test } from 'vitest';
import type { Draft } from '../../shared/article/draft';
import { DEFAULT_META } from '../../shared/article/meta';
import { EMPTY_BODY } from '../../shared/article/body';
import { fakeApi } from '../test/fakeApi';
import { DraftSaver } from './draftSaver';
import { snapshotOf } from './draftSnapshot';

const ID = '00000000-0000-4000-8000-000000000001';
const draft: Draft = { id: ID, headline: 'Ferry', standfirst: '', byline: '', body: EMPTY_BODY, createdAt: 0, updatedAt: 0, deletedAt: null, meta: DEFAULT_META };

function setup(failMeta = { now: false }) {
  const fake = fakeApi({
    saveDraft: ({ id }) => ({ id, updatedAt: 1 }),
    saveDraftMeta: ({ id }) => {
      if (failMeta.now) throw new Error('the disk is full');
      return { id, updatedAt: 2 };
    },
  });
  const saver = new DraftSaver(fake.api);
  saver.remember(draft);
  return { saver, channels: () => fake.calls.map((call) => call.channel) };
}

describe('DraftSaver', () => {
  test('sends only the part that changed since main last held the draft', async () => {
    const { saver, channels } = setup();
    await saver.save({ ...snapshotOf(draft), headline: 'Ferry returns' });
    expect(channels()).toEqual(['saveDraft']);
    await saver.save({ ...snapshotOf(draft), headline: 'Ferry returns', meta: { ...DEFAULT_META, section: 'Local' } });
    expect(channels()).toEqual(['saveDraft', 'saveDraftMeta']);
    await saver.save({ ...snapshotOf(draft), headline: 'Ferry returns', meta: { ...DEFAULT_META, section: 'Local' } });
    expect(channels()).toEqual(['saveDraft', 'saveDraftMeta']);
  });

  test('a failed metadata save rejects, and the retry resends only the metadata', async () => {
    const failMeta = { now: true };
    const { saver, channels } = setup(failMeta);
    const snapshot = { ...snapshotOf(draft), headline: 'Ferry returns', meta: { ...DEFAULT_META, tags: ['ferry'] } };
    await expect(saver.save(snapshot)).rejects.toThrow('the disk is full');
    failMeta.now = false;
    await expect(saver.save(snapshot)).resolves.toBe(2);
    expect(channels()).toEqual(['saveDraft', 'saveDraftMeta', 'saveDraftMeta']);
  });
});
