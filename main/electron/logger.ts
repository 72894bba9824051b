import type { Logger } from '../services/ipc/dispatcher';

export interface AppLogger extends Logger {
  info(message: string, details?: Record<string, unknown>): void;
}

type Sink = Pick<Console, 'info' | 'warn' | 'error'>;

const SECRET_KEY = /pass(word|phrase)|secret|token|authori[sz]ation|cookie|credential|api_?key|private_?key/i;
const MAX_STRING = 500;
const MAX_DEPTH = 4;

/** URLs keep their origin and path; user:password@ and the query, where tokens travel, go. */
const stripUrlSecrets = (text: string): string =>
  text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]*@/gi, '$1').replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^\s?#]*)[?#][^\s]*/gi, '$1');

const clip = (text: string): string => (text.length > MAX_STRING ? `${text.slice(0, MAX_STRING)}…` : text);

/** A copy of details that is safe to print: secret-looking keys redacted, URLs stripped, long text cut. */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return clip(stripUrlSecrets(value));
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return '[…]';
  if (Array.isArray(value)) return value.slice(0, 20).map((item) => redact(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, SECRET_KEY.test(key) ? '[redacted]' : redact(item, depth + 1)]),
  );
}

/** Main's logger: one line per message on the console, tagged, with redacted details. */
export function createConsoleLogger(sink: Sink = console): AppLogger {
  const line = (level: keyof Sink) => (message: string, details?: Record<string, unknown>) => {
    const text = `[copydesk] ${clip(stripUrlSecrets(message))}`;
    if (details === undefined) sink[level](text);
    else sink[level](text, JSON.stringify(redact(details)));
  };
  return { info: line('info'), warn: line('warn'), error: line('error') };
}
