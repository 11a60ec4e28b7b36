/** The script tag's structured-data writer (dist/careers-widgets-seo.js): schema.org JobPosting JSON-LD, loaded after the list shows. */
import * as jsonld from './feed/jsonld.js';
import { received } from './shared/handover.js';

received().provide(jsonld);
