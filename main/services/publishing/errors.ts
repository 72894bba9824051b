/**
 * What went wrong talking to a CMS, in the terms the outbox and the UI act on: whether trying
 * again later can help (`retryable`), and a sentence a reporter can act on (`message`).
 */
export type PublishErrorKind =
  | 'unreachable' // refused, name not found, connection dropped
  | 'timeout'
  | 'certificate' // TLS: someone must fix the site or the clock, retrying will not
  | 'server' // 5xx
  | 'rate_limited' // 429
  | 'credentials' // 401, or the site cannot take this kind of credential at all
  | 'permission' // 403: signed in, not allowed
  | 'not_found' // the post or media item is gone
  | 'not_cms' // no such REST route: not WordPress/Ghost, or its API is switched off
  | 'conflict' // someone else changed the post since our last push
  | 'rejected' // the CMS refused the data (validation, size)
  | 'redirected' // the site moved: writes must not follow redirects silently
  | 'bad_response' // malformed or unexpected answer
  | 'cancelled';

const RETRYABLE: ReadonlySet<PublishErrorKind> = new Set(['unreachable', 'timeout', 'server', 'rate_limited']);

export interface PublishErrorDetails {
  status?: number;
  /** The CMS's own error code (`rest_cannot_publish`, `UPDATE_COLLISION`, …). */
  code?: string;
  retryAfterMs?: number;
}

export class PublishError extends Error {
  readonly retryable: boolean;

  constructor(
    readonly kind: PublishErrorKind,
    message: string,
    readonly details: PublishErrorDetails = {},
  ) {
    super(message);
    this.name = 'PublishError';
    this.retryable = RETRYABLE.has(kind);
  }
}

const NETWORK: ReadonlySet<PublishErrorKind> = new Set(['unreachable', 'timeout', 'certificate', 'cancelled']);

/** The network's fault rather than the site's: the connection doctors call these "unreachable". */
export const isNetworkFailure = (error: PublishError): boolean => NETWORK.has(error.kind);

/** Text from a hostile server, made fit to show: no markup, one line, bounded. */
export function serverText(text: string, max = 240): string {
  const plain = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > max ? `${plain.slice(0, max)}…` : plain;
}

/** Seconds or an HTTP date, as Retry-After may carry either; absent or nonsense gives undefined. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
