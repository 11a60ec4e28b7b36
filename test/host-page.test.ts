import { expect } from '@open-wc/testing';
import { until } from './helpers.js';

type FrameWindow = Window & typeof globalThis & { violations: string[]; pageErrors: string[] };

async function frame(src: string, width = 900) {
  const element = document.createElement('iframe');
  element.style.inlineSize = `${width}px`;
  element.style.blockSize = '700px';
  document.body.append(element);
  const loaded = new Promise((resolve) => element.addEventListener('load', resolve, { once: true }));
  element.src = src;
  await loaded;
  return { element, win: element.contentWindow as FrameWindow };
}

describe('a host page with a strict Content-Security-Policy and Trusted Types', () => {
  it('runs everything, the lazily loaded form included, with zero violations', async function () {
    this.timeout(20000);
    const { element, win } = await frame('/api/test/strict-csp');
    try {
      const list = win.document.querySelector('job-list')!;
      await until(() => list.shadowRoot?.querySelectorAll('job-card').length === 6, 'six cards', 10000);
      const root = list.shadowRoot!;

      const search = root.querySelector<HTMLInputElement>('[part="search-input"]')!;
      search.value = 'network';
      search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await until(() => root.querySelectorAll('job-card').length < 6, 'search results');
      root.querySelector<HTMLElement>('[part="filters-toggle"]')!.click();
      await until(() => root.querySelector('[part="facet"]'), 'facets');

      const card = root.querySelector('job-card')!;
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
      await until(() => card.shadowRoot!.querySelector('[part="section"]'), 'the posting details');
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part="apply-button"]')!.click();
      const dialog = await until(() => root.querySelector('dialog[open]'), 'the dialog', 10000);
      await until(() => dialog.querySelector('apply-form')?.shadowRoot?.querySelector('form'), 'the form, loaded under Trusted Types', 10000);

      expect(win.violations).to.deep.equal([]);
      expect(win.pageErrors).to.deep.equal([]);
      expect(win.trustedTypes).to.exist; // the policy was really enforced
    } finally {
      element.remove();
    }
  });
});
