/** The script tag's application form (dist/careers-widgets-apply.js), loaded by dist/careers-widgets.js on first use. */
import { ApplyFormElement } from './apply-form/apply-form.js';
import { defineElement } from './define-core.js';
import { received } from './shared/handover.js';

const handover = received();
defineElement('apply-form', ApplyFormElement);
handover.provide(undefined);
