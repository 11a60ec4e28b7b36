/**
 * A feed's work after its first paint, in slices that yield: the postings of a large feed given as data not checked
 * yet, the bodies of a large feed, then the search index (titles and facts, then bodies). Nobody waits for it, so it
 * travels with the feed's tools (feed-tools.ts), not in the first script; src/job-list/feed-controller.ts drives it.
 */
import type { FeedWarning, ParsedFeed } from './parse.js';
import { checkBodies } from './parse.js';
import type { Posting } from './schema.js';
import { indexBodies, indexHeads, type SearchIndex } from './search.js';
import { Slices, SLICE_MS } from './tasks.js';
import { afterNextPaint } from '../shared/next-task.js';

export interface FeedFinish {
  /** Whether the feed is still the one shown (not replaced, not aborted). */
  current(): boolean;
  /** Checks the postings still to check until `due()`: true once none are left (see `FeedController.complete`). */
  complete(due: () => boolean): boolean;
  /** Bodies that did not validate: the postings to keep, and why the others went. */
  skipped(valid: Posting[], warnings: FeedWarning[]): void;
  /** The list's search index of the feed, built now if it has none. */
  index(): SearchIndex;
  /** Whether `index` is still the list's (a posting's details arriving start a new one). */
  indexing(index: SearchIndex): boolean;
}

/** Resolves true once everything is done, false when the feed stopped being current first. */
export async function finishFeed(result: ParsedFeed, hooks: FeedFinish): Promise<boolean> {
  const { current } = hooks;
  // After the frame that shows the feed (or 100 ms, for a hidden page).
  await afterNextPaint(100);
  // The postings of a feed given as data not checked yet: the list's counts and facets wait for them.
  const first = new Slices();
  while (current() && !hooks.complete(() => first.due())) {
    await first.next();
    if (!current()) return false;
  }
  // Nobody waits for this work: it goes after whatever else the page has to do.
  const slices = new Slices('background');
  if (result.bodiesUnchecked) {
    const { postings } = result.feed;
    const valid: Posting[] = [];
    const warnings: FeedWarning[] = [];
    for (let checked = 0; checked < postings.length; checked += 50) {
      if (!current()) return false;
      const slice = checkBodies(postings.slice(checked, checked + 50));
      valid.push(...slice.valid);
      warnings.push(...slice.warnings);
      await slices.pause();
    }
    if (!current()) return false;
    if (warnings.length) hooks.skipped(valid, warnings);
  }
  if (!current()) return false;
  const index = hooks.index();
  while (!indexHeads(index, SLICE_MS)) {
    await slices.next();
    if (!current() || !hooks.indexing(index)) return false;
  }
  while (!indexBodies(index, SLICE_MS)) {
    await slices.next();
    if (!current() || !hooks.indexing(index)) return false;
  }
  return true;
}
