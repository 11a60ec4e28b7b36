/**
 * Why a feed could not be used, in plain words. Apart from the parser so that the script tag's later files (the
 * ATS adapters) can throw it without bringing the feed schema along; test it by `name`, not `instanceof`, across
 * those files.
 */

/** One problem found in a feed, located by a path such as `postings[3].title`. */
export interface FeedProblem {
  path: string;
  message: string;
}

/** The feed could not be used at all. `problems` lists each reason; `message` says it in one paragraph. */
export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    message: string,
    readonly problems: FeedProblem[] = [],
  ) {
    super(message);
  }
}

