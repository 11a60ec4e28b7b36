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

import { resultsStyles } from '../job-list/results.styles.js';
import { schemaSteps, warmParser } from './parse.js';

/**
 * What a list's first check and render of a feed would otherwise pay for, in steps of a few milliseconds that the
 * page's warm-up runs in short tasks once this file is here (src/shared/warm-up.ts): the schemas, built in two
 * steps; zod's first use of them, which compiles each; the results' style sheet.
 */
export const warmSteps: (() => unknown)[] = [...schemaSteps, warmParser, () => resultsStyles.styleSheet];
