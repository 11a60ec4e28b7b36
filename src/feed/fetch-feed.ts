/**
 * Sends the request for a feed: abortable, with a timeout, and every failure turned into a `FeedError` whose message
 * a candidate or a site owner can act on. This is all of a feed's loading the first script carries: the answer is
 * read, validated and saved by src/feed/read-feed.ts, in the feed's tools (loaded beside the feed, see
 * src/feed/load-tools.ts), so the request never waits for them.
 *
 * With `cache`, a same-origin request carries the validators of the copy saved on this device (cache.ts), so the
 * server can answer `304 Not Modified`.
 */
import { readCachedFeed, type CachedFeed } from './cache.js';
import { FeedError } from './feed-error.js';
import type { ParsedFeed, ParseOptions } from './parse.js';

/** Turns a response body into feed data, e.g. an applicant tracking system's JSON adapted to the feed format. */
export type FeedReader = (text: string, contentType: string | null) => unknown;

export interface LoadFeedOptions extends ParseOptions {
  /** Reads the body instead of `JSON.parse` and the feed format (see `FeedReader`). */
  read?: FeedReader;
  /** Aborts the request (e.g. `src` changed or the element left the page). */
  signal?: AbortSignal;
  /** Milliseconds before giving up. */
  timeout?: number;
  /**
   * Keep the last good feed in localStorage and revalidate it: a same-origin request carries `If-None-Match` /
   * `If-Modified-Since`, and `304 Not Modified` reuses the saved text. Cross-origin requests carry neither (they are
   * not CORS-safelisted headers and would force a preflight that many static hosts refuse); the browser's own HTTP
   * cache revalidates those. Failures still throw: showing the saved copy meanwhile is the caller's choice.
   */
  cache?: boolean;
}

/** A validated feed, and whether it is the copy saved on this device. */
export interface LoadedFeed extends ParsedFeed {
  /** The saved copy: read by `savedFeed`, or confirmed unchanged by a 304 answer. */
  fromCache: boolean;
  /** With `fromCache`: when the copy was received or last confirmed, in ms since 1970. */
  saved?: number;
  /**
   * The saved copy as `savedFeed` reads it, not confirmed by the server yet: its apply destinations (each
   * posting's `apply`, the organization's `email`) are left out.
   */
  unconfirmed?: boolean;
}

export const DEFAULT_FEED_TIMEOUT = 15_000;

/** Whether a request for `src` carries the saved copy's validators: on the page's own origin only (see `cache`). */
export function sendsValidators(src: string): boolean {
  try {
    return new URL(src, document.baseURI).origin === location.origin;
  } catch {
    return false;
  }
}

/** A time-out in ms as the seconds a message names: `1500` -> `1.5`. */
export const inSeconds = (timeout: number): number => Math.round(timeout / 100) / 10;

/** The server's answer to `requestFeed`, for src/feed/read-feed.ts to read. */
export interface FeedAnswer {
  response: Response;
  /** The saved copy whose validators the request carried (a 304 confirms it). */
  cached?: CachedFeed;
  /** Asks again without validators (the saved copy turned out not to validate). */
  again(): Promise<Response>;
  /** The error to throw when reading the body fails: aborted, timed out or cut off. */
  failure(error: unknown): unknown;
  signal?: AbortSignal;
}

/**
 * The answer with its body read as it arrives: for a caller whose reader (the feed's tools) may still be on its way,
 * as a body nobody reads stops downloading once the browser's buffer is full. Errors (a cut-off body, an abort) reach
 * the reader as they would have.
 */
function downloading(response: Response): Response {
  if (!response.ok || !response.body) return response;
  const all = { highWaterMark: Infinity };
  const { status, statusText, headers } = response;
  return new Response(response.body.pipeThrough(new TransformStream(undefined, all, all)), { status, statusText, headers });
}

/**
 * `readsLater`: the answer may wait for its reader, so its body is downloaded meanwhile (`downloading`). `saved`: the
 * saved copy as the caller read it already (`null`: none), so it is not read again.
 */
export async function requestFeed(
  src: string,
  { signal, timeout = DEFAULT_FEED_TIMEOUT, cache }: LoadFeedOptions = {},
  readsLater = false,
  saved?: CachedFeed | null,
): Promise<FeedAnswer> {
  const timer = AbortSignal.timeout(timeout);
  const combined = signal ? AbortSignal.any([signal, timer]) : timer;
  const timedOut = () => new FeedError(`The job feed took longer than ${inSeconds(timeout)} seconds to answer. Please try again.`);
  /** The request itself failed: aborted by the caller, timed out, or no answer at all. */
  const unreachable = (error: unknown) =>
    signal?.aborted
      ? signal.reason
      : timer.aborted
        ? timedOut()
        : new FeedError(`The job feed could not be reached (${(error as Error).message}). Check your connection and try again.`);
  /** Reading the body failed: an abort that is not the caller's is the time-out as a stream reports it. */
  const cutOff = (error: unknown) =>
    signal?.aborted
      ? signal.reason
      : timer.aborted || (error instanceof DOMException && error.name === 'AbortError')
        ? timedOut()
        : new FeedError(`The job feed stopped loading part-way (${(error as Error).message}). Please try again.`);

  const request = async (cached?: CachedFeed): Promise<Response> => {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (cached) {
      if (cached.etag) headers['If-None-Match'] = cached.etag;
      // A date to come (`2099`) would have every answer be 304 for good.
      if (cached.lastModified && Date.parse(cached.lastModified) <= Date.now()) headers['If-Modified-Since'] = cached.lastModified;
    }
    // With validators of our own, Firefox and WebKit add `Cache-Control: no-cache` under the default cache mode, and
    // servers then answer 200 instead of 304; `no-cache` mode asks for revalidation the same way in every engine.
    const validating = 'If-None-Match' in headers || 'If-Modified-Since' in headers;
    try {
      return await fetch(src, { signal: combined, headers, credentials: 'same-origin', ...(validating ? { cache: 'no-cache' as const } : {}) });
    } catch (error) {
      throw unreachable(error);
    }
  };

  const cached = cache && sendsValidators(src) ? (saved === undefined ? readCachedFeed(src) : (saved ?? undefined)) : undefined;
  const response = await request(cached);
  // Asked again only once the reader is here: read at once.
  return { response: readsLater ? downloading(response) : response, cached, again: () => request(), failure: cutOff, signal };
}
