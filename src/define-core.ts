/** Registration without side effects of its own: `define.ts` (ES build) and the script-tag entries call it. */
import { JobCardElement } from './job-card/job-card.js';
import { JobListElement } from './job-list/job-list.js';

/** Registers `element` as `tag` unless the tag is taken (a second script tag, or the ES build beside it). */
export function defineElement(tag: string, element: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  if (!registry.get(tag)) registry.define(tag, element);
}

/** Registers `<job-card>` and `<job-list>`. */
export function define(): void {
  defineElement('job-card', JobCardElement);
  defineElement('job-list', JobListElement);
}
