/**
 * Registering the classes under a tag name of the page's own choosing, without careers-widgets/define.js. The list
 * renders its cards and form by their default names, so those two must be registered as well.
 */
import { expect } from '@open-wc/testing';
import { ApplyFormElement, JobCardElement, JobListElement } from 'careers-widgets';
import { until } from '../helpers.js';
import { FIRST, cardTitles } from './shared.js';

customElements.define('acme-job-list', JobListElement);
customElements.define('job-card', JobCardElement);
customElements.define('apply-form', ApplyFormElement);

describe('own tag names (import { JobListElement } from careers-widgets)', () => {
  it('renders <acme-job-list> with its cards, and opens the application form', async () => {
    const list = document.createElement('acme-job-list') as JobListElement;
    list.feed = FIRST;
    list.setAttribute('url-mode', 'off');
    document.body.append(list);
    try {
      await until(() => cardTitles(list).length === 2, 'two cards in <acme-job-list>');
      expect(cardTitles(list)).to.deep.equal(['Network Engineer', 'Account Manager']);
      const card = list.shadowRoot!.querySelector('job-card')!;
      card.shadowRoot!.querySelector<HTMLElement>('[part~="apply-button"]')!.click();
      const form = await until(() => list.shadowRoot!.querySelector('dialog[open] apply-form'), 'the application dialog');
      await until(() => form.shadowRoot?.querySelector('form'), 'the form');
    } finally {
      list.remove();
    }
  });
});
