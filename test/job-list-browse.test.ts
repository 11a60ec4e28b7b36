import { css } from 'lit';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { cacheKey, writeCachedFeed } from '../src/feed/cache.js';
import type { JobCardElement } from '../src/job-card/job-card.js';
import type { JobListElement } from '../src/job-list/job-list.js';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, loadFrame, localDay, makeFeed, makePosting, oneEvent, part, parts, shadow, until } from './helpers.js';

const SEED = '/demo/postings.json';
let copies = 0;
/**
 * The seed feed at an address of its own, so no copy saved by an earlier list applies: clearing localStorage is not
 * enough, as a list saves its copy when the page is next idle, which may come after the clearing.
 */
const unsavedSeed = () => `${SEED}?unsaved=${Date.now()}-${++copies}`;
const startUrl = location.href;

function cards(el: JobListElement): JobCardElement[] {
  return [...shadow(el).querySelectorAll('job-card')];
}
const titles = (el: JobListElement) => cards(el).map((card) => card.posting?.title);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

async function ready(el: JobListElement) {
  await until(() => shadow(el).querySelector('job-card, [part="error"], [part="empty-department"], [part="no-openings"]'), 'the feed to render');
  await el.updateComplete;
  return el;
}

async function list(template = html`<job-list src=${SEED} url-mode="off"></job-list>`) {
  return ready(await fixture<JobListElement>(template));
}

async function search(el: JobListElement, query: string) {
  const input = part<HTMLInputElement>(el, 'search-input');
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  await Promise.all(cards(el).map((card) => card.updateComplete));
}

function option(el: JobListElement, facet: string, label: string) {
  const fieldset = parts(el, 'facet').find((f) => f.querySelector('legend')?.textContent === facet);
  const found = [...(fieldset?.querySelectorAll('label') ?? [])].find((l) => l.textContent?.trim().startsWith(label));
  if (!found) throw new Error(`no option ${label} in ${facet}`);
  return { label: found, checkbox: found.querySelector('input')!, count: found.querySelector('[part="facet-count"]')!.textContent };
}

/** Opens the filters disclosure as a click on its summary would, and waits for the facets. */
async function openFilters(el: JobListElement) {
  part(el, 'filters-toggle').click();
  await until(() => shadow(el).querySelector('[part="facet"]'), 'the facets');
}

async function choose(el: JobListElement, facet: string, label: string) {
  option(el, facet, label).checkbox.click();
  await el.updateComplete;
}

afterEach(() => history.replaceState(null, '', startUrl));

describe('<job-list> search', () => {
  it('finds postings instantly across title and body, title matches first, with the words highlighted', async () => {
    const el = await list();
    const changed = oneEvent(el, 'job-filter-change');
    await search(el, 'NETWORK');
    expect((await changed).detail.filters.query).to.equal('NETWORK');
    const found = titles(el);
    expect(found.slice(0, 2)).to.deep.equal(['Network Implementation Engineer', 'Network Operations Engineer']);
    expect(found).to.include('Systems Administrator'); // "network" only in its body
    expect(found.indexOf('Systems Administrator')).to.be.greaterThan(1);
    const mark = part(cards(el)[0], 'title').querySelector('mark');
    expect(mark?.textContent).to.equal('Network');
    // Announced once the candidate pauses, not at every keystroke.
    expect(text(part(el, 'status'))).to.equal('6 open positions');
    await until(() => text(part(el, 'status')) === `${found.length} positions matching “NETWORK”`, 'the count after a pause');
    expect(text(part(el, 'filters-toggle'))).to.equal('Filters'); // a search is not a filter choice
    await expect(el).to.be.accessible();
  });

  it('ignores case and accents, and needs every word', async () => {
    const feed = makeFeed([
      makePosting({ id: 'a', title: 'Händler (Zürich)', locations: [{ city: 'Zürich', country: 'CH' }] }),
      makePosting({ id: 'b', title: 'Trader', locations: [{ city: 'São Paulo', country: 'BR' }] }),
    ]);
    const el = await list(html`<job-list .feed=${feed} url-mode="off"></job-list>`);
    await search(el, 'zurich handler');
    expect(titles(el)).to.deep.equal(['Händler (Zürich)']);
    expect(part(cards(el)[0], 'title').querySelector('mark')?.textContent).to.equal('Händler');
    await search(el, 'sao paulo trader');
    expect(titles(el)).to.deep.equal(['Trader']);
  });

  it('says so when nothing matches, and offers to clear the filters', async () => {
    const el = await list();
    await search(el, 'astronaut');
    expect(cards(el)).to.have.length(0);
    await until(() => text(part(el, 'status')) === 'No positions matching “astronaut”', 'the count after a pause');
    const noResults = part(el, 'no-results');
    expect(noResults.textContent).to.contain('No open position matches your search');
    expect(noResults.querySelector<HTMLAnchorElement>('[part="general-application"]')?.href).to.match(/^mailto:careers@picotrading\.com/);
    await expect(el).to.be.accessible();
    noResults.querySelector<HTMLButtonElement>('[part="clear-button"]')!.click();
    await el.updateComplete;
    expect(cards(el)).to.have.length(6);
    expect(deepActiveElement()).to.equal(part(el, 'search-input'));
  });

  it('with no match, lists no option that would show nothing and no empty facet', async () => {
    const el = await list();
    await openFilters(el);
    await search(el, 'astronaut');
    await el.updateComplete;
    expect(parts(el, 'facet')).to.have.length(0); // no "Singapore 0", no empty Department box
    await search(el, 'singapore');
    await el.updateComplete;
    expect(parts(el, 'facet-count').map((c) => c.textContent)).to.not.include('0');
    expect(option(el, 'Location', 'Singapore').count).to.equal('2');
    expect(() => option(el, 'Location', 'Chicago')).to.throw();
    await expect(el).to.be.accessible();
  });

  it('puts the toolbar in the same order for the eye and for Tab: search, Filters, Clear', async () => {
    const el = await list();
    await search(el, 'network');
    const [input, toggle, clear] = ['search-input', 'filters-toggle', 'clear-button'].map((name) => part(el, name));
    input.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(toggle);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(clear);
    const [a, b, c] = [input, toggle, clear].map((node) => node.getBoundingClientRect());
    // Reading order: each control is below the previous one or on its row to its right.
    expect(b.top >= a.bottom - 1 || (Math.abs(b.top - a.top) < 4 && b.left > a.left)).to.be.true;
    expect(c.top >= b.bottom - 1 || (Math.abs(c.top - b.top) < 12 && c.left > b.left)).to.be.true;
  });
});

describe('<job-list> empty states', () => {
  it('says clearly that there is no opening, with one general application, when the feed has no posting', async () => {
    for (const departments of [[], [{ id: 'eng', name: 'Engineering' }, { id: 'sales', name: 'Sales' }]]) {
      for (const theme of ['light', 'dark']) {
        const el = await list(html`<job-list .feed=${makeFeed([], departments)} url-mode="off" theme=${theme}></job-list>`);
        expect(text(part(el, 'no-openings-title'))).to.equal('There are no open positions right now.');
        expect(text(part(el, 'no-openings'))).to.contain('send a general application');
        expect(parts(el, 'general-application')).to.have.length(1);
        expect(parts(el, 'group')).to.have.length(0);
        expect(shadow(el).querySelector('[part="empty-departments"]')).to.be.null;
        expect(shadow(el).querySelector('[part="toolbar"]')).to.be.null; // nothing to search
        await expect(el).to.be.accessible();
      }
    }
  });

  it('shows empty departments as one block, each with its own heading, or not at all (empty-departments)', async () => {
    const compact = await list(html`<job-list src=${unsavedSeed()} url-mode="off"></job-list>`);
    expect(parts(compact, 'empty-departments')).to.have.length(1);
    expect(parts(compact, 'general-application')).to.have.length(1);

    const each = await list(html`<job-list src=${unsavedSeed()} url-mode="off" empty-departments="list"></job-list>`);
    expect(parts(each, 'group-heading')).to.have.length(16);
    expect(text(parts(each, 'group-heading')[2])).to.equal('Automation');
    expect(parts(each, 'empty-department').map((p) => p.textContent)).to.include('There are no open positions in Legal & Compliance right now.');
    expect(text(parts(each, 'general-application')[0])).to.equal('Send a general application for Automation');
    await expect(each).to.be.accessible();

    const hidden = await list(html`<job-list src=${SEED} url-mode="off" empty-departments="hidden"></job-list>`);
    expect(parts(hidden, 'group-heading')).to.have.length(6);
    expect(shadow(hidden).querySelector('[part="empty-departments"], [part="empty-department"]')).to.be.null;
  });
});

describe('<job-list> facets', () => {
  it("lays the facets out in styled boxes once opened, keeping a subclass's own styles", async () => {
    const Base = customElements.get('job-list') as unknown as typeof JobListElement;
    class BrandedJobList extends Base {
      static override styles = [...[Base.styles].flat(), css`[part='toolbar'] { outline: 3px solid rgb(1, 2, 3); }`];
    }
    customElements.define('branded-job-list', BrandedJobList);
    const el = await list(html`<branded-job-list src=${SEED} url-mode="off"></branded-job-list>`);
    const toolbar = part(el, 'toolbar');
    expect(getComputedStyle(toolbar).outlineColor).to.equal('rgb(1, 2, 3)');
    await openFilters(el);
    const facet = part(el, 'facet');
    // The facets' own styles (a bordered box) came with them, and the subclass's stayed.
    expect(getComputedStyle(facet).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(toolbar).outlineColor).to.equal('rgb(1, 2, 3)');
    await expect(el).to.be.accessible();
  });

  it('counts each option under the other active filters, and combines options', async () => {
    const el = await list();
    await openFilters(el);
    expect(option(el, 'Location', 'New York').count).to.equal('3');
    expect(option(el, 'Location', 'Singapore').count).to.equal('2');
    expect(option(el, 'Location', 'Chicago').count).to.equal('1');
    expect(parts(el, 'facet-legend').map((l) => l.textContent)).to.deep.equal(['Department', 'Location']); // one workplace, one type: no choice to offer
    await expect(el).to.be.accessible();

    await choose(el, 'Location', 'Singapore');
    expect(titles(el)).to.deep.equal(['Project Manager', 'Network Operations Engineer']);
    expect(text(part(el, 'status'))).to.equal('2 positions in Singapore');
    expect(option(el, 'Department', 'Service Operations').count).to.equal('1');
    expect(option(el, 'Location', 'New York').count).to.equal('3'); // its own facet's choice does not narrow it
    expect(text(part(el, 'filters-toggle'))).to.equal('Filters (1)');

    await choose(el, 'Location', 'Chicago');
    expect(titles(el)).to.deep.equal(['IT Service Desk Technician', 'Project Manager', 'Network Operations Engineer']);
    await choose(el, 'Department', 'Service Operations');
    expect(titles(el)).to.deep.equal(['Network Operations Engineer']);
    expect(option(el, 'Location', 'Chicago').count).to.equal('0'); // selected options stay listed
    await expect(el).to.be.accessible();

    part<HTMLButtonElement>(el, 'clear-button').click();
    await el.updateComplete;
    expect(cards(el)).to.have.length(6);
  });

  it('applies locked presets from HTML and hides what they lock', async () => {
    const el = await list(html`<job-list src=${SEED} url-mode="off" location="SG"></job-list>`);
    expect(titles(el)).to.deep.equal(['Project Manager', 'Network Operations Engineer']);
    expect(text(part(el, 'status'))).to.equal('2 positions in SG');
    await openFilters(el);
    expect(parts(el, 'facet-legend').map((l) => l.textContent)).to.deep.equal(['Department']);
    await choose(el, 'Department', 'Service Operations');
    expect(titles(el)).to.deep.equal(['Network Operations Engineer']);
    part<HTMLButtonElement>(el, 'clear-button').click();
    await el.updateComplete;
    expect(titles(el)).to.have.length(2); // the preset stays

    const hidden = await list(html`<job-list src=${unsavedSeed()} url-mode="off" hide-search hide-filters department="automation"></job-list>`);
    expect(shadow(hidden).querySelector('[part="toolbar"]')).to.be.null;
    // The one department shown has no opening: one sentence naming it, and its general application.
    expect(text(part(hidden, 'no-openings-title'))).to.equal('There are no open positions in Automation right now.');
    expect(text(part(hidden, 'general-application'))).to.equal('Send a general application for Automation');
    expect(parts(hidden, 'group')).to.have.length(0);
    await expect(hidden).to.be.accessible();
  });

  it('groups by location or not at all, sorts by title or date, and pages through long lists', async () => {
    const byLocation = await list(html`<job-list src=${SEED} url-mode="off" group-by="location" sort="title"></job-list>`);
    expect(parts(byLocation, 'group-name').map((h) => text(h))).to.deep.equal([
      'New York',
      'Chicago',
      'Singapore',
    ]);
    expect(titles(byLocation).slice(0, 3)).to.deep.equal(['Global Delivery Manager – Core Services', 'Network Implementation Engineer', 'Systems Administrator']);

    const flat = await list(html`<job-list src=${SEED} url-mode="off" group-by="none" sort="posted" page-size="4"></job-list>`);
    expect(parts(flat, 'group-heading')).to.have.length(0);
    expect(titles(flat)).to.have.length(4);
    expect(cards(flat).map((c) => c.posting?.posted)).to.deep.equal(['2026-11-18', '2026-11-10', '2026-11-03', '2026-10-27']);
    const more = part<HTMLButtonElement>(flat, 'more-button');
    expect(text(more)).to.equal('Show 2 more (2 not shown)');
    more.click();
    await flat.updateComplete;
    expect(titles(flat)).to.have.length(6);
    expect(shadow(flat).querySelector('[part="more-button"]')).to.be.null;
  });

  it('hides postings past their closing date, and keeps those closing today', async () => {
    const feed = makeFeed([
      makePosting({ id: 'closed', title: 'Closed yesterday', closes: localDay(-1) }),
      makePosting({ id: 'today', title: 'Closes today', closes: localDay(0) }),
      makePosting({ id: 'open', title: 'Open' }),
    ]);
    const el = await list(html`<job-list .feed=${feed} url-mode="off"></job-list>`);
    expect(titles(el)).to.deep.equal(['Closes today', 'Open']);
  });
});

describe('<job-list> deep links', () => {
  it('reads the search, filters and open posting from the address, keeping the page’s own parameters', async () => {
    history.replaceState(null, '', '?page=careers&q=project&location=Singapore&job=project-manager-singapore#top');
    const el = await list(html`<job-list src=${SEED}></job-list>`);
    expect(part<HTMLInputElement>(el, 'search-input').value).to.equal('project');
    expect(titles(el)).to.deep.equal(['Project Manager', 'Network Operations Engineer']); // title match first
    const card = cards(el)[0];
    await until(() => card.open && deepActiveElement() === part(card, 'title'), 'the linked posting open, its heading focused');

    await search(el, 'project manager');
    const url = new URL(location.href);
    expect(url.searchParams.get('page')).to.equal('careers');
    expect(url.searchParams.get('q')).to.equal('project manager');
    expect(url.hash).to.equal('#top');
  });

  it('moves between searches and postings with Back and Forward', async () => {
    history.replaceState(null, '', '?');
    const el = await list(html`<job-list src=${SEED} url-prefix="jobs-"></job-list>`);
    await openFilters(el);
    await choose(el, 'Location', 'Chicago');
    expect(new URL(location.href).searchParams.get('jobs-location')).to.equal('Chicago');
    part<HTMLButtonElement>(cards(el)[0], 'toggle').click();
    await el.updateComplete;
    expect(new URL(location.href).searchParams.get('jobs-job')).to.equal('it-service-desk-technician-chicago');

    history.back();
    await until(() => !new URL(location.href).searchParams.has('jobs-job'), 'the address without the posting');
    await until(() => !cards(el)[0].open, 'the posting closed by Back');
    history.back();
    await until(() => cards(el).length === 6, 'all postings after a second Back');
    history.forward();
    await until(() => cards(el).length === 1, 'Chicago again after Forward');
  });

  it('opens a posting on Forward with focus on its heading, and gives focus back on Back', async () => {
    history.replaceState(null, '', '?');
    const el = await list(html`<job-list src=${SEED} url-mode="hash"></job-list>`);
    const before = part<HTMLInputElement>(el, 'search-input');
    before.focus();
    history.pushState(null, '', '#job=network-operations-engineer-singapore');
    history.pushState(null, '', '#');
    history.back();
    const card = cards(el)[5];
    await until(() => card.open && deepActiveElement() === part(card, 'title'), 'the posting open, its heading focused');
    expect(location.search).to.equal('');
    history.back();
    await until(() => !card.open, 'the posting closed by Back');
    await until(() => deepActiveElement() === before, 'focus back in the search box');
  });

  it('says a linked position has closed, and shows the list', async () => {
    history.replaceState(null, '', '?job=astronaut-houston');
    const el = await list(html`<job-list src=${SEED}></job-list>`);
    expect(text(part(el, 'closed-notice'))).to.equal('This position has closed. Here are the positions open now.');
    expect(cards(el)).to.have.length(6);
    await expect(el).to.be.accessible();
  });

  it('starts following the address when url-mode is switched on later', async () => {
    history.replaceState(null, '', '?q=chicago');
    const el = await list();
    expect(cards(el)).to.have.length(6);
    el.urlMode = 'query';
    await el.updateComplete;
    await until(() => cards(el).length === 1, 'the search from the address');
    expect(part<HTMLInputElement>(el, 'search-input').value).to.equal('chicago');
  });

  it('leaves the address alone with url-mode="off"', async () => {
    history.replaceState(null, '', '?job=project-manager-singapore');
    const el = await list();
    expect(cards(el).some((card) => card.open)).to.be.false;
    await search(el, 'network');
    expect(location.search).to.equal('?job=project-manager-singapore');
  });
});

/** The demo page (the seed careers page) in an iframe of the given size, once its six cards are drawn. */
async function demoPage(width: number, height: number) {
  localStorage.clear(); // the feed as served, not a copy saved by an earlier test
  const frame = await loadFrame('/demo/index.html', { width: `${width}px`, height: `${height}px` });
  const el = await until(() => {
    const found = frame.contentDocument!.querySelector('job-list');
    return found?.shadowRoot?.querySelectorAll('job-card').length === 6 && found;
  }, 'the demo list', 10000);
  // The feed as served: a copy an earlier test's list saved when its page was next idle (which can come after the
  // clear above) is shown first, and a copy not confirmed by the server has nowhere to apply.
  await until(() => [...shadow(el).querySelectorAll('job-card')].every((card) => shadow(card).querySelector('[part~="apply-button"]')), 'the served feed, with Apply', 10000);
  await el.updateComplete;
  await Promise.all([...shadow(el).querySelectorAll('job-card')].map((card) => card.updateComplete));
  return { frame, el, doc: frame.contentDocument! };
}

describe('<job-list> layout', () => {
  for (const [width, height, pageMax, cardMax] of [
    [1280, 900, 1800, 120],
    [375, 800, 3200, 200],
  ]) {
    it(`keeps the seed page short at ${width} px: page at most ${pageMax} px, collapsed cards at most ${cardMax} px`, async () => {
      const { frame, el, doc } = await demoPage(width, height);
      try {
        expect(doc.documentElement.scrollHeight).to.be.at.most(pageMax);
        for (const card of shadow(el).querySelectorAll('job-card')) expect(part(card, 'card').getBoundingClientRect().height).to.be.at.most(cardMax);
        // "(1 position)" is never broken across lines.
        for (const count of parts(el, "group-count")) expect(new Set([...count.getClientRects()].map((r) => Math.round(r.top))).size, count.textContent!).to.equal(1);
      } finally {
        frame.remove();
      }
    });
  }

  it('keeps an Apply control on screen wherever an open posting is scrolled, on a phone', async () => {
    const { frame, el, doc } = await demoPage(375, 800);
    try {
      const card = shadow(el).querySelectorAll('job-card')[5];
      part(card, 'toggle').click();
      await card.updateComplete;
      card.scrollIntoView({ block: 'start' });
      const win = frame.contentWindow!;
      const end = part(card, 'card').getBoundingClientRect().bottom + win.scrollY - win.innerHeight;
      for (let y = win.scrollY; y <= end; y += 200) {
        win.scrollTo(0, y);
        const applies = [...shadow(card).querySelectorAll('[part~="apply-button"]')].map((b) => b.getBoundingClientRect());
        const inView = applies.some((box) => box.height >= 24 && box.top >= -1 && box.bottom <= win.innerHeight + 1);
        expect(inView, `no Apply in view at scrollY ${y}: ${JSON.stringify(applies.map((b) => [b.top, b.bottom]))} of ${win.innerHeight}`).to.be.true;
      }
      expect(doc.defaultView!.getComputedStyle(part(card, 'details-actions')).position).to.equal('sticky');
    } finally {
      frame.remove();
    }
  });


  it('fits a 320 px phone without horizontal scrolling, with touch targets of at least 24 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"><job-list src=${SEED} url-mode="off"></job-list></div>`);
    const el = await ready(wrapper.querySelector('job-list')!);
    await openFilters(el);
    part<HTMLButtonElement>(cards(el)[5], 'toggle').click();
    await cards(el)[5].updateComplete;
    const overflowing: string[] = [];
    const small: string[] = [];
    const walk = (root: ShadowRoot) => {
      for (const node of root.querySelectorAll<HTMLElement>('*')) {
        const box = node.getBoundingClientRect();
        if (box.width && box.right > wrapper.getBoundingClientRect().right + 0.5) overflowing.push(node.getAttribute('part') ?? node.localName);
        if (node.matches('button, input, summary, a.button') && box.width && (box.width < 24 || box.height < 24)) small.push(node.getAttribute('part') ?? node.localName);
        if (node.shadowRoot) walk(node.shadowRoot);
      }
    };
    walk(shadow(el));
    expect(overflowing).to.deep.equal([]);
    expect(small).to.deep.equal([]);
    expect(el.scrollWidth).to.be.at.most(320);
  });
});

describe('<job-list> card layout', () => {
  /** Whether a card shows its row's Apply (a wide card) or keeps it for its details (a narrow one). */
  const wide = (card: JobCardElement) => getComputedStyle(part(card, 'actions')).display !== 'none';

  it("lays its cards out by the list's width: the row's Apply on a wide list, none on a narrow one", async () => {
    for (const [width, expected] of [[900, true], [400, false]] as const) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style=${`inline-size: ${width}px`}><job-list src=${SEED} url-mode="off"></job-list></div>`);
      const el = await ready(wrapper.querySelector('job-list')!);
      await Promise.all(cards(el).map((card) => card.updateComplete));
      expect(cards(el).map(wide), `${width} px`).to.deep.equal(cards(el).map(() => expected));
      await expect(el).to.be.accessible();
    }
  });

  it('lets a page that sets cards side by side give each card its own narrow layout', async () => {
    const style = document.createElement('style');
    style.textContent = 'job-list.columns::part(postings) { grid-template-columns: 1fr 1fr; }';
    document.head.append(style);
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 900px"><job-list class="columns" src=${SEED} url-mode="off"></job-list></div>`);
      const el = await ready(wrapper.querySelector('job-list')!);
      const card = cards(el).find((c) => c.getBoundingClientRect().width < 34 * 16)!;
      expect(card, 'a card in a column narrower than 34em').to.exist;
      // Without a container of its own, a card in a column still reads the whole list's width.
      expect(wide(card)).to.be.true;
      style.textContent += ' job-list.columns::part(posting) { container-type: inline-size; }';
      await until(() => !wide(card), 'the narrow layout in each column');
      expect(cards(el).filter(wide)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      style.remove();
    }
  });
});

describe('<job-list> saved feed', () => {
  /** Records, in order, the reads of `src`'s saved copy from storage and the requests for `src`. */
  function recordReadsAndRequests(src: string) {
    const key = cacheKey(src);
    const order: ('read' | 'request')[] = [];
    const getItem = Storage.prototype.getItem;
    const originalFetch = window.fetch;
    Storage.prototype.getItem = function (this: Storage, name: string) {
      if (name === key) order.push('read');
      return getItem.call(this, name);
    };
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input) === src) order.push('request');
      return originalFetch(input, init);
    };
    return {
      order,
      restore() {
        Storage.prototype.getItem = getItem;
        window.fetch = originalFetch;
      },
    };
  }

  /** A list over `src` with a saved copy of the seed feed, once its six cards are shown, recording reads and requests. */
  async function listOverSavedCopy(src: string, validators: { etag?: string } = {}) {
    writeCachedFeed(src, { text: await (await fetch(SEED)).text(), ...validators, saved: Date.now() - 60_000 });
    const recorder = recordReadsAndRequests(src);
    try {
      const el = document.createElement('job-list');
      el.setAttribute('url-mode', 'off');
      el.src = src;
      await fixture(el);
      await until(() => cards(el).length === 6, 'six cards from the saved copy');
      return { el, order: recorder.order, restore: recorder.restore };
    } catch (error) {
      recorder.restore();
      throw error;
    }
  }

  it("reads the saved copy from storage once per load, before the request on this origin: the request's validators and the copy shown", async () => {
    const { el, order, restore } = await listOverSavedCopy(`/api/test/feed?file=postings.json&etag=%22v1%22&delay=200&t=${Date.now()}`, { etag: '"v1"' });
    try {
      // The 304 confirms the copy: Apply is offered.
      await until(() => cards(el).every((card) => shadow(card).querySelector('[part~="apply-button"]')), 'Apply, once confirmed');
      expect(order).to.deep.equal(['read', 'request']);
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('requests a feed on another origin before reading the saved copy (the request carries no validators), and shows the copy when the request fails', async () => {
    const other = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
    // The test server sends no CORS headers: the request fails, as a feed's server that is down would.
    const { el, order, restore } = await listOverSavedCopy(`${other}/api/test/feed?file=postings.json&t=${Date.now()}`);
    try {
      await until(() => shadow(el).querySelector('[part="notice"]'), 'the notice that the latest list could not be loaded');
      expect(order).to.deep.equal(['request', 'read']);
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('shows the copy saved on this device, with a quiet notice, when the refresh fails', async () => {
    const src = `/api/test/feed?file=postings.json&fail=offline-${Date.now()}`;
    const text = await (await fetch(SEED)).text();
    const saved = Date.now() - 2 * 24 * 60 * 60 * 1000; // a copy older than 7 days is not shown
    writeCachedFeed(src, { text, saved });
    const loads: boolean[] = [];
    const errors: CustomEvent<{ savedCopyShown: boolean }>[] = [];
    const el = document.createElement('job-list');
    el.setAttribute('url-mode', 'off');
    el.addEventListener('job-feed-load', (event) => loads.push(event.detail.fromCache));
    el.addEventListener('job-feed-error', (event) => errors.push(event));
    el.src = src;
    await fixture(el);
    await until(() => cards(el).length === 6, 'six cards from the saved copy'); // once the validation is in, before the server answers
    const notice = await until(() => shadow(el).querySelector('[part="notice"]'), 'the stale notice');
    const date = new Date(saved).toLocaleDateString('en-US', { dateStyle: 'medium' });
    expect(notice.textContent).to.equal(`Showing the positions as of ${date}; the latest list could not be loaded.`);
    // The server never confirmed this copy: nothing in it says where an application goes.
    expect(cards(el).flatMap((card) => [...shadow(card).querySelectorAll('[part="apply-button"]')])).to.deep.equal([]);
    expect(shadow(el).querySelector('[part="general-application"]')).to.be.null;
    expect(shadow(el).querySelector('[part="error"]')).to.be.null;
    expect(errors.map((event) => event.detail.savedCopyShown)).to.deep.equal([true]); // the page still hears of it
    expect(loads).to.deep.equal([true]);
    await expect(el).to.be.accessible();
  });
  it('offers Apply from the saved copy once a 304 confirms it, without a second load event', async () => {
    const src = `/api/test/feed?file=apply-postings.json&etag=%22v1%22&delay=300&t=${Date.now()}`;
    const text = await (await fetch('/test/fixtures/apply-postings.json')).text();
    writeCachedFeed(src, { text, etag: '"v1"', saved: Date.now() - 60_000 });
    const loads: boolean[] = [];
    const el = document.createElement('job-list');
    el.setAttribute('url-mode', 'off');
    el.addEventListener('job-feed-load', (event) => loads.push(event.detail.fromCache));
    el.src = src;
    await fixture(el);
    await until(() => cards(el).length === 2, 'two cards from the saved copy'); // before the server answers (300 ms), with no Apply yet
    expect(cards(el).map((card) => shadow(card).querySelector('[part="apply-button"]'))).to.deep.equal([null, null]);
    await until(() => cards(el).every((card) => shadow(card).querySelector('[part="apply-button"]')), 'Apply, once the server confirmed the copy');
    expect(loads).to.deep.equal([true]);
    await expect(el).to.be.accessible();
  });
});
