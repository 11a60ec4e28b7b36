/**
 * Registers the elements under their default tag names. The only module with a side effect; running it twice (two
 * script tags, or the ES build and the script tag) is harmless.
 */
import { ApplyFormElement } from './apply-form/apply-form.js';
import { JobCardElement } from './job-card/job-card.js';
import { JobListElement } from './job-list/job-list.js';

export function define(tag: string, element: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  if (!registry.get(tag)) registry.define(tag, element);
}

define('job-card', JobCardElement);
define('apply-form', ApplyFormElement);
define('job-list', JobListElement);
