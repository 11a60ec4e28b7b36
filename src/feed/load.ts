/**
 * `loadFeed` and `cachedFeed` of the ES build's API: the request (fetch-feed.ts) and its reading (read-feed.ts) in
 * one call. The elements use them apart, the reading with the feed's tools loaded beside the feed
 * (src/feed/load-tools.ts).
 */
import { requestFeed, type FeedReader, type LoadedFeed, type LoadFeedOptions } from './fetch-feed.js';
import type { ParseOptions } from './parse.js';
import { readFeed, savedFeed } from './read-feed.js';

export { DEFAULT_FEED_TIMEOUT, type FeedReader, type LoadedFeed, type LoadFeedOptions } from './fetch-feed.js';
export { MAX_SAVED_AGE } from './read-feed.js';

/** Fetches and validates the feed at `src`: see `LoadFeedOptions`. Every failure is a `FeedError` in plain words. */
export async function loadFeed(src: string, options?: LoadFeedOptions): Promise<LoadedFeed> {
  return readFeed(await requestFeed(src, options), src, options);
}

/**
 * The saved copy of the feed at `src`, validated, to render before the server answers, without its apply
 * destinations; none when it is older than `MAX_SAVED_AGE` or invalid.
 */
export function cachedFeed(src: string, options?: ParseOptions & { read?: FeedReader }): LoadedFeed | undefined {
  return savedFeed(src, options);
}
