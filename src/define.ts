/**
 * Registers every element under its default tag name: the ES build's side-effect entry
 * (`import 'careers-widgets/define.js'`). Running it twice (or beside the script tag) is harmless.
 */
import { ApplyFormElement } from './apply-form/apply-form.js';
import { define, defineElement } from './define-core.js';

define();
defineElement('apply-form', ApplyFormElement);

export { defineElement };
