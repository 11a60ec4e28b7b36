/** The script-tag build's application form (dist/careers-widgets-apply.js), loaded by dist/careers-widgets.js on first use. */
import { ApplyFormElement } from './apply-form/apply-form.js';
import { defineElement } from './define-core.js';

defineElement('apply-form', ApplyFormElement);
