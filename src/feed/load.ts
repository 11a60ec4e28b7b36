/**
 * `loadFeed` and `cachedFeed` of the ES build's API: src/feed/fetch-feed.ts with the feed parser bound. The
 * elements use fetch-feed.ts themselves, with the parser loaded beside the feed (src/feed/load-tools.ts).
 */
import { fetchFeed, savedFeed, type FeedReader, type LoadedFeed, type LoadFeedOptions } from './fetch-feed.js';
import * as parser from './parse.js';
import type { ParseOptions } from './parse.js';

export { DEFAULT_FEED_TIMEOUT, MAX_SAVED_AGE, type FeedReader, type LoadedFeed, type LoadFeedOptions } from './fetch-feed.js';

/** Fetches and validates the feed at `src`: see `LoadFeedOptions`. Every failure is a `FeedError` in plain words. */
export function loadFeed(src: string, options?: LoadFeedOptions): Promise<LoadedFeed> {
  return fetchFeed(parser, src, options);
}

/**
 * The saved copy of the feed at `src`, validated, to render before the server answers, without its apply
 * destinations; none when it is older than `MAX_SAVED_AGE` or invalid.
 */
export function cachedFeed(src: string, options?: ParseOptions & { read?: FeedReader }): LoadedFeed | undefined {
  return savedFeed(parser, src, options);
}
