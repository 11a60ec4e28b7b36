/**
 * Fetches a feed over HTTP: abortable, with a timeout, and every failure turned into a `FeedError` whose message
 * a candidate or a site owner can act on.
 */
import { FeedError, parseFeedText, type ParsedFeed } from './parse.js';

export interface LoadFeedOptions {
  /** Aborts the request (e.g. `src` changed or the element left the page). */
  signal?: AbortSignal;
  /** Milliseconds before giving up. */
  timeout?: number;
}

export const DEFAULT_FEED_TIMEOUT = 15_000;

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export async function loadFeed(src: string, { signal, timeout = DEFAULT_FEED_TIMEOUT }: LoadFeedOptions = {}): Promise<ParsedFeed> {
  const timer = AbortSignal.timeout(timeout);
  const combined = signal ? AbortSignal.any([signal, timer]) : timer;
  const seconds = Math.round(timeout / 100) / 10;
  const timedOut = () => new FeedError(`The job feed took longer than ${seconds} seconds to answer. Please try again.`);

  let response: Response;
  try {
    response = await fetch(src, { signal: combined, headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (timer.aborted) throw timedOut();
    throw new FeedError(`The job feed could not be reached (${(error as Error).message}). Check your connection and try again.`);
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    const what = response.status === 404 ? 'was not found' : response.status >= 500 ? 'is unavailable right now' : 'could not be loaded';
    throw new FeedError(`The job feed ${what} (HTTP ${status}).`);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (timer.aborted || isAbort(error)) throw timedOut();
    throw new FeedError(`The job feed stopped loading part-way (${(error as Error).message}). Please try again.`);
  }
  return parseFeedText(text);
}
