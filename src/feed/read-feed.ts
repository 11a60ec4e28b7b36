/**
 * Reads the server's answer to `requestFeed` (fetch-feed.ts) into a validated feed, and keeps the last good one on
 * this device (stale while revalidate): render `savedFeed(…)` at once, then `readFeed` the answer. Part of the feed's
 * tools (feed-tools.ts), so none of it is in the first script.
 *
 * A saved copy is data anything on the page's origin could have written. So it is shown for at most
 * `MAX_SAVED_AGE` after the server last sent or confirmed it, and, until the server confirms it in this load (a 304
 * to validators sent only for an intact copy, see `cache.ts`), it is shown without where applications go: no
 * posting's `apply` and no organization e-mail, so the list offers no Apply action from it.
 */
import { MAX_SAVED_CHARS, readCachedFeed, removeCachedFeed, saveCachedFeedWhenIdle, skipSavingFeed, type CachedFeed } from './cache.js';
import { FeedError } from './feed-error.js';
import type { FeedAnswer, FeedReader, LoadedFeed, LoadFeedOptions } from './fetch-feed.js';
import { parseFeed, parseFeedInSlices, parseFeedText, parseSplitFeed, type FirstPage, type ParsedFeed, type ParseOptions } from './parse.js';
import { readSplit, type FeedJsonSplitter } from './stream.js';

/** How long after the server last sent or confirmed it a saved copy may still be shown: 7 days. */
export const MAX_SAVED_AGE = 7 * 24 * 60 * 60 * 1000;

function parseText(text: string, contentType: string | null, read: FeedReader | undefined, options: ParseOptions): ParsedFeed {
  return read ? parseFeed(read(text, contentType), options) : parseFeedText(text, options);
}

/** The postings of a copy the server has not confirmed, without anywhere to send an application. */
function withoutApplyDestinations(parsed: ParsedFeed): ParsedFeed {
  const { feed } = parsed;
  const { email: _email, ...organization } = feed.organization;
  return { ...parsed, feed: { ...feed, organization, postings: feed.postings.map(({ apply: _apply, ...posting }) => posting) } };
}

const validators = (response: Response, cached?: CachedFeed) => ({
  etag: response.headers.get('ETag') || cached?.etag,
  lastModified: response.headers.get('Last-Modified') || cached?.lastModified,
});

/**
 * The saved copy of the feed at `src`, validated, to render before the server answers, without its apply
 * destinations (`unconfirmed`); none when it is older than `MAX_SAVED_AGE` (or dated in the future). An invalid copy
 * is dropped. `entry`: the saved entry when the caller has read it already.
 */
export function savedFeed(src: string, options: ParseOptions & { read?: FeedReader } = {}, entry = readCachedFeed(src)): LoadedFeed | undefined {
  const age = entry ? Date.now() - entry.saved : NaN;
  if (!entry || !(age >= -60_000 && age <= MAX_SAVED_AGE)) return undefined;
  try {
    return { ...withoutApplyDestinations(parseText(entry.text, null, options.read, options)), fromCache: true, saved: entry.saved, unconfirmed: true };
  } catch {
    removeCachedFeed(src);
    return undefined;
  }
}

/**
 * The feed in `answer`: a 304 confirms the saved copy; an error status, a cut-off body or an invalid feed throws.
 * With `firstPage`, a large feed in the feed format comes back once its first page is checked, with the steps that
 * check the rest (`rest`): see `parseFirstPostings`.
 */
export async function readFeed(
  answer: FeedAnswer,
  src: string,
  { cache, deferBodies, read, firstPage }: LoadFeedOptions & { firstPage?: FirstPage } = {},
): Promise<LoadedFeed & { rest?: Generator<unknown, ParsedFeed> }> {
  const { cached, signal } = answer;
  let { response } = answer;
  if (response.status === 304 && cached) {
    try {
      const parsed = parseText(cached.text, null, read, { deferBodies });
      const saved = Date.now();
      saveCachedFeedWhenIdle(src, { ...cached, ...validators(response, cached), saved });
      return { ...parsed, fromCache: true, saved };
    } catch {
      // The saved copy no longer validates (e.g. a newer version of the widgets): fetch the feed in full.
      removeCachedFeed(src);
      response = await answer.again();
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
    throw answer.failure(error);
  }
  const { parsed, rest } = split
    ? await parseSplitFeed(split, { deferBodies }, firstPage)
    : { parsed: await parseFeedInSlices(read!(text!, response.headers.get('Content-Type')), { deferBodies }), rest: undefined };
  if (signal?.aborted) throw signal.reason;
  const length = split ? split.length : text!.length;
  if (cache && length > MAX_SAVED_CHARS) skipSavingFeed(src, length);
  else if (cache) saveCachedFeedWhenIdle(src, { text: text ?? split!.text(), ...validators(response), saved: Date.now() });
  return { ...parsed, fromCache: false, ...(rest ? { rest } : {}) };
}
