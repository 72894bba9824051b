import { buildApi, type CopydeskApi } from '../../shared/ipc/api';
import type { Channel, ChannelInput, ChannelOutput, EventName, EventPayload } from '../../shared/ipc/contract';

export type FakeHandlers = {
  [C in Channel]?: (input: ChannelInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export interface FakeApi {
  api: CopydeskApi;
  /** Every request made, in order. */
  calls: Array<{ channel: Channel; input: unknown }>;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

/**
 * A window.copydesk for component tests: each channel answers from `handlers` (a thrown Error
 * becomes {ok:false}), and events are pushed with emit().
 */
export function fakeApi(handlers: FakeHandlers): FakeApi {
  const calls: FakeApi['calls'] = [];
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const api = buildApi({
    async invoke(channel, input) {
      calls.push({ channel, input });
      const handler = handlers[channel] as ((input: unknown) => unknown) | undefined;
      try {
        if (!handler) throw new Error(`no fake handler for ${channel}`);
        return { ok: true, value: await handler(input) };
      } catch (error) {
        return { ok: false, error: { code: 'storage', message: (error as Error).message } };
      }
    },
    subscribe(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set.add(listener));
      return () => set.delete(listener);
    },
  });
  return {
    api,
    calls,
    emit: (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload)),
  };
}
