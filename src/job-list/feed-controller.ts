import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadFeed } from '../feed/load.js';
import { parseFeed, type ParsedFeed } from '../feed/parse.js';

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What the feed comes from: data given as a property wins over the URL. */
export type FeedSource = readonly [src: string, feed: unknown, timeout: number];

export interface FeedCallbacks {
  onLoad(result: ParsedFeed): void;
  onError(error: unknown): void;
}

/**
 * Loads and validates the feed for its host whenever the source changes; aborts the request when the source
 * changes again or the host leaves the page, and starts over when it comes back.
 *
 * A small purpose-built controller rather than @lit/task: it costs a third of the bytes on the host page, and a
 * feed needs states a generic task does not have (a later issue keeps showing a cached feed while refreshing).
 */
export class FeedController implements ReactiveController {
  status: FeedStatus = 'idle';
  result?: ParsedFeed;
  error?: unknown;

  private source?: FeedSource;
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

  hostDisconnected() {
    if (this.status !== 'loading') return;
    this.request?.abort();
    this.source = undefined;
  }

  hostConnected() {
    if (!this.source) this.host.requestUpdate();
  }

  /** Loads again from the current source (the Retry button). */
  async run(): Promise<void> {
    this.request?.abort();
    const request = (this.request = new AbortController());
    const [src, feed, timeout] = this.source ?? this.read();
    if (feed === undefined && !src) {
      this.status = 'idle';
      return;
    }
    this.status = 'loading';
    this.host.requestUpdate();
    try {
      const result = feed !== undefined ? parseFeed(feed) : await loadFeed(src, { signal: request.signal, timeout });
      if (request.signal.aborted) return;
      this.result = result;
      this.status = 'ready';
      this.callbacks.onLoad(result);
    } catch (error) {
      if (request.signal.aborted) return;
      this.error = error;
      this.status = 'error';
      this.callbacks.onError(error);
    }
    this.host.requestUpdate();
  }
}
