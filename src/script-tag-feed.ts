/** The script tag's feed tools (dist/careers-widgets-feed.js): validation (zod/mini, the schema), search and filters, loaded beside the feed. */
import * as tools from './feed/feed-tools.js';
import { received } from './shared/handover.js';

received().provide(tools);
