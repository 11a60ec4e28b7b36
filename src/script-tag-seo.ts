/** The script tag's structured data (dist/careers-widgets-seo.js): the list's schema.org JobPosting JSON-LD scripts, loaded after the list shows. */
import * as structuredData from './job-list/structured-data.js';
import { received } from './shared/handover.js';

received().provide(structuredData);
