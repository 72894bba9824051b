import type { AppServices } from '../app-services';

/**
 * Calls into the real dispatcher as the app's own window would (its origin, its main frame):
 * `call` gives the raw result, `ok` the value or a thrown error naming the refusal, `refused` the
 * refusal or a thrown error when the call was accepted.
 */
export function dispatchAs(services: Pick<AppServices, 'dispatch'>, origin: string) {
  const call = (channel: string, input: unknown) => services.dispatch(channel, input, { url: `${origin}/`, isMainFrame: true });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const ok = async <T = any>(channel: string, input: unknown): Promise<T> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  };
  const refused = async (channel: string, input: unknown) => {
    const result = await call(channel, input);
    if (result.ok) throw new Error(`${channel} was accepted`);
    return result.error;
  };
  return { call, ok, refused };
}
