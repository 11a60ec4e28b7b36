/**
 * The last good feed text per feed URL, kept in localStorage so a returning visitor sees the postings at once while
 * the feed is checked again. Storage may be missing, blocked (privacy modes throw on access) or full: then nothing
 * is cached and nothing throws.
 *
 * Anything on the same origin can write localStorage, so a saved copy is bound to the text we saved: each entry
 * carries a hash of its text, and an entry whose text does not match it is ignored (not shown, and its validators
 * are never sent, so a 304 cannot confirm an edited copy). See `load.ts` for its age limit and for why a copy the
 * server has not confirmed never decides where an application goes.
 */

export interface CachedFeed {
  /** The feed as the server sent it. */
  text: string;
  /** Validators from the response, when the server sent them and they were readable. */
  etag?: string;
  lastModified?: string;
  /** When the text was received or last confirmed unchanged by the server, in ms since 1970. */
  saved: number;
  /** `textHash(text)`, written by `writeCachedFeed`. */
  hash?: string;
}

/** A 64-bit hash of a text (two multiplicative 32-bit lanes, FNV-1a style), to tell our saved text from an edited one. */
export function textHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}

/** The storage key of a feed: the prefix and the absolute feed URL. */
export const cacheKey = (src: string) => `careers-widgets:feed:${new URL(src, document.baseURI).href}`;

/** The saved entry for `src`, when there is one and its text is the text that was saved. */
export function readCachedFeed(src: string): CachedFeed | undefined {
  try {
    const entry = JSON.parse(localStorage.getItem(cacheKey(src))!);
    return typeof entry?.text === 'string' && typeof entry.saved === 'number' && entry.hash === textHash(entry.text) ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** Saves `entry` for `src`, with the hash of its text. */
export function writeCachedFeed(src: string, entry: CachedFeed): void {
  try {
    localStorage.setItem(cacheKey(src), JSON.stringify({ ...entry, hash: textHash(entry.text) }));
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
