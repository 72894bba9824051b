import { act, useState } from 'react';
import { afterEach, expect, test, vi } from 'vitest';
import type { DraftSummary } from '../../shared/article/draft';
import type { ChannelOutput } from '../../shared/ipc/contract';
import { ApiProvider } from '../api/ApiContext';
import { fakeApi, type FakeHandlers } from '../test/fakeApi';
import { render, settle } from '../test/render';
import { useDesktopSession } from './useDesktopSession';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const summary = (n: number) => ({ id: id(n) }) as DraftSummary;

afterEach(() => {
  delete document.documentElement.dataset.theme;
});

function Window({ drafts, onShow }: { drafts: DraftSummary[] | undefined; onShow: (id: string) => void }) {
  const [openId, setOpenId] = useState<string | null>(null);
  useDesktopSession({
    drafts,
    openId,
    show: (next) => {
      onShow(next);
      setOpenId(next);
    },
  });
  return (
    <button type="button" onClick={() => setOpenId(null)}>
      close
    </button>
  );
}

async function start(state: ChannelOutput<'desktopState'> | Error, drafts: DraftSummary[] | 'not loaded' = [summary(3), summary(2), summary(1)]) {
  const handlers: FakeHandlers = {
    desktopState: () => {
      if (state instanceof Error) throw state;
      return state;
    },
    setOpenDraft: () => ({}),
  };
  const fake = fakeApi(handlers);
  const onShow = vi.fn();
  const container = await render(
    <ApiProvider api={fake.api}>
      <Window drafts={drafts === 'not loaded' ? undefined : drafts} onShow={onShow} />
    </ApiProvider>,
  );
  await settle();
  const recorded = () => fake.calls.filter((call) => call.channel === 'setOpenDraft').map((call) => (call.input as { id: string | null }).id);
  return { fake, onShow, container, recorded };
}

test('the draft open at the last close is opened again, and the theme is applied', async () => {
  const { onShow, recorded } = await start({ openDraftId: id(1), theme: 'dark', uiLanguage: null });
  expect(onShow.mock.calls).toEqual([[id(1)]]);
  expect(document.documentElement.dataset.theme).toBe('dark');
  expect(recorded()).toEqual([id(1)]);
});

test('without one, or when it is no longer among the drafts, the newest opens', async () => {
  expect((await start({ openDraftId: null, theme: 'system', uiLanguage: null })).onShow.mock.calls).toEqual([[id(3)]]);
  expect((await start({ openDraftId: id(9), theme: 'system', uiLanguage: null })).onShow.mock.calls).toEqual([[id(3)]]);
});

test('when the saved state cannot be read the app still starts, on the newest draft', async () => {
  const { onShow } = await start(new Error('settings unreadable'));
  expect(onShow.mock.calls).toEqual([[id(3)]]);
  expect(document.documentElement.dataset.theme).toBeUndefined();
});

test('an empty profile opens nothing and records nothing until a draft is opened', async () => {
  const { onShow, recorded, fake } = await start({ openDraftId: null, theme: 'system', uiLanguage: null }, []);
  expect(onShow).not.toHaveBeenCalled();
  expect(recorded()).toEqual([]);
  act(() => fake.emit('menuOpenDraft', { id: id(5) }));
  await settle();
  expect(recorded()).toEqual([id(5)]);
});

test('File → Open Recent opens the draft; closing one is recorded as none open', async () => {
  const { onShow, recorded, fake, container } = await start({ openDraftId: id(2), theme: 'system', uiLanguage: null });
  act(() => fake.emit('menuOpenDraft', { id: id(3) }));
  await settle();
  expect(onShow.mock.calls.map(([shown]) => shown)).toEqual([id(2), id(3)]);
  act(() => container.querySelector('button')!.click());
  await settle();
  expect(recorded()).toEqual([id(2), id(3), null]);
});

test('nothing is decided before the drafts have loaded', async () => {
  const { onShow, recorded } = await start({ openDraftId: id(1), theme: 'system', uiLanguage: null }, 'not loaded');
  expect(onShow).not.toHaveBeenCalled();
  expect(recorded()).toEqual([]);
});
