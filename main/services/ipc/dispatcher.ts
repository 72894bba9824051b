import { type z } from 'zod';
import {
  contract,
  DEFAULT_MAX_REQUEST_BYTES,
  isChannel,
  maxRequestBytesFor,
  type Channel,
  type ChannelOutput,
} from '../../../shared/ipc/contract';
import { AppError, type ErrorCode, type Result } from '../../../shared/ipc/result';

/** Who sent a request: the frame's URL and whether it is the window's top-level frame. */
export interface Sender {
  url: string;
  isMainFrame: boolean;
}

export type Handlers = {
  [C in Channel]: (input: z.output<(typeof contract)[C]['input']>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export interface Logger {
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export interface DispatcherOptions {
  handlers: Handlers;
  /** The only origin allowed to call: `app://copydesk` in Electron, the bridge's page in tests. */
  appOrigin: string;
  log: Logger;
  /**
   * Upper bound on a request's JSON size, checked before any schema work, for channels that do not
   * set their own `maxRequestBytes` in the contract (importImage does). DEFAULT_MAX_REQUEST_BYTES
   * unless given.
   */
  maxRequestBytes?: number;
}

export type Dispatch = (channel: string, input: unknown, sender: Sender) => Promise<Result<unknown>>;

export { DEFAULT_MAX_REQUEST_BYTES };

const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

function originOf(url: string): string | null {
  try {
    const { protocol, host } = new URL(url);
    return `${protocol}//${host}`;
  } catch {
    return null;
  }
}

/** Size of the request as JSON, or null when it cannot be serialized (cycles, BigInt). */
function jsonSize(value: unknown): number | null {
  try {
    return (JSON.stringify(value) ?? '').length;
  } catch {
    return null;
  }
}

// Never echoes what the caller sent: an unknown key's name could be anything, a secret included,
// and the message goes back over IPC and into the log.
const describeIssue = (issue: z.core.$ZodIssue): string => {
  const message = issue.code === 'unrecognized_keys' ? `${issue.keys.length} unexpected field(s)` : issue.message.slice(0, 200);
  const where = issue.path.filter((segment) => typeof segment === 'number' || /^\w{1,40}$/.test(String(segment))).join('.');
  return where ? `${where}: ${message}` : message;
};

const describeIssues = (error: z.ZodError): string => error.issues.slice(0, 5).map(describeIssue).join('; ');

/**
 * The single entry point for every request from a renderer, used by the Electron adapter and by
 * the test bridge alike: checks the sender, parses the input strictly, calls the handler, checks
 * the output against the contract, and answers with a Result. Nothing thrown escapes.
 */
export function createDispatcher({
  handlers,
  appOrigin,
  log,
  maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES,
}: DispatcherOptions): Dispatch {
  const reject = (channel: string, code: ErrorCode, message: string, sender: Sender): Result<never> => {
    log.warn('ipc request rejected', { channel: channel.slice(0, 80), code, message, sender: sender.url.slice(0, 200) });
    return fail(code, message);
  };

  return async (channel, input, sender) => {
    if (!sender.isMainFrame || originOf(sender.url) !== appOrigin) {
      return reject(channel, 'forbidden_sender', 'requests are accepted only from the Copydesk window', sender);
    }
    if (typeof channel !== 'string' || !isChannel(channel)) {
      return reject(String(channel), 'unknown_channel', 'there is no such request', sender);
    }
    const spec = contract[channel];
    const cap = 'maxRequestBytes' in spec ? maxRequestBytesFor(channel) : maxRequestBytes;
    const size = jsonSize(input);
    if (size === null) return reject(channel, 'bad_request', 'the request is not plain data', sender);
    if (size > cap) {
      return reject(channel, 'too_large', `the request is larger than ${cap} bytes`, sender);
    }
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) return reject(channel, 'bad_request', describeIssues(parsed.error), sender);

    try {
      const handler = handlers[channel] as (value: unknown) => unknown;
      const output = spec.output.safeParse(await handler(parsed.data));
      if (!output.success) {
        log.error('ipc handler returned data outside the contract', { channel, issues: describeIssues(output.error) });
        return fail('internal', 'Copydesk could not complete the request');
      }
      return { ok: true, value: output.data };
    } catch (error) {
      if (error instanceof AppError) {
        log.warn('ipc request failed', { channel, code: error.code, message: error.message });
        return fail(error.code, error.message);
      }
      log.error('ipc handler threw', { channel, error: String((error as Error)?.stack ?? error) });
      return fail('internal', 'Copydesk could not complete the request');
    }
  };
}
