/** The script tag's feed validation (dist/careers-widgets-feed.js): zod/mini and the schema, loaded beside the feed. */
import * as parser from './feed/parse.js';
import { received } from './shared/handover.js';

received().provide(parser);
