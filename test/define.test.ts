import { expect } from '@open-wc/testing';
import { ApplyFormElement, JobCardElement, JobListElement } from '../src/index.js';
import { defineElement as define } from '../src/define.js';
import { loadFrame, makeFeed, shadow, until } from './helpers.js';

/**
 * Each test sees the feed as served: a copy saved on this device by an earlier test would show first, without Apply
 * until the server confirms it (src/feed/load.ts), and these tests apply at once.
 */
beforeEach(() => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('careers-widgets:feed:')) localStorage.removeItem(key);
});

describe('registration', () => {
  it('registers the default tags, and running the registration again does not throw', async () => {
    expect(customElements.get('job-list')).to.equal(JobListElement);
    expect(customElements.get('job-card')).to.equal(JobCardElement);
    expect(customElements.get('apply-form')).to.equal(ApplyFormElement);
    // What a second copy of the registration (two script tags, or the ES build beside the script tag) does.
    class SecondCopy extends JobListElement {}
    expect(() => define('job-list', SecondCopy)).not.to.throw();
    expect(customElements.get('job-list')).to.equal(JobListElement);
  });

  it('lets a host register the classes under its own tag names', async () => {
    class AcmeJobList extends JobListElement {}
    customElements.define('acme-job-list', AcmeJobList);
    const el = document.createElement('acme-job-list') as JobListElement;
    el.feed = makeFeed();
    document.body.append(el);
    try {
      await until(() => shadow(el).querySelector('job-card'), 'a card in <acme-job-list>');
      expect(shadow(el).querySelector('job-card')?.posting?.title).to.equal('Network Engineer');
    } finally {
      el.remove();
    }
  });
});

type FrameWindow = Window & typeof globalThis & { pageErrors: string[] };

/** Loads a fixture page in an iframe and waits for its <job-list> to show the six seed postings. */
async function plainPage(src: string) {
  const frame = await loadFrame(src, { width: '800px' });
  const win = frame.contentWindow as FrameWindow;
  const list = win.document.querySelector('job-list')!;
  await until(() => list.shadowRoot?.querySelectorAll('job-card').length === 6, 'six cards from the bundle', 10000);
  const apply = async () => {
    const card = list.shadowRoot!.querySelector('job-card')!;
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="apply-button"]')!.click();
    return until(() => list.shadowRoot!.querySelector('dialog[open]'), 'the application dialog', 10000);
  };
  return { frame, win, list, apply };
}

/** The list's error once shown, checked for what every load error has: an alert with its title and Retry, and no page error. */
async function loadError(win: FrameWindow, list: Element): Promise<Element> {
  const error = await until(() => list.shadowRoot?.querySelector('[part="error"]'), 'the error', 10000);
  expect(error.getAttribute('role')).to.equal('alert');
  expect(error.querySelector('[part="error-title"]')!.textContent).to.equal('Open positions could not be loaded right now');
  expect(error.querySelector('[part="retry-button"]')).to.exist;
  expect(list.shadowRoot!.querySelectorAll('job-card')).to.have.length(0);
  expect(win.pageErrors).to.deep.equal([]);
  return error;
}

/** The addresses of the scripts added to the page's head from now on, until `stop()`. */
function scriptsAdded(win: FrameWindow): { added: string[]; stop: () => void } {
  const added: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const node of records.flatMap((record) => [...record.addedNodes])) if (node instanceof win.HTMLScriptElement) added.push(node.src);
  });
  observer.observe(win.document.head, { childList: true });
  return { added, stop: () => observer.disconnect() };
}

/** Runs `check` on the plain page at `path` (a folder of the bundle, see server/test-endpoints.mjs) and its list, then removes the page. */
async function onPlainPage(path: string, check: (win: FrameWindow, list: Element) => Promise<void>): Promise<void> {
  const frame = await loadFrame(path, { width: '800px' });
  try {
    const win = frame.contentWindow as FrameWindow;
    await check(win, win.document.querySelector('job-list')!);
  } finally {
    frame.remove();
  }
}

describe('the script-tag bundle on a plain page', () => {
  it('defines a <job-card> of the page itself with the feed file, keeping the posting the page set before', async function () {
    this.timeout(20000);
    const frame = await loadFrame('/test/fixtures/script-tag-card.html', { width: '800px' });
    try {
      const win = frame.contentWindow as FrameWindow;
      const card = win.document.querySelector('job-card')!;
      const title = await until(() => card.shadowRoot?.querySelector('[part="title"]'), 'the card, once careers-widgets-feed.js is here', 10000);
      expect(title.localName).to.equal('h2');
      expect(title.textContent!.trim()).to.equal('Network Engineer');
      expect(card.shadowRoot!.querySelector('[part="locations"]')!.textContent).to.contain('Chicago');
      card.shadowRoot!.querySelector<HTMLElement>('[part="toggle"]')!.click();
      const nested = await until(() => card.shadowRoot!.querySelector('[part~="nested-list"]'), 'the details');
      expect(nested.textContent!.trim()).to.equal('Arista');
      const scripts = [...win.document.querySelectorAll('script[src]')].map((s) => new URL((s as HTMLScriptElement).src).pathname);
      expect(scripts).to.include('/dist/careers-widgets-feed.js');
      expect(win.pageErrors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('renders the seed from dist/careers-widgets.js alone, included twice, without errors or any global', async function () {
    this.timeout(20000);
    const blank = document.createElement('iframe');
    document.body.append(blank);
    const { frame, win, apply } = await plainPage('/test/fixtures/script-tag.html');
    try {
      expect(win.customElements.get('job-card')).to.be.a('function');
      expect(win.customElements.get('apply-form')).to.be.undefined; // not downloaded until needed
      expect(win.pageErrors).to.deep.equal([]);
      // Not even Lit's and zod's own records (litHtmlVersions, __zod_globalConfig, …): only the page's variable.
      const added = Object.keys(win).filter((key) => !(key in blank.contentWindow!));
      expect(added).to.deep.equal(['pageErrors']);

      const dialog = await apply();
      const form = await until(() => dialog.querySelector('apply-form')?.shadowRoot?.querySelector('form'), 'the form from careers-widgets-apply.js');
      expect(form.querySelector('#name')).to.exist;
      const scripts = [...win.document.querySelectorAll('script[src]')].map((s) => new URL((s as HTMLScriptElement).src).pathname);
      expect(scripts.filter((path) => path === '/dist/careers-widgets-apply.js')).to.have.length(1);
      // The second copy leaves the page to the first: one feed file, not one per copy.
      expect(scripts.filter((path) => path === '/dist/careers-widgets-feed.js')).to.have.length(1);
      expect(win.pageErrors).to.deep.equal([]);
    } finally {
      blank.remove();
      frame.remove();
    }
  });

  it('offers to apply by e-mail when the form cannot be downloaded', async function () {
    this.timeout(20000);
    const { frame, apply } = await plainPage('/api/test/dist/without-apply/page.html');
    try {
      const dialog = await apply();
      const fallback = dialog.querySelector('[part="form-unavailable"]')!;
      expect(fallback.getAttribute('role')).to.equal('alert');
      expect(fallback.textContent).to.contain('The application form could not be loaded');
      const link = fallback.querySelector<HTMLAnchorElement>('[part="general-application"]')!;
      expect(decodeURIComponent(link.href)).to.equal('mailto:careers@picotrading.com?subject=Application: Global Delivery Manager – Core Services (global-delivery-manager-core-services-new-york)');
    } finally {
      frame.remove();
    }
  });

  it('shows a clear error with Retry, and tells the page, when the feed validation file cannot be downloaded', async function () {
    this.timeout(20000);
    await onPlainPage('/api/test/dist/without-feed/page.html', async (win, list) => {
      const errors: string[] = [];
      list.addEventListener('job-feed-error', (event) => errors.push((event as CustomEvent<{ message: string }>).detail.message));
      const error = await loadError(win, list);
      expect(error.querySelector('[part="error-reason"]')!.textContent).to.match(/could not load the part that reads its feed \(.*careers-widgets-feed\.js could not be loaded\)/);
      // Retry asks for the file again (still missing here): the same error, heard again by the page.
      const before = errors.length;
      const { added, stop } = scriptsAdded(win);
      error.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await until(() => errors.length > before, 'a job-feed-error after Retry', 10000);
      stop();
      expect(errors.at(-1)).to.contain('careers-widgets-feed.js could not be loaded');
      expect(added.filter((src) => src.endsWith('/without-feed/careers-widgets-feed.js'))).to.have.length(1);
    });
  });

  it('gives up on a feed validation file that stalls past the list timeout, with a clear error, and Retry then works', async function () {
    this.timeout(20000);
    // The page's list has timeout="1500"; its feed file answers after 4 s.
    await onPlainPage('/api/test/dist/slow-feed/page.html', async (win, list) => {
      const error = await loadError(win, list);
      expect(error.querySelector('[part="error-reason"]')!.textContent).to.equal(
        'The job list took longer than 1.5 seconds to load the part that reads its feed. Please try again.',
      );
      // Once the file has arrived (it defines <job-card>), Retry shows the postings.
      await until(() => win.customElements.get('job-card'), 'the late feed file', 10000);
      error.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await until(() => list.shadowRoot?.querySelectorAll('job-card').length === 6, 'six cards after Retry', 10000);
      expect(win.pageErrors).to.deep.equal([]);
    });
  });

  it('asks for a feed validation file that never answered again on Retry, and shows the postings', async function () {
    this.timeout(20000);
    // The page's list has timeout="1500"; the first request for its feed file never answers, the next answers at once.
    const token = `t${Date.now()}`;
    // Not `loadFrame`: the page's load event waits for the file that never answers.
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '800px';
    frame.src = `/api/test/dist/stalled-feed/${token}/page.html`;
    document.body.append(frame);
    try {
      const win = frame.contentWindow as FrameWindow;
      const list = await until(() => frame.contentDocument?.querySelector('job-list'), 'the page', 10000);
      const error = await loadError(win, list);
      expect(error.querySelector('[part="error-reason"]')!.textContent).to.equal(
        'The job list took longer than 1.5 seconds to load the part that reads its feed. Please try again.',
      );
      const { added, stop } = scriptsAdded(win);
      error.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await until(() => list.shadowRoot?.querySelectorAll('job-card').length === 6, 'six cards after Retry', 10000);
      stop();
      expect(added.filter((src) => src.includes(`/stalled-feed/${token}/careers-widgets-feed.js`))).to.have.length(1);
      expect(list.shadowRoot!.querySelector('[part="error"]')).to.be.null;
      expect(win.pageErrors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('tells a web page served in place of the feed file from a failed load, and asks for the file again on Retry', async function () {
    this.timeout(20000);
    // A single-page app's fallback route answers 200 with its home page for a file it does not have.
    await onPlainPage('/api/test/dist/html-feed/page.html', async (win, list) => {
      const error = await until(() => list.shadowRoot?.querySelector('[part="error"]'), 'the error', 10000);
      expect(error.querySelector('[part="error-reason"]')!.textContent).to.match(
        /could not load the part that reads its feed \(.*\/html-feed\/careers-widgets-feed\.js is not the file this page needs/,
      );
      let errors = 0;
      list.addEventListener('job-feed-error', () => errors++);
      const { added, stop } = scriptsAdded(win);
      const reasons = () => list.shadowRoot?.querySelectorAll('[part="error-reason"]').length ?? 0;
      error.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await until(() => added.length > 0 && errors === 1 && reasons() === 1, 'the file asked for again, and the error again', 10000);
      stop();
      expect(added.filter((src) => src.endsWith('/html-feed/careers-widgets-feed.js'))).to.have.length(1);
    });
  });
});
