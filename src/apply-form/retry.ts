/**
 * When to send an application again by itself after a failure: plain functions, no DOM, no timers.
 *
 * Only answers that say "come back later" are retried automatically: 429 and 503 (honouring `Retry-After`), 409 (an
 * earlier try with the same Idempotency-Key is still in progress) and the gateway errors 502 and 504 that a proxy
 * gives while the service behind it restarts. Network failures wait for the
 * browser's `online` event or the candidate; every other answer waits for the candidate.
 */
export interface RetryPolicy {
  /** Automatic tries after the first failure, at most. */
  retries: number;
  /** Milliseconds before the first automatic try when the server gives no `Retry-After`; doubled each time. */
  base: number;
  /** The longest wait, in milliseconds, even when `Retry-After` asks for more. */
  cap: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 5, base: 2000, cap: 60_000 };

const AUTO_STATUSES = [409, 429, 502, 503, 504];

/** `Retry-After` in milliseconds from `now`: delta-seconds (`120`) or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // HTTP dates start with the day's name (`Wed, 25 Nov 2026 12:00:00 GMT`).
  const date = /^[a-z]/i.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Milliseconds to wait before automatic try number `attempt` (1 for the first), or undefined when this answer is
 * not retried automatically or the tries are used up. Without `Retry-After`, exponential backoff with jitter, so
 * many candidates turned away together do not all come back at the same moment.
 */
export function retryDelay(
  status: number,
  retryAfter: string | null | undefined,
  attempt: number,
  { retries, base, cap }: RetryPolicy = DEFAULT_RETRY_POLICY,
  now = Date.now(),
  random = Math.random,
): number | undefined {
  if (!AUTO_STATUSES.includes(status) || attempt > retries) return undefined;
  const delay = parseRetryAfter(retryAfter, now) ?? base * 2 ** (attempt - 1) * (0.5 + random() / 2);
  return Math.round(Math.min(cap, delay));
}
