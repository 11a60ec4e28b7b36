/**
 * The last good feed text per feed URL, kept in localStorage so a returning visitor sees the postings at once while
 * the feed is checked again. Storage may be missing, blocked (privacy modes throw on access) or full: then nothing
 * is cached and nothing throws.
 *
 * Anything on the same origin can write localStorage, so a saved copy is bound to the text we saved: each entry
 * carries a hash of its text, and an entry whose text does not match it is ignored (not shown, and its validators
 * are never sent, so a 304 cannot confirm an edited copy). See `read-feed.ts` for its age limit and for why a copy the
 * server has not confirmed never decides where an application goes.
 *
 * Saving never blocks a paint and never grows without bound: `saveCachedFeedWhenIdle` hashes and writes when the
 * page is idle (after the feed is shown), and a feed text longer than `MAX_SAVED_CHARS` is not saved at all (a
 * console note says so): localStorage holds about 5 million characters per origin in every engine, so a larger copy
 * would only fail its quota after costing a copy of the whole text.
 */
import { whenIdle } from '../shared/idle.js';

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

/**
 * The longest feed text saved: 2 million characters (a few hundred postings with long bodies, thousands of short
 * ones). Its entry (escaped JSON, with the validators) stays well within the ~5-million-character localStorage
 * quota of Chromium, Firefox and WebKit, next to the page's own data.
 */
export const MAX_SAVED_CHARS = 2_000_000;

/**
 * Saves waiting for an idle moment, by key: an entry to write, or the length of a feed text too long to save. A
 * later save of the same feed replaces an earlier one.
 */
const pending = new Map<string, [src: string, entry: CachedFeed | number]>();
let flushing: Promise<void> | undefined;

/** With a deadline, so a busy page still saves. */
const SAVE_WITHIN = 2000;

function schedule(src: string, entry: CachedFeed | number): void {
  pending.set(cacheKey(src), [src, entry]);
  flushing ??= new Promise<void>((resolve) =>
    whenIdle(() => {
      // One entry per idle callback would be fairer to a busy page, but a page has one or two feeds.
      for (const [, [pendingSrc, pendingEntry]] of pending) {
        if (typeof pendingEntry === 'number') tooLongToSave(pendingSrc, pendingEntry);
        else writeCachedFeed(pendingSrc, pendingEntry);
      }
      pending.clear();
      flushing = undefined;
      resolve();
    }, SAVE_WITHIN),
  );
}

/**
 * Saves `entry` for `src` once the page is idle, never in the task that shows the feed; a text over
 * `MAX_SAVED_CHARS` is not saved (and an older copy is dropped: it would be out of date). Returns at once.
 */
export function saveCachedFeedWhenIdle(src: string, entry: CachedFeed): void {
  schedule(src, entry.text.length > MAX_SAVED_CHARS ? entry.text.length : entry);
}

/**
 * A feed text of `length` characters, over `MAX_SAVED_CHARS`: not saved; once the page is idle, an older copy is
 * dropped and a note goes to the console.
 */
export function skipSavingFeed(src: string, length: number): void {
  schedule(src, length);
}

function tooLongToSave(src: string, length: number): void {
  removeCachedFeed(src);
  console.info(
    `careers-widgets: the feed at ${src} is ${length.toLocaleString('en')} characters long, over the ${MAX_SAVED_CHARS.toLocaleString('en')} saved on this device; it loads from the network each visit.`,
  );
}

/** Resolves once every save scheduled so far is written (or given up). */
export function cachedFeedsSaved(): Promise<void> {
  return flushing ?? Promise.resolve();
}

export function removeCachedFeed(src: string): void {
  pending.delete(cacheKey(src));
  try {
    localStorage.removeItem(cacheKey(src));
  } catch {
    // Blocked: there is nothing to remove.
  }
}
