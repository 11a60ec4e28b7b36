import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { JobCardElement } from '../src/job-card/job-card.js';
import type { JobListElement } from '../src/job-list/job-list.js';
import { SEED_TITLES, deepActiveElement, localDay, makeFeed, pressChord, makePosting, oneEvent, part, parts, shadow, until } from './helpers.js';

const SEED = '/demo/postings.json';
const feedUrl = (query: string) => `/api/test/feed?${query}`;
let token = 0;
const uniqueToken = () => `t${Date.now()}-${++token}`;

function cards(el: JobListElement): JobCardElement[] {
  return [...shadow(el).querySelectorAll('job-card')];
}

/** Once the feed shows: its first cards, then (a task later) the rest of the page. */
async function loaded(el: JobListElement) {
  const found = await until(() => shadow(el).querySelector('job-card, [part="error"]'), 'the feed to render');
  await el.updateComplete;
  return found;
}

function text(node: Element | null | undefined) {
  return node?.textContent?.replace(/\s+/g, ' ').trim();
}

/** Records the signals of real fetches, calling through to the network. */
function spyOnFetch() {
  const original = window.fetch;
  const calls: { url: string; signal?: AbortSignal | null }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), signal: init?.signal });
    return original(input, init);
  };
  return { calls, restore: () => (window.fetch = original) };
}

/**
 * Each test sees the feed as served: a copy saved on this device by an earlier test would show first, without Apply
 * until the server confirms it (src/feed/load.ts), and these tests apply at once.
 */
beforeEach(() => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('careers-widgets:feed:')) localStorage.removeItem(key);
});

describe('<job-list>', () => {
  it('loads the seed feed from the server and groups postings by department, empty departments in one block after them', async () => {
    const el = document.createElement('job-list');
    const load = oneEvent(el, 'job-feed-load');
    el.src = SEED;
    await fixture(el);
    expect((await load).detail.feed.postings).to.have.length(6);
    await el.updateComplete;

    expect(cards(el).map((card) => card.posting?.title)).to.deep.equal(SEED_TITLES);
    const headings = parts(el, 'group-heading');
    expect(headings).to.have.length(6); // only the departments with an opening
    expect(text(headings[0])).to.equal('Project Management (1 position)');
    expect(headings.map((h) => h.localName)).to.deep.equal(Array(6).fill('h2')); // real heading elements
    expect(cards(el)[0].headingLevel).to.equal(3);
    expect(part(cards(el)[0], 'title').localName).to.equal('h3');
    // Under its department's heading a card does not repeat the department.
    expect(cards(el)[3].departmentName).to.equal('');
    expect(shadow(cards(el)[3]).querySelector('[part="department"]')).to.be.null;

    // The ten departments without an opening: one block, one action, after the open positions.
    const block = part(el, 'empty-departments');
    expect(text(block.querySelector('[part="empty-department"]'))).to.equal(
      'No openings right now in: Automation, Data Center Engineering, Development, Finance, Human Resource, Legal & Compliance, Network Engineering, Procurement, Sales, Venue Services.',
    );
    const general = parts<HTMLAnchorElement>(el, 'general-application');
    expect(general).to.have.length(1);
    expect(text(general[0])).to.equal('Send a general application');
    expect(general[0].href).to.equal('mailto:careers@picotrading.com?subject=Send%20a%20general%20application');
    expect(cards(el)[5].compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;

    expect(part(el, 'status').textContent).to.equal('6 open positions');
    expect(part(el, 'status').getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('shows a placeholder of fixed height while loading', async () => {
    const el = await fixture<JobListElement>(html`<job-list src=${feedUrl(`file=postings.json&delay=400`)}></job-list>`);
    const loading = part(el, 'loading');
    expect(loading.getAttribute('aria-hidden')).to.equal('true');
    expect(parts(el, 'skeleton')).to.have.length(3);
    expect(loading.getBoundingClientRect().height).to.be.greaterThan(400);
    await expect(el).to.be.accessible();
    await loaded(el);
    expect(cards(el)).to.have.length(6);
  });

  it('shows the first cards of a feed first and the rest of the page in later tasks, below them: nothing on screen moves', async () => {
    // Two departments, so the first render cuts the first one's cards short: the rest go on where it stopped.
    const postings = Array.from({ length: 30 }, (_, i) => makePosting({ id: `p${i}`, title: `Role ${i}`, department: i < 6 ? 'eng' : 'sales' }));
    const el = document.createElement('job-list') as JobListElement;
    el.urlMode = 'off';
    el.feed = makeFeed(postings);
    let first: { cards: JobCardElement[]; tops?: number[]; more?: boolean; headings?: string[] } | undefined;
    // Each step of the page as it fills in: its cards, and whether "Show more" or the next department's heading is there.
    const steps: { cards: number; more: boolean; headings: number }[] = [];
    document.body.append(el);
    const observer = new MutationObserver(async () => {
      const shown = cards(el);
      if (!shown.length) return;
      const step = { cards: shown.length, more: Boolean(shadow(el).querySelector('[part="more-button"]')), headings: parts(el, 'group-heading').length };
      const last = steps.at(-1);
      if (!last || last.cards !== step.cards || last.more !== step.more || last.headings !== step.headings) steps.push(step);
      if (first) return;
      const shownFirst = (first = { cards: shown });
      // Still in the task of that render: the cards' own first render is microtasks away.
      await Promise.all(shownFirst.cards.map((card) => card.updateComplete));
      shownFirst.tops = shownFirst.cards.map((card) => card.getBoundingClientRect().top);
      shownFirst.more = Boolean(shadow(el).querySelector('[part="more-button"]'));
      shownFirst.headings = parts(el, 'group-heading').map((h) => text(h)!);
    });
    observer.observe(shadow(el), { childList: true, subtree: true });
    try {
      await until(() => first?.tops, 'the first cards');
      expect(first!.cards.map((card) => card.posting?.id)).to.deep.equal(['p0', 'p1']);
      expect(first!.more, 'Show more comes with the rest').to.be.false;
      // The heading counts the department's positions on the whole page, not only the cards shown yet.
      expect(first!.headings).to.deep.equal(['Engineering (6 positions)']);
      await el.updateComplete;
      const now = cards(el);
      expect(now.map((card) => card.posting?.id)).to.deep.equal(Array.from({ length: 20 }, (_, i) => `p${i}`));
      expect(now.slice(0, 2), 'the same cards, not made again').to.deep.equal(first!.cards);
      expect(now.slice(0, 2).map((card) => card.getBoundingClientRect().top)).to.deep.equal(first!.tops);
      expect(parts(el, 'group-heading').map((h) => text(h))).to.deep.equal(['Engineering (6 positions)', 'Sales (24 positions)']);
      expect(part(el, 'more-button').textContent?.trim()).to.equal('Show 10 more (10 not shown)');
      // Cards only added, and "Show more" last, with the page complete.
      expect(steps[0]).to.deep.equal({ cards: 2, more: false, headings: 1 });
      // The first task after the paint adds as many cards as the first render showed; later ones, as many as fit.
      expect(steps[1]).to.deep.equal({ cards: 4, more: false, headings: 1 });
      expect(steps.at(-1)).to.deep.equal({ cards: 20, more: true, headings: 2 });
      for (const [i, step] of steps.entries()) {
        if (i) expect(step.cards, `step ${i}: cards`).to.be.at.least(steps[i - 1].cards);
        if (step.more) expect(step.cards, `step ${i}: Show more before the page is complete`).to.equal(20);
      }
      await expect(el).to.be.accessible();
    } finally {
      observer.disconnect();
      el.remove();
    }
  });

  it("starts the feed's request in a task before its first render, not in the same one", async () => {
    const src = feedUrl(`file=postings.json&delay=300&t=${uniqueToken()}`);
    const original = window.fetch;
    let renderedWhenRequested: boolean | undefined;
    let renderedTaskAfter: boolean | undefined;
    const el = document.createElement('job-list');
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).includes(src)) {
        renderedWhenRequested = Boolean(el.shadowRoot?.querySelector('[part="loading"]'));
        // Once the code that asked has run on (a render in the same task would be done by then), still in this task.
        queueMicrotask(() => queueMicrotask(() => (renderedTaskAfter = Boolean(el.shadowRoot?.querySelector('[part="loading"]')))));
      }
      return original(input, init);
    };
    try {
      el.src = src;
      await fixture(el);
      await until(() => renderedTaskAfter !== undefined, 'the request');
      expect(renderedWhenRequested).to.be.false;
      expect(renderedTaskAfter, 'the placeholder in the task of the request').to.be.false;
      await until(() => shadow(el).querySelector('[part="loading"]'), 'the placeholder');
      await loaded(el);
      expect(cards(el)).to.have.length(6);
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = original;
    }
  });

  it('shows a plain-words error with Retry, and loads on Retry', async () => {
    const el = document.createElement('job-list');
    const failed = oneEvent(el, 'job-feed-error');
    el.src = feedUrl(`file=postings.json&fail=${uniqueToken()}`);
    await fixture(el);
    expect((await failed).detail.message).to.equal('The job feed is unavailable right now (HTTP 500 Internal Server Error).');
    await el.updateComplete;
    const error = part(el, 'error');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(part(el, 'error-title').textContent).to.equal('Open positions could not be loaded right now');
    expect(part(el, 'error-message').textContent).to.equal('Please try again in a moment.');
    // The technical reason is there for the page's developer, behind a closed disclosure.
    const details = part<HTMLDetailsElement>(el, 'error-details');
    expect(details.open).to.be.false;
    expect(text(details.querySelector('summary'))).to.equal('Technical details');
    expect(part(el, 'error-reason').textContent).to.equal('The job feed is unavailable right now (HTTP 500 Internal Server Error).');
    await expect(el).to.be.accessible();

    part<HTMLButtonElement>(el, 'retry-button').click();
    await until(() => cards(el).length === 6, 'six cards after Retry');
  });

  it('says so when the feed is not JSON', async () => {
    const el = document.createElement('job-list');
    const failed = oneEvent(el, 'job-feed-error');
    el.src = feedUrl('file=not-json.html&type=text/html');
    await fixture(el);
    const { detail } = await failed;
    expect(detail.message).to.match(/^The job feed is not valid JSON \(.+\)\. It looks like an HTML page: check the feed URL\.$/);
    await el.updateComplete;
    // A candidate reads plain words and no Retry that cannot help; the reason stays behind "Technical details".
    expect(part(el, 'error-message').textContent).to.equal('Please come back later.');
    expect(shadow(el).querySelector('[part="retry-button"]')).to.be.null;
    expect(part(el, 'error-reason').textContent).to.equal(detail.message);
    await expect(el).to.be.accessible();
  });

  it('offers a way to reach the company, and no Retry, when the feed is missing', async () => {
    const el = await fixture<JobListElement>(html`<job-list organization-email="jobs@acme.example" src=${feedUrl('file=postings.json&status=404')}></job-list>`);
    await until(() => shadow(el).querySelector('[part="error"]'), 'the error');
    expect(part(el, 'error-title').textContent).to.equal('Open positions could not be loaded right now');
    expect(shadow(el).querySelector('[part="retry-button"]')).to.be.null;
    const contact = part<HTMLAnchorElement>(el, 'contact-link');
    expect(text(contact)).to.equal('Write to jobs@acme.example');
    expect(contact.href).to.match(/^mailto:jobs@acme\.example\?subject=/);
    expect(part(el, 'error-reason').textContent).to.match(/HTTP 404/);
    await expect(el).to.be.accessible();
  });

  it('lists each problem with its path when the JSON is not a feed', async () => {
    const el = document.createElement('job-list');
    const failed = oneEvent(el, 'job-feed-error');
    el.src = feedUrl('file=not-a-feed.json');
    await fixture(el);
    const { detail } = await failed;
    expect(detail.problems.map((p) => p.path)).to.deep.equal(['version', 'organization', 'departments', 'postings']);
    await el.updateComplete;
    expect([...part(el, 'error-problems').querySelectorAll('li')].map((li) => li.textContent)).to.include('organization: required');
  });

  it('skips a bad posting with a job-feed-warning and one console warning, and shows the rest', async () => {
    const warn = console.warn;
    const logged: unknown[][] = [];
    console.warn = (...args: unknown[]) => logged.push(args);
    try {
      const el = document.createElement('job-list');
      const warned = oneEvent(el, 'job-feed-warning');
      el.src = feedUrl('file=one-bad-posting.json');
      await fixture(el);
      const { detail } = await warned;
      expect(detail.warnings).to.deep.equal([{ path: 'postings[1].title', message: 'postings[1].title: required', postingId: 'broken' }]);
      await el.updateComplete;
      expect(cards(el).map((card) => card.posting?.id)).to.deep.equal(['backend-engineer', 'ops-analyst']);
      expect(part(el, 'notice').textContent).to.equal('1 position could not be shown because its listing has errors.');
      expect(logged).to.have.length(1);
      expect(String(logged[0][0])).to.contain('postings[1].title: required');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('takes the feed as a property, validated like a fetched one', async () => {
    const el = await fixture<JobListElement>(html`<job-list .feed=${makeFeed()}></job-list>`);
    await loaded(el);
    expect(cards(el).map((card) => card.posting?.title)).to.deep.equal(['Network Engineer']);
    expect(part(el, 'empty-department').textContent).to.equal('No openings right now in: Sales.');

    el.feed = { version: 2 };
    await until(() => shadow(el).querySelector('[part="error"]'), 'an error for a bad feed property');
    expect(part(el, 'error-reason').textContent).to.contain('version: must be 1');
  });

  it('counts a department\'s openings past the first page in its heading, and does not call it empty', async () => {
    const departments = [{ id: 'eng', name: 'Engineering' }, { id: 'sales', name: 'Sales' }, { id: 'legal', name: 'Legal' }];
    const postings = [
      ...Array.from({ length: 3 }, (_, i) => makePosting({ id: `eng-${i}`, title: `Engineer ${i}`, department: 'eng' })),
      makePosting({ id: 'sales-0', title: 'Account Manager', department: 'sales' }),
    ];
    const el = await fixture<JobListElement>(html`<job-list url-mode="off" page-size="2" .feed=${makeFeed(postings, departments)}></job-list>`);
    await loaded(el);
    expect(cards(el).map((card) => card.posting?.id)).to.deep.equal(['eng-0', 'eng-1']);
    // The heading counts the department's openings, not the ones on this page.
    expect(part(el, 'group-count').textContent).to.equal('(3 positions)');
    // Sales has an opening, on the next page: only Legal has none.
    expect(part(el, 'empty-department').textContent).to.equal('No openings right now in: Legal.');
    part<HTMLButtonElement>(el, 'more-button').click();
    await until(() => cards(el).length === 4, 'the next page');
    expect(parts(el, 'group-count').map((count) => count.textContent)).to.deep.equal(['(3 positions)', '(1 position)']);
    expect(part(el, 'empty-department').textContent).to.equal('No openings right now in: Legal.');
    await expect(el).to.be.accessible();
  });

  it('shows a large feed given as a property before all its postings are checked; a bad one past the first page is left out with a job-feed-warning', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const postings = Array.from({ length: 1000 }, (_, i) => makePosting({ id: `p${i}`, title: `Role ${i}` }));
      (postings[500] as { title?: string }).title = undefined;
      const el = document.createElement('job-list') as JobListElement;
      el.urlMode = 'off';
      const warned = oneEvent(el, 'job-feed-warning');
      const load = oneEvent(el, 'job-feed-load');
      el.feed = makeFeed(postings);
      await fixture(el);
      await loaded(el);
      expect(cards(el).map((card) => card.posting?.id)).to.deep.equal(Array.from({ length: 20 }, (_, i) => `p${i}`));
      const { detail } = await warned;
      expect(detail.warnings.map((w: { path: string }) => w.path)).to.deep.equal(['postings[500].title']);
      // job-feed-load comes once every posting is checked, with the feed as shown.
      const loadedFeed = (await load).detail.feed;
      expect(loadedFeed.postings).to.have.length(999);
      expect(loadedFeed.postings.some((p: { id: string }) => p.id === 'p500')).to.be.false;
      await el.updateComplete;
      expect(part(el, 'status').textContent).to.equal('999 open positions');
      expect(part(el, 'more-button').textContent?.trim()).to.equal('Show 20 more (979 not shown)');
      expect(part(el, 'notice').textContent).to.equal('1 position could not be shown because its listing has errors.');
    } finally {
      console.warn = warn;
    }
  });

  it('shows a large feed from src once its first page is checked; the page hears of it once every posting is, a bad one left out', async () => {
    const warn = console.warn;
    console.warn = () => {};
    const postings = Array.from({ length: 400 }, (_, i) => makePosting({ id: `p${i}`, title: `Role ${i}`, ...(i < 3 ? { closes: localDay(-1) } : {}) }));
    (postings[300] as { title?: string }).title = undefined;
    const src = URL.createObjectURL(new Blob([JSON.stringify(makeFeed(postings))], { type: 'application/json' }));
    try {
      const el = document.createElement('job-list') as JobListElement;
      el.urlMode = 'off';
      const warned = oneEvent(el, 'job-feed-warning');
      // What the page has on screen when it hears of the feed: the first page is there already.
      const load = new Promise<{ cardsShown: string[]; shown: number }>((resolve) =>
        el.addEventListener('job-feed-load', (event) => resolve({ cardsShown: cards(el).map((card) => card.posting!.id), shown: event.detail.feed.postings.length }), { once: true }),
      );
      el.src = src;
      await fixture(el);
      // Every count the page shows, from the first page on: the postings still to check are counted (by department,
      // closed ones left out), so it never reads the first page's own count.
      const counts = new Set<string>();
      const record = () => {
        for (const count of [...parts(el, 'group-count'), ...parts(el, 'status')]) if (count.textContent) counts.add(count.textContent);
      };
      const observer = new MutationObserver(record);
      observer.observe(shadow(el), { subtree: true, childList: true, characterData: true });
      await loaded(el);
      const firstPage = Array.from({ length: 20 }, (_, i) => `p${i + 3}`);
      expect(cards(el).map((card) => card.posting?.id)).to.deep.equal(firstPage);
      const heard = await load;
      expect(heard.cardsShown).to.deep.equal(firstPage);
      // Closed ones and the bad one left out.
      expect(heard.shown).to.equal(396);
      expect((await warned).detail.warnings.map((w: { path: string }) => w.path)).to.deep.equal(['postings[300].title']);
      await el.updateComplete;
      expect(part(el, 'status').textContent).to.equal('396 open positions');
      expect(part(el, 'more-button').textContent?.trim()).to.equal('Show 20 more (376 not shown)');
      expect(part(el, 'notice').textContent).to.equal('1 position could not be shown because its listing has errors.');
      observer.disconnect();
      // The bad posting counts until it is found out.
      expect([...counts].filter((count) => !/Loading/.test(count))).to.deep.equal(['(397 positions)', '397 open positions', '(396 positions)', '396 open positions']);
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
      URL.revokeObjectURL(src);
    }
  });

  it('fills the first page of a large feed given as a property with open postings, closed ones left out', async () => {
    // The first 40 have closed: the first page (page-size 5) is the next 5, with the rest still to come.
    const postings = Array.from({ length: 600 }, (_, i) => makePosting({ id: `p${i}`, title: `Role ${i}`, ...(i < 40 ? { closes: localDay(-1) } : {}) }));
    const el = document.createElement('job-list') as JobListElement;
    el.urlMode = 'off';
    el.pageSize = 5;
    const load = oneEvent(el, 'job-feed-load');
    el.feed = makeFeed(postings);
    await fixture(el);
    await loaded(el);
    expect(cards(el).map((card) => card.posting?.id)).to.deep.equal(['p40', 'p41', 'p42', 'p43', 'p44']);
    expect((await load).detail.feed.postings).to.have.length(560);
    await el.updateComplete;
    expect(part(el, 'status').textContent).to.equal('560 open positions');
    expect(part(el, 'more-button').textContent?.trim()).to.equal('Show 5 more (555 not shown)');
    part<HTMLButtonElement>(el, 'more-button').click();
    await el.updateComplete;
    expect(cards(el).map((card) => card.posting?.id)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `p${40 + i}`));
    await expect(el).to.be.accessible();
  });

  it('checks every posting of a large feed given as a property at once for a search or another order', async () => {
    const postings = Array.from({ length: 1000 }, (_, i) => makePosting({ id: `p${i}`, title: i === 900 ? 'Lighthouse keeper' : `Role ${i}` }));
    const el = document.createElement('job-list') as JobListElement;
    el.urlMode = 'off';
    el.feed = makeFeed(postings);
    await fixture(el);
    await loaded(el);
    const input = part<HTMLInputElement>(el, 'search-input');
    input.value = 'lighthouse';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(cards(el).map((card) => card.posting?.id)).to.deep.equal(['p900']);

    // Another order needs every posting for its first page: none is shown before all are checked.
    const sorted = document.createElement('job-list') as JobListElement;
    sorted.urlMode = 'off';
    sorted.sort = 'title';
    sorted.feed = makeFeed(postings.map((p, i) => (i === 950 ? { ...p, title: 'Aardvark keeper' } : p)));
    await fixture(sorted);
    await loaded(sorted);
    expect(cards(sorted)[0].posting?.id).to.equal('p950');
  });

  it('gives up after the timeout with a clear message', async () => {
    const el = await fixture<JobListElement>(html`<job-list timeout="300" src=${feedUrl('file=postings.json&delay=2000')}></job-list>`);
    await until(() => shadow(el).querySelector('[part="error"]'), 'the time-out error');
    expect(part(el, 'error-message').textContent).to.equal('Please try again in a moment.');
    expect(part(el, 'retry-button')).to.exist; // a time-out may pass
    expect(part(el, 'error-reason').textContent).to.equal('The job feed took longer than 0.3 seconds to answer. Please try again.');
  });

  it('aborts the request when src changes or the element leaves the page', async () => {
    const spy = spyOnFetch();
    try {
      const el = await fixture<JobListElement>(html`<job-list src=${feedUrl('file=one-bad-posting.json&delay=600')}></job-list>`);
      el.src = SEED;
      await until(() => cards(el).length === 6, 'the seed after src changed');
      expect(spy.calls[0].signal?.aborted).to.be.true;
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(cards(el)).to.have.length(6);

      const errors: Event[] = [];
      const leaving = document.createElement('job-list');
      leaving.addEventListener('job-feed-error', (event) => errors.push(event));
      leaving.src = feedUrl('file=postings.json&delay=600');
      document.body.append(leaving);
      await leaving.updateComplete;
      const call = spy.calls[spy.calls.length - 1];
      leaving.remove();
      expect(call.signal?.aborted).to.be.true;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(errors).to.have.length(0);
    } finally {
      spy.restore();
    }
  });

  it('opens an application form for the posting when Apply is chosen, and returns focus on close', async () => {
    const el = await fixture<JobListElement>(html`<job-list src=${SEED}></job-list>`);
    await loaded(el);
    const card = cards(el)[5];
    const apply = part<HTMLButtonElement>(card, 'apply-button');
    apply.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await until(() => shadow(el).querySelector('dialog[open]'), 'the dialog');
    expect(text(part(el, 'dialog-title'))).to.equal('Apply for Network Operations Engineer');
    const form = dialog.querySelector('apply-form')!;
    expect(form.posting?.id).to.equal('network-operations-engineer-singapore');
    expect(form.email).to.equal('careers@picotrading.com');
    expect(form.action).to.equal('');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await until(() => !shadow(el).querySelector('dialog[open]'), 'the dialog to close');
    expect(deepActiveElement()).to.equal(apply);
  });

  it("lets the page style the cards' and the form's parts through the list (job-list::part)", async () => {
    const style = Object.assign(document.createElement('style'), {
      textContent: 'job-list::part(title) { color: rgb(1, 2, 3); } job-list::part(submit-button) { color: rgb(4, 5, 6); }',
    });
    document.head.append(style);
    try {
      const el = await fixture<JobListElement>(html`<job-list src=${SEED} url-mode="off"></job-list>`);
      await loaded(el);
      expect(getComputedStyle(part(cards(el)[0], 'title')).color).to.equal('rgb(1, 2, 3)');
      part<HTMLButtonElement>(cards(el)[0], 'apply-button').click();
      const dialog = await until(() => shadow(el).querySelector<HTMLDialogElement>('dialog[open]'), 'the dialog');
      const submit = await until(() => dialog.querySelector('apply-form')?.shadowRoot?.querySelector<HTMLElement>('[part~="submit-button"]'), 'the form');
      expect(getComputedStyle(submit).color).to.equal('rgb(4, 5, 6)');
      await expect(el).to.be.accessible();
    } finally {
      style.remove();
    }
  });

  it('keeps Tab inside the application dialog, and its close button in view wherever the form is scrolled', async () => {
    const el = await fixture<JobListElement>(html`<job-list src=${SEED} url-mode="off"></job-list>`);
    await loaded(el);
    part<HTMLButtonElement>(cards(el)[0], 'apply-button').click();
    const dialog = await until(() => shadow(el).querySelector<HTMLDialogElement>('dialog[open]'), 'the dialog');
    const form = await until(() => dialog.querySelector('apply-form')?.shadowRoot?.querySelector('#name') && dialog.querySelector('apply-form')!, 'the form');
    shadow(form).querySelector<HTMLInputElement>('#name')!.focus();
    const close0 = () => part<HTMLButtonElement>(el, 'close-button');
    const inside = (node: Element | null) => !!node && node !== dialog && (dialog.contains(node) || shadow(form).contains(node));
    const visited = new Set<string>();
    for (let i = 0; i < 20; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      expect(inside(active), `Tab ${i + 1} went to ${active?.outerHTML.slice(0, 80)}`).to.be.true;
      expect(active?.classList.contains('focus-guard')).to.be.false;
      visited.add(active!.getAttribute('part') ?? active!.localName);
    }
    expect(visited.has('close-button')).to.be.true; // went round
    // Shift+Tab from the first control (the close button) goes round to the last.
    close0().focus();
    await pressChord('Shift', 'Tab');
    expect(inside(deepActiveElement())).to.be.true;
    expect(deepActiveElement()).to.not.equal(close0());

    const close = part(el, 'close-button');
    for (const top of [0, dialog.scrollHeight / 2, dialog.scrollHeight]) {
      dialog.scrollTop = top;
      const box = close.getBoundingClientRect();
      const hit = shadow(el).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(close.contains(hit), `close button covered at scrollTop ${dialog.scrollTop}`).to.be.true;
    }
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !shadow(el).querySelector('dialog[open]'), 'Escape to close the dialog');
  });

  it('keeps what was typed when the dialog is closed and reopened, and starts afresh for another posting', async () => {
    const el = await fixture<JobListElement>(html`<job-list src=${SEED}></job-list>`);
    await loaded(el);
    const openFor = async (index: number) => {
      part<HTMLButtonElement>(cards(el)[index], 'apply-button').click();
      return until(() => shadow(el).querySelector('dialog[open] apply-form'), 'the form');
    };
    const field = (form: Element, id: string) => shadow(form).querySelector<HTMLInputElement>(`#${id}`)!;

    let form = await openFor(0);
    field(form, 'name').value = 'Grace Hopper';
    field(form, 'coverLetter').value = 'Project plans are my thing.';
    part<HTMLButtonElement>(el, 'close-button').click();
    form = await openFor(0);
    expect(field(form, 'coverLetter').value).to.equal('Project plans are my thing.');

    part<HTMLButtonElement>(el, 'close-button').click();
    form = await openFor(3);
    await (form as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(text(part(el, 'dialog-title'))).to.equal('Apply for Project Manager');
    expect(field(form, 'name').value).to.equal('Grace Hopper');
    expect(field(form, 'coverLetter').value).to.equal('');
  });

  it('lets the page handle Apply itself by canceling job-apply', async () => {
    const el = await fixture<JobListElement>(html`<job-list .feed=${makeFeed([makePosting({ apply: { form: '/api/applications' } })])}></job-list>`);
    await loaded(el);
    el.addEventListener('job-apply', (event) => event.preventDefault());
    part<HTMLButtonElement>(cards(el)[0], 'apply-button').click();
    await el.updateComplete;
    expect(shadow(el).querySelector('dialog[open]')).to.be.null;
  });

  it('opens a form that posts to the feed’s endpoint when the posting has one', async () => {
    const el = await fixture<JobListElement>(html`<job-list .feed=${makeFeed([makePosting({ apply: { form: '/api/applications' } })])}></job-list>`);
    await loaded(el);
    part<HTMLButtonElement>(cards(el)[0], 'apply-button').click();
    const dialog = await until(() => shadow(el).querySelector('dialog[open]'), 'the dialog');
    expect(dialog.querySelector('apply-form')?.action).to.equal('/api/applications');
  });
});
