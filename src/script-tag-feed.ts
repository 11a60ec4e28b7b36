/**
 * The script tag's feed tools (dist/careers-widgets-feed.js), loaded beside the feed: validation (zod/mini, the
 * schema), search and filters, and `<job-card>`, which only a feed's postings fill. Its Lit, strings and shared styles
 * are the first file's (src/shared/handover.ts).
 */
import { defineElement } from './define-core.js';
import * as tools from './feed/feed-tools.js';
import { JobCardElement } from './job-card/job-card.js';
import { received } from './shared/handover.js';

defineElement('job-card', JobCardElement);
received().provide(tools);
