/** The script tag's ATS adapters (dist/careers-widgets-ats.js), loaded when a list has a `format` to read. */
import * as adapters from './feed/adapters/index.js';
import { received } from './shared/handover.js';

received().provide(adapters);
