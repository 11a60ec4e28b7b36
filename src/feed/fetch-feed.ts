/**
 * Fetches a feed over HTTP and hands it to a feed parser (src/feed/parse.ts, passed in: the script tag loads it
 * beside the feed, see src/feed/load-tools.ts; `loadFeed` in load.ts passes it directly): abortable, with a timeout, and every failure turned into a `FeedError` whose message
 * a candidate or a site owner can act on. With `cache`, the last good feed is kept in localStorage (stale while
 * revalidate): render `savedFeed(…)` at once, then `fetchFeed` checks it with the server.
 *
 * A saved copy is data anything on the page's origin could have written. So it is shown for at most
 * `MAX_SAVED_AGE` after the server last sent or confirmed it, and, until the server confirms it in this load (a 304
 * to validators sent only for an intact copy, see `cache.ts`), it is shown without where applications go: no
 * posting's `apply` and no organization e-mail, so the list offers no Apply action from it.
 */
import { MAX_SAVED_CHARS, readCachedFeed, removeCachedFeed, saveCachedFeedWhenIdle, skipSavingFeed, type CachedFeed } from './cache.js';
import { FeedError } from './feed-error.js';
import type { ParsedFeed, ParseOptions } from './parse.js';
import { readSplit, type FeedJsonSplitter } from './stream.js';

/** Turns a response body into feed data, e.g. an applicant tracking system's JSON adapted to the feed format. */
export type FeedReader = (text: string, contentType: string | null) => unknown;

/** What of src/feed/parse.ts reading a feed takes. */
export type FeedParser = Pick<typeof import('./parse.js'), 'parseFeed' | 'parseFeedText' | 'parseFeedInSlices' | 'parseSplitFeed'>;

function parseText(parser: FeedParser, text: string, contentType: string | null, read: FeedReader | undefined, options: ParseOptions): ParsedFeed {
  return read ? parser.parseFeed(read(text, contentType), options) : parser.parseFeedText(text, options);
}

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

/** How long after the server last sent or confirmed it a saved copy may still be shown: 7 days. */
export const MAX_SAVED_AGE = 7 * 24 * 60 * 60 * 1000;

/** The postings of a copy the server has not confirmed, without anywhere to send an application. */
function withoutApplyDestinations(parsed: ParsedFeed): ParsedFeed {
  const { feed } = parsed;
  const { email: _email, ...organization } = feed.organization;
  return { ...parsed, feed: { ...feed, organization, postings: feed.postings.map(({ apply: _apply, ...posting }) => posting) } };
}

export const DEFAULT_FEED_TIMEOUT = 15_000;

/** A time-out in ms as the seconds a message names: `1500` -> `1.5`. */
export const inSeconds = (timeout: number): number => Math.round(timeout / 100) / 10;

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

const validators = (response: Response, cached?: CachedFeed) => ({
  etag: response.headers.get('ETag') || cached?.etag,
  lastModified: response.headers.get('Last-Modified') || cached?.lastModified,
});

/**
 * The saved copy of the feed at `src`, validated, to render before the server answers, without its apply
 * destinations (`unconfirmed`); none when it is older than `MAX_SAVED_AGE` (or dated in the future). An invalid copy
 * is dropped.
 */
export function savedFeed(parser: FeedParser, src: string, options: ParseOptions & { read?: FeedReader } = {}): LoadedFeed | undefined {
  const entry = readCachedFeed(src);
  const age = entry ? Date.now() - entry.saved : NaN;
  if (!entry || !(age >= -60_000 && age <= MAX_SAVED_AGE)) return undefined;
  try {
    return { ...withoutApplyDestinations(parseText(parser, entry.text, null, options.read, options)), fromCache: true, saved: entry.saved, unconfirmed: true };
  } catch {
    removeCachedFeed(src);
    return undefined;
  }
}

/** `parser` may still be loading: the request does not wait for it. */
export async function fetchFeed(
  parser: FeedParser | PromiseLike<FeedParser>,
  src: string,
  { signal, timeout = DEFAULT_FEED_TIMEOUT, cache, deferBodies, read }: LoadFeedOptions = {},
): Promise<LoadedFeed> {
  const timer = AbortSignal.timeout(timeout);
  const combined = signal ? AbortSignal.any([signal, timer]) : timer;
  const timedOut = () => new FeedError(`The job feed took longer than ${inSeconds(timeout)} seconds to answer. Please try again.`);

  const request = async (cached?: CachedFeed): Promise<Response> => {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (cached && new URL(src, document.baseURI).origin === location.origin) {
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
      if (signal?.aborted) throw signal.reason;
      if (timer.aborted) throw timedOut();
      throw new FeedError(`The job feed could not be reached (${(error as Error).message}). Check your connection and try again.`);
    }
  };

  const cached = cache ? readCachedFeed(src) : undefined;
  let response = await request(cached);
  if (response.status === 304 && cached) {
    const ready = await parser;
    try {
      const parsed = parseText(ready, cached.text, null, read, { deferBodies });
      const saved = Date.now();
      saveCachedFeedWhenIdle(src, { ...cached, ...validators(response, cached), saved });
      return { ...parsed, fromCache: true, saved };
    } catch {
      // The saved copy no longer validates (e.g. a newer version of the widgets): fetch the feed in full.
      removeCachedFeed(src);
      response = await request();
    }
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    const what = response.status === 404 ? 'was not found' : response.status >= 500 ? 'is unavailable right now' : 'could not be loaded';
    throw new FeedError(`The job feed ${what} (HTTP ${status}).`);
  }
  // The feed format is read as it arrives, in short tasks (stream.ts); an adapter's `read` takes the whole text.
  let text: string | undefined;
  let split: FeedJsonSplitter | undefined;
  try {
    if (read) text = await response.text();
    else split = await readSplit(response);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (timer.aborted || isAbort(error)) throw timedOut();
    throw new FeedError(`The job feed stopped loading part-way (${(error as Error).message}). Please try again.`);
  }
  const { parseSplitFeed, parseFeedInSlices } = await parser;
  const parsed = split ? await parseSplitFeed(split, { deferBodies }) : await parseFeedInSlices(read!(text!, response.headers.get('Content-Type')), { deferBodies });
  if (signal?.aborted) throw signal.reason;
  const length = split ? split.length : text!.length;
  if (cache && length > MAX_SAVED_CHARS) skipSavingFeed(src, length);
  else if (cache) saveCachedFeedWhenIdle(src, { text: text ?? split!.text(), ...validators(response), saved: Date.now() });
  return { ...parsed, fromCache: false };
}
