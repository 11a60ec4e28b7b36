/**
 * The feed's validation, search index and filters (src/feed/feed-tools.ts: zod and the schema are most of it, 40% of
 * the script tag's bytes) are loaded when a list is first on the page, in parallel with its feed: the script tag
 * registers a loader that adds `careers-widgets-feed.js`; without one (the ES build) it is a dynamic `import()`
 * (import-feed-tools.ts), which the script tag's build replaces (scripts/build.mjs), so the first file carries none
 * of it. A feed is shown only once they are here, so whatever
 * renders a feed finds them loaded.
 */
import { FeedError } from './feed-error.js';
import { hasLoader, loadModule } from '../shared/lazy.js';
import { importFeedTools } from './import-feed-tools.js';

export type FeedTools = typeof import('./feed-tools.js');

let loaded: FeedTools | undefined;

/** The tools if they are loaded already: a list can check a feed at once, in the task that has it. */
export const loadedFeedTools = (): FeedTools | undefined => loaded;

/** `again`: the file asked for before stalled past a list's time-out: ask for it once more (the first to arrive wins). */
export async function loadFeedTools(again = false): Promise<FeedTools> {
  try {
    return (loaded ??= hasLoader('feed-tools') ? await loadModule<FeedTools>('feed-tools', again) : await importFeedTools());
  } catch (error) {
    throw new FeedError(`The job list could not load the part that reads its feed (${(error as Error).message}). Check your connection and try again.`);
  }
}
