import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isClosed } from '../feed/dates.js';
import { cachedFeed, loadFeed, type FeedReader } from '../feed/load.js';
import { checkBodies, parseFeed, type FeedWarning, type ParsedFeed } from '../feed/parse.js';
import { loadModule } from '../shared/lazy.js';
import { buildIndex, indexBodies, type SearchIndex } from '../feed/search.js';

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What the feed comes from: data given as a property wins over the URL; `format` names an ATS shape to adapt. */
export type FeedSource = readonly [src: string, feed: unknown, timeout: number, format: string, organization: string];

type Adapters = typeof import('../feed/adapters/index.js');

/** Reads an applicant tracking system's response into the feed format, keeping the adapter's warnings. */
async function atsReader(format: string, organization: string, source: string): Promise<{ read: FeedReader; adapt(data: unknown): unknown; warnings: FeedWarning[] }> {
  const adapters = await loadModule<Adapters>('adapters');
  const [name, email] = organization.split('\n');
  const reader = {
    warnings: [] as FeedWarning[],
    adapt(data: unknown) {
      const given = { ...(name ? { name } : {}), ...(email ? { email } : {}) };
      const { feed, warnings } = adapters.adaptFeed(data, format as Adapters['ATS_FORMATS'][number] | 'auto', { organization: given, source: source || undefined });
      reader.warnings = warnings;
      // An empty board may be a mistyped one: a hint for the page's developer (also in job-feed-warning).
      for (const warning of warnings) if (warning.path === 'board') console.warn(`careers-widgets: ${warning.message}`);
      // Most job-board APIs do not name the employer: the page's attribute does, else its host name.
      const adapted = feed as { organization?: { name?: string } };
      if (adapted && typeof adapted === 'object' && !adapted.organization?.name) {
        adapted.organization = { ...adapted.organization, name: location.hostname || 'Careers' };
      }
      return feed;
    },
    read: (text: string, contentType: string | null) => reader.adapt(adapters.parseFeedResponseText(text, contentType)),
  };
  return reader;
}

export interface FeedCallbacks {
  /** A feed is shown: fresh, or the copy saved on this device (`fromCache`). */
  onLoad(result: ParsedFeed, fromCache: boolean): void;
  /** Postings were skipped; may come again later for a large feed whose bodies are checked after the first paint. */
  onWarnings(warnings: FeedWarning[]): void;
  /** `savedCopyShown`: a refresh failed while the copy saved on this device stays on screen. */
  onError(error: unknown, savedCopyShown: boolean): void;
}

/** Feeds above this many postings are shown before their bodies are checked and indexed. */
const LARGE_FEED = 1000;
/** Milliseconds of background work per slice, so typing and scrolling stay smooth meanwhile. */
const SLICE_MS = 8;

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
  error?: unknown;
  /** When the feed shown is the saved copy: when it was saved, and the refresh error once the refresh failed. */
  stale?: { saved: number; error?: unknown };

  private source?: FeedSource;
  /** False while anything for the current source is still running. */
  private settled = true;
  private request?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly read: () => FeedSource,
    private readonly callbacks: FeedCallbacks,
  ) {
    host.addController(this);
  }

  hostUpdate() {
    const source = this.read();
    if (this.source && source.every((value, index) => value === this.source![index])) return;
    this.source = source;
    void this.run();
  }

  /** Work in flight (a request, an adapter, background body checks) stops when the host leaves, and restarts on return. */
  hostDisconnected() {
    if (this.settled) return;
    this.request?.abort();
    this.source = undefined;
  }

  hostConnected() {
    if (!this.source) this.host.requestUpdate();
  }

  /**
   * The search index of the feed shown. Built when first needed (a search, a filter) or when the page is idle after
   * the first paint: the unfiltered first page needs none, and at 10,000 postings building it takes a third of the
   * time to first results.
   */
  get index(): SearchIndex | undefined {
    const result = this.result;
    if (!this.builtIndex && result) {
      this.builtIndex = buildIndex(result.feed.postings, result.feed.departments, result.bodiesUnchecked ? 0 : Infinity);
    }
    return this.builtIndex;
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
    try {
      const ats = format ? await atsReader(format, organization, src) : undefined;
      if (request.signal.aborted) return;
      const withAdapterWarnings = <T extends ParsedFeed>(parsed: T): T => (ats ? { ...parsed, warnings: [...ats.warnings, ...parsed.warnings] } : parsed);
      if (feed !== undefined) {
        return this.show(withAdapterWarnings(parseFeed(ats ? ats.adapt(feed) : feed, { deferBodies: LARGE_FEED })), false, request.signal);
      }
      const options = { deferBodies: LARGE_FEED, read: ats?.read };
      const saved = cachedFeed(src, options);
      if (saved) {
        this.show(withAdapterWarnings(saved), true, request.signal);
        this.stale = { saved: saved.saved ?? Date.now() };
      } else {
        this.status = 'loading';
        this.host.requestUpdate();
      }
      try {
        const loaded = await loadFeed(src, { ...options, signal: request.signal, timeout, cache: true });
        if (request.signal.aborted) return;
        this.stale = undefined;
        // A 304 confirms the copy already shown: no new load for the page, but now with where applications go.
        this.show(withAdapterWarnings(loaded), loaded.fromCache, request.signal, Boolean(saved && loaded.fromCache));
      } catch (error) {
        if (!saved || request.signal.aborted) throw error;
        // The saved postings stay on screen with a quiet note; the page still hears of the failure.
        this.stale = { saved: this.stale!.saved, error };
        this.callbacks.onError(error, true);
        this.settle();
      }
    } catch (error) {
      if (request.signal.aborted) return;
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
  private show(parsed: ParsedFeed, fromCache: boolean, signal: AbortSignal, confirmed = false) {
    const now = new Date();
    const { feed } = parsed;
    const result = { ...parsed, feed: { ...feed, postings: feed.postings.filter((posting) => !isClosed(posting, now)) } };
    this.result = result;
    this.builtIndex = undefined;
    this.status = 'ready';
    this.host.requestUpdate();
    if (!confirmed) {
      this.callbacks.onLoad(result, fromCache);
      if (result.warnings.length) this.callbacks.onWarnings(result.warnings);
    }
    if (result.bodiesUnchecked) return this.finishBodies(result, signal);
    this.settle();
    (window.requestIdleCallback ?? setTimeout)(() => this.result === result && this.index);
  }

  /** Checks, then indexes, the bodies of a large feed in slices; drops the postings whose body is invalid. */
  private finishBodies(result: ParsedFeed, signal: AbortSignal) {
    const { postings } = result.feed;
    const valid: typeof postings = [];
    const warnings: FeedWarning[] = [];
    let checked = 0;
    const step = () => {
      if (signal.aborted || this.result !== result) return;
      const end = performance.now() + SLICE_MS;
      while (checked < postings.length && performance.now() < end) {
        const slice = checkBodies(postings.slice(checked, (checked += 200)));
        valid.push(...slice.valid);
        warnings.push(...slice.warnings);
      }
      if (checked < postings.length) return void setTimeout(step);
      if (warnings.length) {
        result.feed.postings = valid;
        result.warnings.push(...warnings);
        this.builtIndex = buildIndex(valid, result.feed.departments, 0);
        this.callbacks.onWarnings(warnings);
        this.host.requestUpdate();
      }
      const index = this.index!;
      const indexStep = () => {
        if (signal.aborted || this.builtIndex !== index) return;
        if (!indexBodies(index, SLICE_MS)) return void setTimeout(indexStep);
        this.settle();
        this.host.requestUpdate();
      };
      setTimeout(indexStep);
    };
    setTimeout(step);
  }
}
