/** The script tag's HTML sanitizer (dist/careers-widgets-html.js: DOMPurify and its allow-list), loaded on first use. */
import * as sanitize from './feed/sanitize.js';
import { received } from './shared/handover.js';

received().provide(sanitize);
