import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { JobCardElement } from '../src/job-card/job-card.js';
import type { JobListElement } from '../src/job-list/job-list.js';
import { SEED_TITLES, localDay, oneEvent, part, shadow, until } from './helpers.js';

const ATS = '/test/fixtures/ats';
const cards = (el: JobListElement): JobCardElement[] => [...shadow(el).querySelectorAll('job-card')];
const jsonLd = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-careers-widgets]')];

async function loaded(el: JobListElement) {
  await until(() => shadow(el).querySelector('job-card, [part="error"]'), 'the feed to render');
  // Its first cards, then (a task later) the rest of the page.
  await el.updateComplete;
  return el;
}

describe('<job-list> with an applicant tracking system’s feed', () => {
  it('reads a Greenhouse board, links Apply to the hosted form, and shows its HTML sanitized', async () => {
    const el = document.createElement('job-list');
    const warned = oneEvent(el, 'job-feed-warning');
    el.setAttribute('url-mode', 'off');
    el.format = 'greenhouse';
    el.src = `${ATS}/greenhouse-jobs.json`;
    await loaded(await fixture(el));
    expect(cards(el).map((card) => card.posting?.title)).to.include.members(['Senior Backend Engineer', 'Product Designer']);
    expect((await warned).detail.warnings.length).to.be.greaterThan(0); // the job without a title, named
    const card = cards(el).find((c) => c.posting?.title === 'Senior Backend Engineer')!;
    const apply = part<HTMLAnchorElement>(card, 'apply-button');
    expect(apply.tagName).to.equal('A');
    expect(apply.href).to.match(/^https:\/\//);
    part<HTMLButtonElement>(card, 'toggle').click();
    await until(() => shadow(card).querySelector('[part="section"]'), 'the details');
    const details = part(card, 'details');
    await until(() => !details.querySelector('script, [onerror], [style]') && details.textContent!.length > 100, 'sanitized details');
    for (const link of details.querySelectorAll('a')) {
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(link.protocol).to.match(/^(https?|mailto):$/);
    }
    await expect(el).to.be.accessible();
  });

  it('recognises the shape with format="auto"', async () => {
    const el = await loaded(await fixture<JobListElement>(html`<job-list url-mode="off" format="auto" src=${`${ATS}/lever.json`}></job-list>`));
    expect(cards(el).map((card) => card.posting?.title)).to.include('Site Reliability Engineer');
  });

  it('explains a JSONP wrapper or a web page instead of a feed', async () => {
    const jsonp = document.createElement('job-list');
    const failed = oneEvent(jsonp, 'job-feed-error');
    jsonp.setAttribute('url-mode', 'off');
    jsonp.format = 'auto';
    jsonp.src = `${ATS}/jsonp.js`;
    await fixture(jsonp);
    expect((await failed).detail.message).to.match(/JSONP/);
    const page = await loaded(await fixture<JobListElement>(html`<job-list url-mode="off" format="greenhouse" src=${`${ATS}/careers-page.html`}></job-list>`));
    expect(part(page, 'error-reason').textContent).to.match(/web page|HTML/i); // for the developer, behind "Technical details"
    expect(part(page, 'error-message').textContent).to.equal('Please come back later.');
    await expect(page).to.be.accessible();
  });
});

describe('<job-list> structured data', () => {
  afterEach(() => jsonLd().forEach((script) => script.remove()));

  it('puts a JobPosting for each posting shown in the document head, and takes it away with the list', async () => {
    const el = await loaded(await fixture<JobListElement>(html`<job-list src="/demo/postings.json" url-mode="off"></job-list>`));
    await until(() => jsonLd().length === 6, 'six JSON-LD scripts');
    const postings = jsonLd().map((script) => JSON.parse(script.textContent!));
    expect(postings.map((p) => p.title)).to.have.members(SEED_TITLES);
    const singapore = postings.find((p) => p.title === 'Network Operations Engineer');
    expect(singapore).to.include({ '@context': 'https://schema.org/', '@type': 'JobPosting', datePosted: '2026-10-08', employmentType: 'FULL_TIME' });
    expect(singapore.hiringOrganization.name).to.equal('Pico');
    expect(singapore.jobLocation[0]?.address?.addressCountry ?? singapore.jobLocation.address.addressCountry).to.equal('SG');
    expect(singapore.description).to.contain('<li>');
    el.remove();
    expect(jsonLd()).to.have.length(0);
  });

  it('describes only the posting a link opened, and none with structured-data="off"', async () => {
    history.replaceState(null, '', '?job=project-manager-singapore');
    try {
      await loaded(await fixture<JobListElement>(html`<job-list src="/demo/postings.json"></job-list>`));
      await until(() => jsonLd().length === 1, 'one JSON-LD script');
      const only = JSON.parse(jsonLd()[0].textContent!);
      expect(only.title).to.equal('Project Manager');
      expect(only.url).to.match(/\?job=project-manager-singapore$/);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
    jsonLd().forEach((script) => script.remove());
    await loaded(await fixture<JobListElement>(html`<job-list src="/demo/postings.json" url-mode="off" structured-data="off"></job-list>`));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(jsonLd()).to.have.length(0);
  });
});

describe('<job-list> with feeds a company never has to correct (issue 14)', () => {
  afterEach(() => jsonLd().forEach((script) => script.remove()));

  it('reads a Personio XML feed with format="personio", its HTML through the sanitizer', async () => {
    const el = await loaded(await fixture<JobListElement>(html`<job-list url-mode="off" format="personio" src=${`${ATS}/personio.xml`}></job-list>`));
    expect(cards(el).map((card) => card.posting?.title)).to.deep.equal(['Senior Frontend Engineer (m/w/d)', 'Werkstudent Marketing (m/w/d)']);
    const card = cards(el)[0];
    part<HTMLButtonElement>(card, 'toggle').click();
    await until(() => shadow(card).querySelector('[part="section"]'), 'the details');
    const details = part(card, 'details');
    await until(() => details.textContent!.includes('Barrierefreiheit') && !details.querySelector('script, img, [onerror]'), 'sanitized details');
    expect(details.textContent).to.contain('für Tausende');
    for (const link of details.querySelectorAll('a')) expect(link.getAttribute('href') ?? '').not.to.match(/javascript/i);
    await expect(el).to.be.accessible();
    const auto = await loaded(await fixture<JobListElement>(html`<job-list url-mode="off" format="auto" src=${`${ATS}/personio.xml`}></job-list>`));
    expect(cards(auto)).to.have.length(2);
  });

  it('tells the page developer when a board answers with nothing: job-feed-warning and a console hint naming the board', async () => {
    const hints: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void hints.push(args.join(' '));
    try {
      const el = document.createElement('job-list');
      const warned = oneEvent(el, 'job-feed-warning');
      el.setAttribute('url-mode', 'off');
      el.format = 'lever';
      el.src = `${ATS}/lever-empty.json`; // the board name is in the address: here the fixture's
      await fixture(el);
      const { detail } = await warned;
      expect(detail.warnings.map((w: { path: string }) => w.path)).to.deep.equal(['board']);
      expect(hints.some((hint) => hint.includes('no open positions') && hint.includes('lever-empty.json'))).to.equal(true);
      await until(() => shadow(el).querySelector('[part="empty"], [part="no-openings"], [part="general-application"], p'), 'the empty state');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('publishes no JobPosting for a posting without a description, and says so once', async () => {
    const notes: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void notes.push(args.join(' '));
    try {
      const job = { absolute_url: 'https://job-boards.greenhouse.io/x/jobs/1', first_published: '2026-11-01T00:00:00Z', location: { name: 'Boston, MA' } };
      const el = document.createElement('job-list');
      el.setAttribute('url-mode', 'off');
      el.format = 'greenhouse';
      el.feed = { jobs: [{ ...job, id: 1, title: 'Tutor' }, { ...job, id: 2, title: 'Mentor', content: '&lt;p&gt;Mentor our learners.&lt;/p&gt;' }, { ...job, id: 3, title: 'Grader' }] };
      await loaded(await fixture(el));
      await until(() => jsonLd().length === 1 && notes.length, 'the one JobPosting and the note');
      expect(JSON.parse(jsonLd()[0].textContent!).title).to.equal('Mentor');
      expect(notes.filter((note) => note.includes('no JobPosting'))).to.have.length(1);
      expect(cards(el)).to.have.length(3); // the postings themselves are all shown
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });
});

describe('<job-list> shows only what the source says (issue 14)', () => {
  afterEach(() => jsonLd().forEach((script) => script.remove()));

  it('puts postings without a department after the groups under no invented name, omits unknown facts on cards, in facets and in JSON-LD', async () => {
    const el = await loaded(await fixture<JobListElement>(html`<job-list url-mode="off" format="lever" src=${`${ATS}/lever-sparse.json`}></job-list>`));
    await until(() => cards(el).length === 3, 'three cards');
    const text = shadow(el).textContent!;
    expect(text).not.to.contain('Open positions');
    // The named departments as groups, in the board's order; the posting with none after them, in no group.
    const groups = [...shadow(el).querySelectorAll('[part="group"]')];
    expect(groups.map((group) => group.querySelector('[part="group-name"]')!.textContent)).to.deep.equal(['Operations', 'Customer Success']);
    const titles = (root: ParentNode) => [...root.querySelectorAll('job-card')].map((card) => (card as JobCardElement).posting!.title);
    expect(groups.map(titles)).to.deep.equal([['Warehouse Lead'], ['Customer Support Agent']]);
    expect(titles(shadow(el))).to.deep.equal(['Warehouse Lead', 'Customer Support Agent', 'Delivery Driver']);
    const driver = cards(el).find((card) => card.posting!.title === 'Delivery Driver')!;
    expect(driver.closest('[part="group"]')).to.equal(null);
    // Cards say only what is known.
    const facts = (card: JobCardElement) => [...shadow(card).querySelectorAll('[part="meta"] > li')].map((li) => li.getAttribute('part'));
    expect(facts(driver)).to.deep.equal(['locations', 'dates']);
    const lead = cards(el).find((card) => card.posting!.title === 'Warehouse Lead')!;
    expect(facts(lead)).to.deep.equal(['locations', 'workplace', 'employment-type', 'dates']);
    expect(part(lead, 'workplace').textContent).to.equal('On-site');
    expect(part(lead, 'employment-type').textContent).to.equal('Full-time');
    const agent = cards(el).find((card) => card.posting!.title === 'Customer Support Agent')!;
    expect(facts(agent)).to.deep.equal(['locations', 'dates']);
    // Facets: two named departments are a choice; one known workplace and one known type are none.
    part(el, 'filters-toggle').click();
    await until(() => shadow(el).querySelector('[part="facet"]'), 'the facets');
    const facets = [...shadow(el).querySelectorAll<HTMLElement>('[part="facet"]')];
    expect(facets.map((facet) => facet.dataset.facet)).to.deep.equal(['department', 'location']);
    expect([...facets[0].querySelectorAll('[part="facet-label"]')].map((label) => label.textContent)).to.deep.equal(['Operations', 'Customer Success']);
    // JSON-LD: no employmentType or jobLocationType where the source gives none.
    await until(() => jsonLd().length === 3, 'three JSON-LD scripts');
    const published = Object.fromEntries(jsonLd().map((script) => JSON.parse(script.textContent!)).map((data) => [data.title, data]));
    expect(published['Delivery Driver']).not.to.have.property('employmentType');
    expect(published['Delivery Driver']).not.to.have.property('jobLocationType');
    expect(published['Customer Support Agent']).not.to.have.property('employmentType');
    expect(published['Warehouse Lead'].employmentType).to.equal('FULL_TIME');
    await expect(el).to.be.accessible();
  });
});

describe('<job-list> with a SmartRecruiters board: every page, and each posting’s details (issue 14)', () => {
  afterEach(() => jsonLd().forEach((script) => script.remove()));
  const API = '/api/test/smartrecruiters/v1/companies';
  const stats = async (company: string) => (await fetch(`/api/test/smartrecruiters/stats?company=${company}`)).json();

  it('reads every page, fetches each posting’s details once (4 at a time, an opened card first), and publishes a JobPosting only once they are known', async () => {
    const company = `bosch-7-${Math.random().toString(36).slice(2, 8)}`;
    // Every JobPosting as it is added to the head: none may stand on a title alone.
    const added: Record<string, unknown>[] = [];
    const observer = new MutationObserver((records) => {
      for (const node of records.flatMap((record) => [...record.addedNodes])) {
        if (node instanceof HTMLScriptElement && node.dataset.careersWidgets) added.push(JSON.parse(node.textContent!));
      }
    });
    observer.observe(document.head, { childList: true });
    try {
      const el = document.createElement('job-list');
      el.setAttribute('url-mode', 'off');
      el.format = 'smartrecruiters';
      el.src = `${API}/${company}/postings?limit=3`;
      const load = oneEvent(el, 'job-feed-load');
      await fixture(el);
      const { detail } = await load;
      // Shown once every page is in: 7 postings from 3 pages, none with a description yet.
      expect(detail.feed.postings.map((p: { title: string }) => p.title)).to.deep.equal([
        'Field Service Technician', 'Cloud Architect', 'Payroll Specialist', 'Embedded Software Engineer', 'Warehouse Operative', 'Key Account Manager', 'Quality Inspector',
      ]);
      await until(() => part(el, 'status').textContent === '7 open positions', 'the board’s count announced');
      expect((await stats(company)).pages).to.equal(3);
      // Opened: its details come (first, if still pending), field by field from /postings/{id}.
      await until(() => cards(el).length === 7, 'seven cards');
      const card = cards(el).find((c) => c.posting?.title === 'Quality Inspector')!;
      part<HTMLAnchorElement>(card, 'toggle').click();
      await until(() => card.open && shadow(card).querySelectorAll('[part="section"]').length === 4, 'the opened posting’s details');
      expect([...shadow(card).querySelectorAll('[part="section"] :is(h2, h3, h4, h5, h6)')].map((h) => h.textContent!.trim())).to.deep.equal([
        'Job Description', 'Qualifications', 'Additional Information', 'Company Description',
      ]);
      expect(card.posting!.summary).to.equal('Install and maintain heat pumps');
      expect(card.posting!.apply).to.deep.equal({ url: `https://jobs.smartrecruiters.com/${company}/744000020000006-quality-inspector?oga=true` });
      expect(card.posting!.locations).to.deep.equal([{ city: 'Stuttgart', region: 'BW', country: 'DE' }]);
      expect(card.posting!.workplace).to.equal('on-site'); // remote: false and hybrid: false
      // The others when the page is idle. With the card closed, every posting shown gets its JobPosting (an open one
      // is the only one described), each with the description.
      part<HTMLButtonElement>(card, 'toggle').click();
      await until(() => !card.open, 'closed');
      await until(() => jsonLd().length === 7, 'a JobPosting for each posting');
      expect(added.every((data) => String(data.description).includes('heat pumps') && data.description !== `<p>${data.title}</p>`)).to.equal(true);
      const seen = await stats(company);
      expect(Object.values(seen.details)).to.deep.equal(Array(7).fill(1));
      expect(seen.maxConcurrent).to.be.within(1, 4);
      // Opened again: no second request.
      part<HTMLButtonElement>(card, 'toggle').click();
      await until(() => card.open && shadow(card).querySelector('[part="section"]'), 'reopened');
      expect(Object.values((await stats(company)).details)).to.deep.equal(Array(7).fill(1));
      await expect(el).to.be.accessible();
    } finally {
      observer.disconnect();
    }
  });

  it('reads at most 1,000 postings of a larger board and says the others were left out', async () => {
    const company = `bosch-1203-${Math.random().toString(36).slice(2, 8)}`;
    const el = document.createElement('job-list');
    el.setAttribute('url-mode', 'off');
    el.format = 'auto';
    el.src = `${API}/${company}/postings?limit=100`;
    const load = oneEvent(el, 'job-feed-load');
    const warned = oneEvent(el, 'job-feed-warning');
    await fixture(el);
    expect((await load).detail.feed.postings).to.have.length(1000);
    const { warnings } = (await warned).detail;
    expect(warnings).to.deep.equal([
      { path: 'totalFound', message: 'The board has 1203 open positions; 1000 are shown (at most 1000 are read), 203 left out.' },
    ]);
    await until(() => part(el, 'status').textContent === '1000 open positions', 'the count announced');
    expect((await stats(company)).pages).to.equal(10);
    await expect(el).to.be.accessible();
  });
});

describe('<job-list> and the CLI give the same answers (issue 14)', () => {
  afterEach(() => jsonLd().forEach((script) => script.remove()));

  it('writes the JobPosting JSON-LD the CLI prints for each ATS fixture, and lists the postings of its sitemap', async () => {
    // Written by scripts/test-cli.mjs from `careers-widgets jsonld|sitemap --format auto --include-closed` (and checked
    // there against the CLI on every run); closed postings are left out here, as the element and the CLI do by day.
    const expected: Record<string, { jsonld: Record<string, unknown>[]; sitemap: { id: string; lastmod: string }[] }> = await (
      await fetch(`${ATS}/cli-expected.json`)
    ).json();
    const today = localDay(0);
    const byId = (items: Record<string, unknown>[]) =>
      [...items].sort((a, b) => String((a.identifier as { value: string }).value).localeCompare(String((b.identifier as { value: string }).value)));
    expect(Object.keys(expected)).to.have.length(12);
    for (const [file, answer] of Object.entries(expected)) {
      const el = document.createElement('job-list');
      el.setAttribute('url-mode', 'off');
      el.setAttribute('organization-name', 'Acme');
      el.setAttribute('organization-email', 'jobs@acme.example');
      el.format = 'auto';
      el.src = `${ATS}/${file}`;
      const load = oneEvent(el, 'job-feed-load');
      await fixture(el);
      const { feed } = (await load).detail;
      const open = answer.jsonld.filter((data) => !data.validThrough || String(data.validThrough).slice(0, 10) >= today);
      await until(() => jsonLd().length === open.length, `${open.length} JobPosting(s) for ${file}`);
      const written = jsonLd().map((script) => JSON.parse(script.textContent!));
      expect(byId(written), file).to.deep.equal(byId(open));
      // Every posting shown is in the CLI's sitemap with the same date; the sitemap's others are closed ones.
      const sitemap = new Map(answer.sitemap.map(({ id, lastmod }) => [id, lastmod]));
      for (const posting of feed.postings) expect(sitemap.get(posting.id), `${file} ${posting.id}`).to.equal(posting.posted);
      for (const data of open) expect(feed.postings.map((p: { id: string }) => p.id), file).to.include((data.identifier as { value: string }).value);
      el.remove();
    }
  });
});
