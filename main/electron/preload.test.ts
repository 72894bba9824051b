import { beforeAll, expect, test, vi } from 'vitest';
import { apiKeys, type CopydeskApi } from '../../shared/ipc/api';
import { wireChannel, wireEvent } from '../../shared/ipc/contract';

const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    exposed,
    listeners,
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
    ipcRenderer: {
      invoke: vi.fn(async (_channel: string, _input: unknown): Promise<unknown> => ({ ok: true, value: 'reply' })),
      on: (channel: string, listener: (...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(listener);
      },
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => listeners.get(channel)?.delete(listener),
    },
  };
});

vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

let api: CopydeskApi;
beforeAll(async () => {
  await import('./preload');
  api = electron.exposed.get('copydesk') as CopydeskApi;
});

test('exactly one object, window.copydesk, with exactly the API keys', () => {
  expect([...electron.exposed.keys()]).toEqual(['copydesk']);
  expect(Object.keys(api).sort()).toEqual([...apiKeys].sort());
  expect(api).not.toHaveProperty('invoke');
  expect(api).not.toHaveProperty('ipcRenderer');
});

test('a method invokes its own channel on the wire and returns main’s answer', async () => {
  await expect(api.getDraft({ id: 'x' })).resolves.toEqual({ ok: true, value: 'reply' });
  expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(wireChannel('getDraft'), { id: 'x' });
});

test('a subscriber gets the payload only, never the IPC event, and can unsubscribe', () => {
  const listener = vi.fn();
  const unsubscribe = api.onFlushRequested(listener);
  const wire = wireEvent('flushRequested');
  const senderEvent = { sender: 'ipcRenderer', ports: [] };
  for (const handler of electron.listeners.get(wire)!) handler(senderEvent, {});
  expect(listener).toHaveBeenCalledWith({});
  expect(listener.mock.calls[0]).toHaveLength(1);
  unsubscribe();
  expect(electron.listeners.get(wire)!.size).toBe(0);
});
