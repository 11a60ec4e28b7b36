/**
 * The last good feed text per feed URL, kept in localStorage so a returning visitor sees the postings at once while
 * the feed is checked again. Storage may be missing, blocked (privacy modes throw on access) or full: then nothing
 * is cached and nothing throws.
 */

export interface CachedFeed {
  /** The feed as the server sent it. */
  text: string;
  /** Validators from the response, when the server sent them and they were readable. */
  etag?: string;
  lastModified?: string;
  /** When the text was received or last confirmed unchanged by the server, in ms since 1970. */
  saved: number;
}

/** The storage key of a feed: the prefix and the absolute feed URL. */
export const cacheKey = (src: string) => `careers-widgets:feed:${new URL(src, document.baseURI).href}`;

export function readCachedFeed(src: string): CachedFeed | undefined {
  try {
    const entry = JSON.parse(localStorage.getItem(cacheKey(src))!);
    return typeof entry?.text === 'string' && typeof entry.saved === 'number' ? entry : undefined;
  } catch {
    return undefined;
  }
}

export function writeCachedFeed(src: string, entry: CachedFeed): void {
  try {
    localStorage.setItem(cacheKey(src), JSON.stringify(entry));
  } catch {
    // Blocked or full: drop an older copy rather than keep showing it; the feed still loads, only without a head start.
    removeCachedFeed(src);
  }
}

export function removeCachedFeed(src: string): void {
  try {
    localStorage.removeItem(cacheKey(src));
  } catch {
    // Blocked: there is nothing to remove.
  }
}
