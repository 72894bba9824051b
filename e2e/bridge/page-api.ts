// Runs inside the page before any of its scripts, in place of the Electron preload: it builds
// window.copydesk with the same buildApi() and the same contract, over a Playwright binding.
import { buildApi, type CopydeskApi } from '../../shared/ipc/api';
import type { EventName } from '../../shared/ipc/contract';

type Listener = (payload: unknown) => void;

declare global {
  interface Window {
    copydesk: CopydeskApi;
    __copydeskInvoke(channel: string, input: unknown): Promise<unknown>;
    __copydeskEmit(event: EventName, payload: unknown): void;
  }
}

const listeners = new Map<string, Set<Listener>>();

const api = buildApi({
  invoke: (channel, input) => window.__copydeskInvoke(channel, input),
  subscribe(event, listener) {
    const set = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  },
});

Object.defineProperty(window, '__copydeskEmit', {
  value: (event: EventName, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload)),
});
// contextBridge hands the page a frozen, read-only object; so does the bridge.
Object.defineProperty(window, 'copydesk', { value: Object.freeze(api), enumerable: true });
