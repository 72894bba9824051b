export interface RetryPolicy {
  /** The first wait; each further attempt doubles it. */
  baseMs: number;
  maxMs: number;
  /** A site's Retry-After is honoured up to this. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 5_000, maxMs: 10 * 60_000, maxRetryAfterMs: 60 * 60_000 };

/**
 * How long to wait before attempt `attempts + 1`: exponential, capped, with ±20 % jitter so that
 * many laptops coming back online do not hit a site in step, and never sooner than the site asked.
 */
export function retryDelay(attempts: number, policy: RetryPolicy, retryAfterMs?: number, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  const jittered = Math.round(exponential * (0.8 + 0.4 * random()));
  return retryAfterMs === undefined ? jittered : Math.max(jittered, Math.min(retryAfterMs, policy.maxRetryAfterMs));
}
