/**
 * The feed's validation (src/feed/parse.ts: zod and the schema, a third of the script tag's bytes) is loaded when a
 * list first has a feed to read, in parallel with the feed itself: the script tag registers a loader that adds
 * `careers-widgets-feed.js`; without one (the ES build) it is a dynamic `import()` that a bundler splits off or
 * keeps, as it likes. The script tag's build maps that `import()` to an empty module (scripts/build.mjs), so the
 * first file carries no zod.
 */
import { FeedError } from './feed-error.js';
import { hasLoader, loadModule } from '../shared/lazy.js';

export type Validator = typeof import('./parse.js');

let loaded: Validator | undefined;

/** The validation if it is loaded already: a list can check a feed at once, in the task that has it. */
export const loadedValidator = (): Validator | undefined => loaded;

export async function loadValidator(): Promise<Validator> {
  try {
    return (loaded ??= hasLoader('validator') ? await loadModule<Validator>('validator') : await import('./parse.js'));
  } catch (error) {
    throw new FeedError(`The job list could not load the part that reads its feed (${(error as Error).message}). Check your connection and try again.`);
  }
}
