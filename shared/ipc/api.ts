import type { Result } from './result';
import {
  channels,
  eventNames,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type EventName,
  type EventPayload,
} from './contract';

type Subscriber<E extends EventName> = `on${Capitalize<E>}`;

/** What the renderer sees as `window.copydesk`: one method per channel, one subscriber per event. */
export type CopydeskApi = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
} & {
  [E in EventName as Subscriber<E>]: (listener: (payload: EventPayload<E>) => void) => () => void;
};

/** How an API reaches main: ipcRenderer in the preload, a Playwright binding in the test bridge. */
export interface Transport {
  invoke(channel: Channel, input: unknown): Promise<unknown>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

export const subscriberName = <E extends EventName>(event: E): Subscriber<E> =>
  `on${event[0]!.toUpperCase()}${event.slice(1)}` as Subscriber<E>;

/** The exact key set of `window.copydesk`, for tests and for the preload. */
export const apiKeys: readonly string[] = [...channels, ...eventNames.map(subscriberName)];

export function buildApi(transport: Transport): CopydeskApi {
  const api: Record<string, unknown> = {};
  for (const channel of channels) {
    api[channel] = (input: unknown) => transport.invoke(channel, input);
  }
  for (const event of eventNames) {
    api[subscriberName(event)] = (listener: (payload: unknown) => void) => transport.subscribe(event, listener);
  }
  return api as CopydeskApi;
}
