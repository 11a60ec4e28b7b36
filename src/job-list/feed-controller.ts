import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isClosed } from '../feed/dates.js';
import { readCachedFeed, type CachedFeed } from '../feed/cache.js';
import { FeedError } from '../feed/feed-error.js';
import { inSeconds, requestFeed, sendsValidators } from '../feed/fetch-feed.js';
import type { FeedWarning, ParsedFeed } from '../feed/parse.js';
import type { Posting } from '../feed/schema.js';
import { loadedFeedTools, loadFeedTools, type FeedTools } from '../feed/load-tools.js';
import { yieldAhead } from '../shared/next-task.js';
import { loadModule } from '../shared/lazy.js';
import type { SearchIndex } from '../feed/search.js';

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What the feed comes from: data given as a property wins over the URL; `format` names an ATS shape to adapt. */
export type FeedSource = readonly [src: string, feed: unknown, timeout: number, format: string, organization: string];

type Adapters = typeof import('../feed/adapters/index.js');
/** Reads an applicant tracking system's response (careers-widgets-ats.js: see src/feed/adapters/reader.ts). */
type AtsReader = ReturnType<Adapters['atsReader']>;

export interface FeedCallbacks {
  /** A feed is shown: fresh, or the copy saved on this device (`fromCache`). */
  onLoad(result: ParsedFeed, fromCache: boolean): void;
  /** Postings were skipped; may come again later for a large feed whose bodies are checked after the first paint. */
  onWarnings(warnings: FeedWarning[]): void;
  /** `savedCopyShown`: a refresh failed while the copy saved on this device stays on screen. */
  onError(error: unknown, savedCopyShown: boolean): void;
  /** How many postings the list shows at first. */
  pageSize(): number;
}

/**
 * Feeds above this many postings are shown before their bodies are checked and indexed: at 1,000 postings of 5 KB,
 * checking the bodies first would hold the first results for ~150 ms on a fast machine (4x that on a phone).
 */
const LARGE_FEED = 200;
/**
 * A feed in the feed format (given as data without a `format`, or fetched) with more postings than this shows its
 * first page once the postings on it are checked (one more open posting than the list's page,
 * `FeedCallbacks.pageSize`, so it knows there are more), and checks the others in slices after the first paint (a
 * smaller one at once). The list asks for all of them at once (`complete`) when it needs more: a search, a filter,
 * another order, another page. 10,000 postings through `src`: first results 1,137 instead of 1,280 ms (medians of 5).
 */
const SLICED_FEED = 200;

/**
 * `loading`, or a `FeedError` once `timeout` ms have passed without it (a file that stalls rather than fails), and
 * then `onTimeout`.
 */
function inTime<T>(loading: Promise<T>, timeout: number, onTimeout: () => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout();
      reject(new FeedError(`The job list took longer than ${inSeconds(timeout)} seconds to load the part that reads its feed. Please try again.`));
    }, timeout);
    loading.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/**
 * Loads and validates the feed for its host whenever the source changes; aborts the request when the source
 * changes again or the host leaves the page, and starts over when it comes back. A feed from `src` is shown at
 * once from the copy saved on this device (without its apply destinations: see `cachedFeed`), then revalidated; a
 * 304 shows the same copy with them; if the refresh fails the saved copy stays, marked stale, still without them.
 * Postings past their closing date are left out. Large feeds paint first and finish checking and indexing their
 * bodies in slices afterwards.
 *
 * A small purpose-built controller rather than @lit/task: it costs a third of the bytes on the host page, and a
 * feed has states a generic task does not (showing a saved copy while refreshing, work after the first paint).
 */
export class FeedController implements ReactiveController {
  status: FeedStatus = 'idle';
  result?: ParsedFeed;
  private builtIndex?: SearchIndex;
  /**
   * The feed's validation, search and filters (src/feed/load-tools.ts), once loaded: always by the time a feed is
   * shown (`result`).
   */
  tools?: FeedTools;
  error?: unknown;
  /** When the feed shown is the saved copy: when it was saved, and the refresh error once the refresh failed. */
  stale?: { saved: number; error?: unknown };

  private source?: FeedSource;
  /** False while anything for the current source is still running. */
  private settled = true;
  /** The feed's tools took longer than the time-out: the next run asks for their file again. */
  private toolsStalled = false;
  private request?: AbortController;
  private connected = true;
  /** SmartRecruiters: fetches the details of the postings shown, which have none (see `AtsReader.details`). */
  private pending?: { pump(): void };
  private detailsWanted?: string;
  /** A feed given as data, shown with postings still to check: the steps that check them (see `complete`). */
  private rest?: { result: ParsedFeed; steps: Generator<unknown, ParsedFeed>; seen: number; first: number };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly read: () => FeedSource,
    private readonly callbacks: FeedCallbacks,
  ) {
    host.addController(this);
  }

  hostUpdate() {
    this.start();
  }

  /** Whether the source is a request to make (`src`), not data given as a property (which wins over the URL). */
  get fetches(): boolean {
    const [src, feed] = this.read();
    return feed === undefined && Boolean(src);
  }

  /** Loads the feed when its source has changed (before the host's update: see JobListElement's `scheduleUpdate`). */
  start() {
    const source = this.read();
    if (this.source && source.every((value, index) => value === this.source![index])) return;
    this.source = source;
    void this.run();
  }

  /** Work in flight (a request, an adapter, background body checks) stops when the host leaves, and restarts on return. */
  hostDisconnected() {
    this.connected = false;
    if (this.settled) return;
    this.request?.abort();
    this.source = undefined;
  }

  hostConnected() {
    this.connected = true;
    // A list on the page will want the feed's tools: fetched now, while the page waits for a feed (set later as a
    // property, or fetched from `src`).
    loadFeedTools().catch(() => {});
    if (!this.source) this.host.requestUpdate();
    else this.pending?.pump();
  }

  /**
   * The search index of the feed shown. Built in slices after the first paint (titles and facts, then bodies), or
   * at once when first needed before that (a search, a filter): the unfiltered first page needs none. In a large
   * feed (bodies checked after the first paint) a search before the bodies are in sees titles, facts and the bodies
   * indexed so far.
   */
  get index(): SearchIndex | undefined {
    this.complete();
    const result = this.result;
    const tools = this.tools;
    if (!tools) return undefined;
    if (!this.builtIndex && result) this.builtIndex = tools.buildIndex(result.feed.postings, result.feed.departments, 0, 0);
    const index = this.builtIndex;
    // Wanted before the background work is done: titles and facts now; bodies too unless the feed is large.
    if (index && index.heads < index.postings.length) tools.indexHeads(index);
    if (index && result && !result.bodiesUnchecked) tools.indexBodies(index);
    return index;
  }

  /** Loads again from the current source (the Retry button). */
  async run(): Promise<void> {
    this.request?.abort();
    const request = (this.request = new AbortController());
    const [src, feed, timeout, format, organization] = this.source ?? this.read();
    this.stale = undefined;
    if (feed === undefined && !src) {
      this.status = 'idle';
      return;
    }
    this.settled = false;
    // The feed's tools are fetched while the feed is (or the adapters are); once they have arrived, their schemas are
    // built in two tasks of their own (25 ms in all on a phone), and the feed is checked and shown in the next.
    const ready = loadedFeedTools();
    // After a time-out (Retry), the file is asked for again: a request that stalled may never answer.
    const again = this.toolsStalled;
    this.toolsStalled = false;
    const validating = ready
      ? Promise.resolve(ready)
      : inTime(loadFeedTools(again), timeout, () => (this.toolsStalled = true)).then(async (tools) => {
          for (const step of tools.schemaSteps) {
            await tools.yieldToMain();
            step();
          }
          await tools.yieldToMain();
          return tools;
        });
    validating.catch(() => {});
    if (!ready && feed !== undefined) {
      this.status = 'loading';
      this.host.requestUpdate();
    }
    try {
      const ats = format ? (await loadModule<Adapters>('adapters')).atsReader(format, organization, src, (data) => this.tools!.parseFeed(data)) : undefined;
      this.pending = undefined;
      if (request.signal.aborted) return;
      const withAdapterWarnings = <T extends ParsedFeed>(parsed: T): T => (ats ? { ...parsed, warnings: [...ats.warnings, ...parsed.warnings] } : parsed);
      // A large feed in the feed format, given as data or fetched, is shown once its first page is checked (an
      // adapter's feed is checked whole), and the rest is checked after the first paint.
      const now = new Date();
      const first = this.callbacks.pageSize() + 1;
      const firstPage = { over: SLICED_FEED, size: first, counts: (posting: Posting) => !isClosed(posting, now) };
      if (feed !== undefined) {
        const { parseFeed, parseFeedInSlices, parseFirstPostings } = (this.tools = await validating);
        if (request.signal.aborted) return;
        const data = ats ? ats.adapt(feed) : feed;
        const postings = (data as { postings?: unknown } | null)?.postings;
        const large = Array.isArray(postings) && postings.length > firstPage.over;
        const options = { deferBodies: LARGE_FEED };
        // An ATS feed is checked whole first: SmartRecruiters' details are fetched for the postings shown.
        const { parsed, rest } = !large
          ? { parsed: parseFeed(data, options) }
          : ats
            ? { parsed: await parseFeedInSlices(data, options) }
            : parseFirstPostings(data, options, first, firstPage.counts);
        // The checks (and zod's first compiling of its schemas) in one task, the first render in the next.
        if (rest) await this.tools.yieldToMain();
        if (request.signal.aborted) return;
        return this.show(withAdapterWarnings(parsed), false, request.signal, false, ats, rest && { steps: rest, seen: parsed.warnings.length, first });
      }
      const options = { deferBodies: LARGE_FEED, read: ats?.read };
      // The saved copy waits for the validation (from the browser's cache on a later visit); the request does not.
      const fetching = { ...options, signal: request.signal, timeout, cache: true, firstPage };
      // Read once (a saved feed can be megabytes of text to parse and hash): the request's validators, and the copy
      // shown while the server answers. localStorage's first read on a page waits for the browser (10 ms and more):
      // on this origin it has a task of its own, the request right after (one task for both was long on a phone); a
      // request to another origin carries no validators, so it goes out first.
      const validates = sendsValidators(src);
      let cached: CachedFeed | undefined;
      if (validates) {
        await yieldAhead();
        cached = readCachedFeed(src);
        await yieldAhead();
        if (request.signal.aborted) return;
      }
      const answer = requestFeed(src, fetching, !ready, cached ?? null);
      if (!validates) cached = readCachedFeed(src);
      const loading = answer.then(async (answered) => (await validating).readFeed(answered, src, fetching));
      loading.catch(() => {});
      if (!cached) {
        this.status = 'loading';
        this.host.requestUpdate();
      }
      const tools = (this.tools = await validating);
      if (request.signal.aborted) return;
      const saved = cached && tools.savedFeed(src, options, cached);
      if (saved) {
        this.show(withAdapterWarnings(saved), true, request.signal, false, ats);
        this.stale = { saved: saved.saved ?? Date.now() };
      } else if (this.status !== 'loading') {
        this.status = 'loading';
        this.host.requestUpdate();
      }
      try {
        let { rest, ...loaded } = await loading;
        // Checked in the tasks that read it; shown in one of its own.
        await tools.yieldToMain();
        if (request.signal.aborted) return;
        // SmartRecruiters: every page of the list before it is shown, so its count is the board's.
        const all = await ats?.rest(request.signal);
        if (request.signal.aborted) return;
        if (all) [loaded, rest] = [{ ...loaded, ...tools.parseFeed(all, { deferBodies: LARGE_FEED }), fromCache: false }, undefined];
        this.stale = undefined;
        // A 304 confirms the copy already shown: no new load for the page, but now with where applications go.
        const confirmed = Boolean(saved && loaded.fromCache);
        this.show(withAdapterWarnings(loaded), loaded.fromCache, request.signal, confirmed, ats, rest && { steps: rest, seen: loaded.warnings.length, first });
      } catch (error) {
        if (!saved || request.signal.aborted) throw error;
        // The saved postings stay on screen with a quiet note; the page still hears of the failure.
        this.stale = { saved: this.stale!.saved, error };
        this.callbacks.onError(error, true);
        this.settle();
      }
    } catch (error) {
      if (request.signal.aborted) return;
      // Nothing will read the rest of the answer (the feed's tools did not load, say): stop downloading it.
      request.abort();
      this.error = error;
      this.status = 'error';
      this.callbacks.onError(error, false);
      this.settle();
    }
    this.host.requestUpdate();
  }

  private settle() {
    this.settled = true;
  }

  /** `confirmed`: the copy shown is the same feed, now confirmed by the server: the page heard of it already. */
  private show(
    parsed: ParsedFeed,
    fromCache: boolean,
    signal: AbortSignal,
    confirmed: boolean,
    ats: AtsReader | undefined,
    rest?: { steps: Generator<unknown, ParsedFeed>; seen: number; first: number },
  ) {
    const now = new Date();
    const { feed } = parsed;
    const result = { ...parsed, feed: { ...feed, postings: feed.postings.filter((posting) => !isClosed(posting, now)) } };
    this.result = result;
    this.builtIndex = undefined;
    this.status = 'ready';
    this.host.requestUpdate();
    this.rest = rest && { ...rest, result };
    // Shown before its other postings are checked: the page hears of the feed once they are (`complete`).
    if (rest && result.feed.postings.length < rest.first) this.complete();
    if (!confirmed && !this.rest) {
      this.callbacks.onLoad(result, fromCache);
      if (result.warnings.length) this.callbacks.onWarnings(result.warnings);
    }
    // A feed whose bodies are checked is settled now: what follows (the index) needs no restart if the host moves.
    if (!result.bodiesUnchecked) this.settle();
    void this.finish(result, signal);
    this.pending = ats?.details(result.feed.postings, signal, {
      connected: () => this.connected,
      current: () => this.result === result,
      wanted: () => this.detailsWanted,
      changed: () => {
        // The search index reads the new description once rebuilt (not while the first indexing is still under way).
        if (this.settled) this.builtIndex = undefined;
        this.host.requestUpdate();
      },
    });
    this.pending?.pump();
  }

  /**
   * A posting's details are wanted now (its card opened, or a link names it): fetched next, ahead of the others.
   * Without a pending detail for it, nothing happens.
   */
  details(id: string) {
    this.detailsWanted = id;
    this.pending?.pump();
  }

  /**
   * Checks the postings of a feed given as data that were not checked before its first page was shown: all of them
   * now, or (`due`) until the slice is used up (false when some are left). Once done, the list shows them (closed
   * ones left out) and the page hears of the feed (job-feed-load) and of the postings left out (job-feed-warning).
   */
  complete(due?: () => boolean): boolean {
    const rest = this.rest;
    if (!rest) return true;
    for (;;) {
      const step = rest.steps.next();
      if (!step.done) {
        if (due?.()) return false;
        continue;
      }
      this.rest = undefined;
      const { result } = rest;
      const now = new Date();
      result.feed.postings = step.value.feed.postings.filter((posting) => !isClosed(posting, now));
      // The same list when the feed came without an adapter's warnings before its own.
      if (result.warnings !== step.value.warnings) result.warnings.push(...step.value.warnings.slice(rest.seen));
      delete result.unchecked;
      delete result.pending;
      this.builtIndex = undefined;
      this.host.requestUpdate();
      // Not while the list renders (it may have asked for this): right after.
      queueMicrotask(() => {
        if (this.result !== result) return;
        this.callbacks.onLoad(result, false);
        if (result.warnings.length) this.callbacks.onWarnings(result.warnings);
      });
      return true;
    }
  }

  /**
   * After the first paint, in slices (src/feed/finish-feed.ts): checks the postings of a feed given as data not
   * checked yet, the bodies of a large feed (dropping the postings whose body is invalid), then indexes titles and
   * facts, then bodies. Not before the list has rendered the feed: its first render can come several tasks after
   * this (src/job-list/job-list.ts), and the first slices, which go ahead of other tasks, held its first paint back
   * until they were done (1k postings as a property: 60-90 ms).
   */
  private async finish(result: ParsedFeed, signal: AbortSignal) {
    const { buildIndex, finishFeed } = this.tools!;
    await Promise.race([this.host.updateComplete, new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }))]);
    const done = await finishFeed(result, {
      current: () => !signal.aborted && this.result === result,
      complete: (due) => this.rest?.result !== result || this.complete(due),
      skipped: (valid, warnings) => {
        result.feed.postings = valid;
        result.warnings.push(...warnings);
        this.builtIndex = undefined;
        this.callbacks.onWarnings(warnings);
        this.host.requestUpdate();
      },
      index: () => (this.builtIndex ??= buildIndex(result.feed.postings, result.feed.departments, 0, 0)),
      indexing: (index) => this.builtIndex === index,
    });
    if (!done) return;
    this.settle();
    // A search typed meanwhile saw part of the bodies: show its full results.
    this.host.requestUpdate();
  }
}
