import { act } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { DraftSummary } from '../../shared/article/draft';
import { ApiProvider } from '../api/ApiContext';
import { useDraftList } from '../state/useDraftQueries';
import { fakeApi } from '../test/fakeApi';
import { render, settle, typeInto } from '../test/render';
import { DraftsView } from './DraftsView';

const hit: DraftSummary = {
  id: '00000000-0000-4000-8000-000000000001',
  headline: 'Storm closes harbour',
  headlineHighlight: [
    { text: 'Storm closes ', match: false },
    { text: 'harbour', match: true },
  ],
  snippet: [
    { text: 'The ', match: false },
    { text: 'harbour', match: true },
    { text: ' stays shut.', match: false },
  ],
  updatedAt: 0,
  deletedAt: null,
};

function Harness({ onOpen }: { onOpen: (id: string) => void }) {
  return <DraftsView drafts={useDraftList()} openId={null} onOpen={onOpen} />;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

test('searches once typing pauses, and marks the matched words', async () => {
  const { api, calls, emit } = fakeApi({ listDrafts: () => [], searchDrafts: () => [hit] });
  const onOpen = vi.fn();
  const container = await render(
    <ApiProvider api={api}>
      <Harness onOpen={onOpen} />
    </ApiProvider>,
  );
  const box = container.querySelector<HTMLInputElement>('input[type="search"]')!;
  expect(box.getAttribute('aria-label')).toBe('Search drafts');

  for (const query of ['h', 'har', 'harbo', 'harbour']) {
    typeInto(box, query);
    await act(() => vi.advanceTimersByTimeAsync(100));
  }
  expect(calls.filter((call) => call.channel === 'searchDrafts')).toEqual([]);
  await act(() => vi.advanceTimersByTimeAsync(50));
  await settle();
  expect(calls.filter((call) => call.channel === 'searchDrafts').map((call) => call.input)).toEqual([{ query: 'harbour' }]);
  expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['harbour', 'harbour']);

  // Results follow changes made elsewhere.
  await act(async () => emit('draftChanged', { id: hit.id }));
  await settle();
  expect(calls.filter((call) => call.channel === 'searchDrafts')).toHaveLength(2);

  container.querySelector<HTMLButtonElement>('.draft-item')!.click();
  expect(onOpen).toHaveBeenCalledWith(hit.id);
});
