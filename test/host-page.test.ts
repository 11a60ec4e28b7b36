import { expect } from '@open-wc/testing';
import { loadFrame, until } from './helpers.js';

type FrameWindow = Window & typeof globalThis & { violations: string[]; pageErrors: string[] };

/** Runs `test` on the page `src`, loaded in a 900 by 700 px iframe that is removed afterwards. */
async function inFrame(src: string, test: (win: FrameWindow) => Promise<void>) {
  const frame = await loadFrame(src, { width: '900px', height: '700px' });
  try {
    await test(frame.contentWindow as FrameWindow);
  } finally {
    frame.remove();
  }
}

describe('a host page with a strict Content-Security-Policy and Trusted Types', () => {
  it('runs everything, the lazily loaded form included, with zero violations', async function () {
    this.timeout(20000);
    await inFrame('/api/test/strict-csp', async (win) => {
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
      // A copy saved by an earlier test shows first without Apply, until the server confirms it.
      (await until(() => card.shadowRoot!.querySelector<HTMLButtonElement>('[part="apply-button"]'), 'Apply', 10000)).click();
      const dialog = await until(() => root.querySelector('dialog[open]'), 'the dialog', 10000);
      await until(() => dialog.querySelector('apply-form')?.shadowRoot?.querySelector('form'), 'the form, loaded under Trusted Types', 10000);

      expect(win.violations).to.deep.equal([]);
      expect(win.pageErrors).to.deep.equal([]);
      expect(win.trustedTypes).to.exist; // the policy was really enforced
    });
  });
});

describe('an ATS feed with HTML on the strict page', () => {
  it('sanitizes under Trusted Types and writes structured data, with zero violations', async function () {
    this.timeout(20000);
    await inFrame('/api/test/strict-csp?page=ats', async (win) => {
      const list = win.document.querySelector('job-list')!;
      await until(() => (list.shadowRoot?.querySelectorAll('job-card').length ?? 0) > 0, 'cards', 10000);
      const card = list.shadowRoot!.querySelector('job-card')!;
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
      await until(() => card.shadowRoot!.querySelector('[part="html"], [part="paragraph"]'), 'the sanitized description', 10000);
      await until(() => win.document.head.querySelector('script[type="application/ld+json"]'), 'structured data', 10000);
      const data = JSON.parse(win.document.head.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(data.hiringOrganization.name).to.equal('Vault-Tec');
      expect(win.violations).to.deep.equal([]);
      expect(win.pageErrors).to.deep.equal([]);
    });
  });
});

describe('a host page that clobbers document.currentScript', () => {
  it('loads the later files from the script\'s own folder, not from the clobbering image\'s, under Trusted Types', async function () {
    this.timeout(20000);
    await inFrame('/test/fixtures/clobbered.html', async (win) => {
      const doc = win.document;
      expect(doc.currentScript).to.be.instanceOf(win.HTMLImageElement); // the clobbering is in effect
      const form = doc.querySelector('apply-form')!;
      await until(() => form.shadowRoot?.querySelector('[part="submit-button"]'), 'the form, loaded from /dist/', 10000);
      await until(() => doc.head.querySelector('script[type="application/ld+json"]'), 'structured data, loaded from /dist/', 10000);
      const scripts = [...doc.querySelectorAll<HTMLScriptElement>('script[src]')].map((script) => new URL(script.src).pathname);
      expect(scripts).to.include.members(['/dist/careers-widgets-apply.js', '/dist/careers-widgets-seo.js']);
      const requested = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      expect(requested.filter((path) => path.startsWith('/test/fixtures/evil/') && path.endsWith('.js'))).to.deep.equal([]);
      expect((win as unknown as { pwned?: string[] }).pwned).to.equal(undefined);
      expect(win.violations).to.deep.equal([]);
      expect(win.pageErrors).to.deep.equal([]);
    });
  });
});

describe('a hostile host page', () => {
  it('cannot break the layout or the look, and nothing leaks out (script loaded async)', async function () {
    this.timeout(20000);
    await inFrame('/test/fixtures/hostile.html', async (win) => {
      const doc = win.document;
      const hostButtonBefore = win.getComputedStyle(doc.getElementById('host-button')!).backgroundColor;
      const list = doc.querySelector('job-list')!;
      await until(() => list.shadowRoot?.querySelectorAll('job-card').length === 6, 'six cards', 10000);
      const card = list.shadowRoot!.querySelector('job-card')!;
      const box = card.shadowRoot!.querySelector<HTMLElement>('[part="card"]')!;
      const style = win.getComputedStyle(box);
      expect(style.display).to.equal('grid');
      expect(parseFloat(style.paddingTop)).to.be.at.least(8); // the card's own spacing, not the host's
      expect(box.getBoundingClientRect().width).to.be.greaterThan(700);
      expect(style.fontFamily).to.contain('Georgia'); // the host's font, inherited

      // A copy saved by an earlier visit shows first without Apply, until the server confirms it.
      const apply = await until(() => card.shadowRoot!.querySelector<HTMLElement>('[part="apply-button"]'), 'Apply', 10000);
      const button = win.getComputedStyle(apply);
      expect(button.backgroundColor).to.equal('rgb(11, 87, 208)');
      expect(button.fontSize).to.equal('16px');
      expect(button.paddingTop).to.equal('8px'); // not the host's 40px
      expect(button.borderTopStyle).to.equal('solid'); // not its dotted lime
      expect(apply.getBoundingClientRect().height).to.be.within(24, 80);
      expect(list.getBoundingClientRect().right).to.be.at.most(doc.documentElement.clientWidth);

      // Nothing of ours reaches the host's own elements.
      expect(win.getComputedStyle(doc.getElementById('host-paragraph')!).color).to.equal('rgb(255, 0, 0)');
      expect(win.getComputedStyle(doc.getElementById('host-button')!).backgroundColor).to.equal(hostButtonBefore);
      expect(win.pageErrors).to.deep.equal([]);
    });
  });

  it('fetches the form for a page that has only an <apply-form>', async function () {
    this.timeout(20000);
    await inFrame('/test/fixtures/script-tag-form.html', async (win) => {
      const form = win.document.querySelector('apply-form')!;
      await until(() => form.shadowRoot?.querySelector('[part="submit-button"]'), 'the upgraded form', 10000);
      expect(form.shadowRoot!.querySelector('[part="submit-button"]')!.textContent?.trim()).to.equal('Prepare application e-mail');
    });
  });

  it('upgrades elements a framework adds later', async function () {
    this.timeout(20000);
    await inFrame('/test/fixtures/script-tag.html', async (win) => {
      const later = win.document.createElement('job-list');
      later.setAttribute('url-mode', 'off');
      later.setAttribute('location', 'Chicago');
      later.setAttribute('src', '/demo/postings.json');
      win.document.body.append(later);
      await until(() => later.shadowRoot?.querySelectorAll('job-card').length === 1, 'the late list, upgraded', 10000);
    });
  });
});
