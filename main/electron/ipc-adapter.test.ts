import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { expect, test, vi } from 'vitest';
import { channels, wireChannel, wireEvent, type Channel } from '../../shared/ipc/contract';
import type { Emit } from '../services/handlers';
import type { Dispatch } from '../services/ipc/dispatcher';
import { forwardEvents, registerIpcHandlers, senderOf } from './ipc-adapter';
import { FakeWebContents } from './test-fakes';

type Handler = (event: unknown, input: unknown) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: (name: string, handler: Handler) => {
      if (handlers.has(name)) throw new Error(`second handler for ${name}`);
      handlers.set(name, handler);
    },
    removeHandler: (name: string) => handlers.delete(name),
  };
}

const mainFrame = { url: 'app://copydesk/' };
const invokeEvent = (senderFrame: unknown) => ({ senderFrame, sender: { mainFrame } });

test('exactly one handler per contract channel, on its wire name', () => {
  const ipcMain = fakeIpcMain();
  registerIpcHandlers(ipcMain as unknown as IpcMain, vi.fn());
  expect([...ipcMain.handlers.keys()].sort()).toEqual(channels.map(wireChannel).sort());
});

test('a request is passed to dispatch with its channel, input and sending frame', async () => {
  const ipcMain = fakeIpcMain();
  const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: 'done' }));
  registerIpcHandlers(ipcMain as unknown as IpcMain, dispatch);

  for (const channel of channels) {
    const input = { channel };
    await expect(ipcMain.handlers.get(wireChannel(channel))!(invokeEvent(mainFrame), input)).resolves.toEqual({ ok: true, value: 'done' });
    expect(dispatch).toHaveBeenLastCalledWith(channel, input, { url: 'app://copydesk/', isMainFrame: true });
  }
  expect(dispatch).toHaveBeenCalledTimes(channels.length);
});

test('a subframe is reported as one, so the dispatcher can refuse it', async () => {
  const ipcMain = fakeIpcMain();
  const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: null }));
  registerIpcHandlers(ipcMain as unknown as IpcMain, dispatch);
  const channel: Channel = 'listDrafts';
  await ipcMain.handlers.get(wireChannel(channel))!(invokeEvent({ url: 'app://copydesk/frame.html' }), {});
  expect(dispatch).toHaveBeenLastCalledWith(channel, {}, { url: 'app://copydesk/frame.html', isMainFrame: false });
});

test('a frame that is gone, or throws when read, is nobody', () => {
  expect(senderOf(invokeEvent(null) as unknown as IpcMainInvokeEvent)).toEqual({ url: '', isMainFrame: false });
  const disposed = {
    get url(): string {
      throw new Error('Render frame was disposed before WebFrameMain could be accessed');
    },
  };
  expect(senderOf(invokeEvent(disposed) as unknown as IpcMainInvokeEvent)).toEqual({ url: '', isMainFrame: false });
});

test('the returned function removes every handler', () => {
  const ipcMain = fakeIpcMain();
  const remove = registerIpcHandlers(ipcMain as unknown as IpcMain, vi.fn());
  remove();
  expect(ipcMain.handlers.size).toBe(0);
});

test('service events reach the app window on their wire names, and stop when it is gone', () => {
  let emit: Emit | null = null;
  const services = {
    onEvent: (listener: Emit) => {
      emit = listener;
      return () => {
        emit = null;
      };
    },
  };
  const contents = new FakeWebContents();
  let target: FakeWebContents | null = contents;
  const stop = forwardEvents(services, () => target as unknown as WebContents | null);

  emit!('draftChanged', { id: 'a' });
  emit!('saveFailed', { id: null, message: 'disk full' });
  expect(contents.sent).toEqual([
    [wireEvent('draftChanged'), { id: 'a' }],
    [wireEvent('saveFailed'), { id: null, message: 'disk full' }],
  ]);

  contents.destroyed = true;
  emit!('draftChanged', { id: 'b' });
  target = null;
  emit!('draftChanged', { id: 'c' });
  expect(contents.sent).toHaveLength(2);

  stop();
  expect(emit).toBeNull();
});
