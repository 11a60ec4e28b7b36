/**
 * What a list needs once it has a feed, loaded with the feed (src/feed/load-tools.ts): reading the server's answer
 * and the saved copy (read-feed.ts), the validation (parse.ts: zod and the schema), the search index, the filters, the
 * filters panel and the styles of what shows a feed (the list's own are for its loading state and errors).
 * In the script tag, dist/careers-widgets-feed.js.
 */
export * from './parse.js';
export { readFeed, savedFeed } from './read-feed.js';
export { finishFeed } from './finish-feed.js';
export { yieldToMain } from './tasks.js';
export { buildIndex, highlight, indexBodies, indexHeads } from './search.js';
export { applyFilters, facetCounts } from './filter.js';
export { facetFields, facetStyles } from '../job-list/facet-fields.js';
export { resultsStyles } from '../job-list/results.styles.js';
export { renderResults } from '../job-list/results-view.js';

import { whenIdle } from '../shared/idle.js';
import { resultsStyles } from '../job-list/results.styles.js';
import { warmParser } from './parse.js';

// zod's first use and the results' style sheet, while the page is idle (the feed is usually still on its way).
whenIdle(() => {
  warmParser();
  void resultsStyles.styleSheet;
}, 100);
