import { expect } from '@open-wc/testing';
import {
  adaptFeed,
  detectFormat,
  parseFeedResponseText,
  smartRecruitersDetailUrls,
  smartRecruitersMergePages,
  smartRecruitersNextOffset,
  smartRecruitersPageUrls,
  type AdaptOptions,
  type FeedFormat,
} from '../src/feed/adapters/index.js';
import { parseFeed } from '../src/feed/parse.js';
import type { Feed, Posting } from '../src/feed/schema.js';
import { feedError } from './helpers.js';

const organization = { name: 'Acme', email: 'jobs@acme.example' };

async function fixture(name: string): Promise<unknown> {
  const response = await fetch(`/test/fixtures/ats/${name}`);
  return response.json();
}

/** adaptFeed, then parseFeed: what the element will show, and every warning. */
function adapt(data: unknown, format: FeedFormat, options: AdaptOptions = {}) {
  const adapted = adaptFeed(data, format, { ...options, organization: { ...organization, ...options.organization } });
  const parsed = parseFeed(adapted.feed);
  expect(parsed.warnings, 'parseFeed accepts every adapted posting').to.deep.equal([]);
  const byTitle = (title: string): Posting => {
    const posting = parsed.feed.postings.find((p) => p.title === title);
    if (!posting) throw new Error(`no posting "${title}"`);
    return posting;
  };
  return { feed: parsed.feed, warnings: adapted.warnings, byTitle };
}

const departmentName = (feed: Feed, posting: Posting) => feed.departments.find((d) => d.id === posting.department)?.name;

describe('ATS adapters', () => {
  describe('Greenhouse', () => {
    it('maps jobs, offices, cents pay ranges, metadata and the departments endpoint; skips a job without a title', async () => {
      const data = { ...((await fixture('greenhouse-jobs.json')) as object), ...((await fixture('greenhouse-departments.json')) as object) };
      const { feed, warnings, byTitle } = adapt(data, 'greenhouse', { organization: { name: undefined } });
      expect(feed.organization.name).to.equal('Vault-Tec');
      expect(feed.departments.map((d) => d.id)).to.deep.equal(['engineering', 'customer-experience', 'design', 'research-development']);
      expect(feed.postings).to.have.length(3);
      expect(warnings).to.deep.equal([
        { path: 'jobs[3]', message: 'jobs[3]: has no title (id 4012401008); skipped', postingId: '4012401008' },
      ]);

      const backend = byTitle('Senior Backend Engineer');
      expect(backend.id).to.equal('4012345008');
      expect(departmentName(feed, backend)).to.equal('Engineering');
      // The job's own "New York, NY" wins over its office's "New York, New York, United States".
      expect(backend.locations).to.deep.equal([{ city: 'New York', region: 'NY', country: 'US' }]);
      expect(backend.posted).to.equal('2026-10-02'); // first_published, not updated_at
      expect(backend.employmentType).to.equal('full-time');
      expect(backend.workplace, 'no metadata and no word for it: none, not on-site').to.equal(undefined);
      expect(backend.salary).to.deep.equal({ min: 145000, max: 210000, currency: 'USD', period: 'year' });
      expect(backend.apply).to.deep.equal({ url: 'https://job-boards.greenhouse.io/vaulttec/jobs/4012345008' });
      // Entity-encoded content decoded once: "&amp;amp;" is "&", the markup is markup.
      expect(backend.summary).to.equal('Vault-Tec builds shelters that last & the software that runs them. We are hiring.');
      expect(backend.sections.map((s) => s.heading)).to.deep.equal(['About the role', 'What you’ll do', 'What you bring']);
      expect(backend.sections[1].blocks).to.deep.equal([{ type: 'html', html: '<ul><li>Design APIs used by <em>every</em> vault</li><li>Own services end to end</li></ul>' }]);
      expect(backend.sections[2].blocks[0]).to.deep.equal({ type: 'list', items: [{ text: '5+ years with Go or Rust' }, { text: 'Postgres at scale' }] });

      const support = byTitle('Customer Support Specialist (Part-time)');
      expect(support.workplace).to.equal('remote');
      expect(support.locations).to.deep.equal([{ city: 'Remote', country: 'US' }]);
      expect(support.employmentType, 'read from the title when the API gives none').to.equal('part-time');
      expect(support.posted).to.equal('2026-11-03');
      expect(support.salary).to.deep.equal({ min: 24, max: 28, currency: 'USD', period: 'hour' });

      const designer = byTitle('Product Designer');
      expect(designer.employmentType).to.equal('contract');
      expect(designer.locations.map((l) => l.city)).to.deep.equal(['London', 'Berlin']);
      expect(designer.salary).to.equal(undefined);
      expect(designer.summary).to.equal("Design the Pip-Boy's next interface.");
    });
  });

  describe('Lever', () => {
    it('maps categories, lists, workplaceType and salaryRange; drops a javascript: apply link with a warning', async () => {
      const { feed, warnings, byTitle } = adapt(await fixture('lever.json'), 'lever');
      expect(feed.departments.map((d) => d.name)).to.deep.equal(['Engineering', 'Marketing', 'Community']);

      const sre = byTitle('Site Reliability Engineer');
      expect(sre.id).to.equal('5ac21346-8e0c-4494-8e7a-3eb92ff77902');
      expect(sre.workplace).to.equal('hybrid');
      expect(sre.corporateTitle).to.equal('Senior');
      expect(sre.posted).to.equal(new Date(1790000000000).toISOString().slice(0, 10));
      expect(sre.locations).to.deep.equal([
        { city: 'San Francisco', region: 'CA', country: 'US' },
        { city: 'Toronto', country: 'Toronto' },
      ]);
      expect(sre.summary).to.equal('We keep the lights on for 4,000 customers.');
      expect(sre.sections.map((s) => s.heading)).to.deep.equal(['About the role', "What you'll do", 'Requirements']);
      expect(sre.sections[1].blocks).to.deep.equal([{ type: 'list', items: [{ text: 'Operate clusters across three regions' }, { text: 'Cut our p99 latency' }] }]);
      expect(sre.sections[2].blocks.at(-1), '"additional" continues the last section').to.deep.equal({
        type: 'paragraph',
        text: 'Leverdemo is an equal opportunity employer.',
      });
      expect(sre.salary).to.deep.equal({ min: 150000, max: 185000, currency: 'USD', period: 'year' });
      expect(sre.apply?.url).to.equal('https://jobs.lever.co/leverdemo/5ac21346-8e0c-4494-8e7a-3eb92ff77902/apply');

      const intern = byTitle('Marketing Intern');
      expect(intern.employmentType).to.equal('internship');
      expect(intern.workplace).to.equal('remote');
      expect(intern.locations).to.deep.equal([{ city: 'Remote', country: 'Canada' }]);
      expect(intern.salary).to.deep.equal({ min: 22, currency: 'CAD', period: 'hour' });

      const organiser = byTitle('Community Organiser');
      expect(organiser.apply).to.equal(undefined);
      expect(organiser.employmentType, 'a commitment we cannot map: none, not full-time').to.equal(undefined);
      expect(warnings.map((w) => w.message)).to.deep.equal([
        '[2] ("Community Organiser"): employment type "Volunteer" is not one we know; left out',
        '[2] ("Community Organiser"): apply link "javascript:alert(1)" is not an http(s) URL; left out',
      ]);
    });
  });

  describe('Ashby', () => {
    it('maps descriptionHtml, compensation tiers and addresses; leaves unlisted jobs out', async () => {
      const { feed, warnings, byTitle } = adapt(await fixture('ashby.json'), 'ashby');
      expect(warnings).to.deep.equal([]);
      expect(feed.postings.map((p) => p.title)).to.deep.equal(['Engineering Manager, Payments', 'Support Engineer (EMEA)']);

      const manager = byTitle('Engineering Manager, Payments');
      expect(manager.locations).to.deep.equal([
        { city: 'Houston', region: 'Texas', country: 'USA' },
        { city: 'San Francisco', region: 'California', country: 'USA' },
      ]);
      expect(manager.workplace).to.equal('on-site');
      expect(manager.posted).to.equal('2026-10-30');
      expect(manager.salary, 'two salary tiers in one currency: one span').to.deep.equal({ min: 181000, max: 217000, currency: 'USD', period: 'year' });
      expect(manager.sections.map((s) => s.heading)).to.deep.equal(['About the role', 'Responsibilities', 'Benefits']);
      expect(manager.sections[0].blocks).to.deep.equal([{ type: 'html', html: '<p>Lead the team that moves <strong>$2B</strong> a year.</p>' }]);
      expect(manager.sections[1].blocks).to.deep.equal([{ type: 'list', items: [{ text: 'Hire and grow engineers' }, { text: 'Own the roadmap' }] }]);
      expect(manager.apply?.url).to.match(/\/application$/);

      const support = byTitle('Support Engineer (EMEA)');
      expect(support.employmentType).to.equal('contract');
      expect(support.workplace).to.equal('remote');
      expect(support.locations).to.deep.equal([{ city: 'Remote', country: 'European Union' }]);
      expect(support.salary).to.deep.equal({ min: 55, max: 70, currency: 'EUR', period: 'hour' });
    });
  });

  describe('Workable', () => {
    it('maps the widget API, merges a job listed once per location, and keeps requirements and benefits', async () => {
      const { feed, byTitle } = adapt(await fixture('workable.json'), 'workable', { organization: { name: undefined } });
      expect(feed.organization.name).to.equal('Hooli');
      expect(feed.postings.map((p) => p.id)).to.deep.equal(['81B46579FE', 'AB12CD34EF']);

      const scientist = byTitle('Data Scientist');
      expect(scientist.locations).to.deep.equal([
        { city: 'Palo Alto', region: 'California', country: 'US' },
        { city: 'London', region: 'England', country: 'GB' },
      ]);
      expect(scientist.corporateTitle).to.equal('Mid-Senior level');
      expect(scientist.posted).to.equal('2026-10-14');
      expect(scientist.sections.map((s) => s.heading)).to.deep.equal(['About the role', 'Responsibilities', 'Requirements', 'Benefits']);
      expect(scientist.sections[3].blocks[0].type).to.equal('html');
      expect(scientist.apply?.url).to.equal('https://apply.workable.com/j/81B46579FE/apply');

      const writer = byTitle('Technical Writer');
      expect(writer.department, 'no department: none, no placeholder').to.equal(undefined);
      expect(feed.departments.map((d) => d.name)).not.to.include('Open positions');
      expect(writer.workplace).to.equal('remote');
      expect(writer.locations).to.deep.equal([{ city: 'Remote', country: 'PT' }]);
      expect(writer.employmentType).to.equal('part-time');
      expect(writer.salary).to.deep.equal({ min: 30000, max: 38000, currency: 'EUR', period: 'year' });
    });
  });

  describe('SmartRecruiters', () => {
    it('maps a list page with details, and without them', async () => {
      const list = await fixture('smartrecruiters-list.json');
      const detail = await fixture('smartrecruiters-detail.json');
      const { feed, byTitle } = adapt(list, 'smartrecruiters', { details: [detail], organization: { name: undefined } });
      expect(feed.organization.name).to.equal('Bosch Group');

      const technician = byTitle('Field Service Technician');
      expect(technician.id).to.equal('744000012345678');
      expect(technician.locations).to.deep.equal([{ city: 'Stuttgart', region: 'BW', country: 'DE' }]);
      expect(technician.posted).to.equal('2026-11-08');
      expect(technician.corporateTitle).to.equal('Associate');
      expect(departmentName(feed, technician)).to.equal('Service');
      expect(technician.sections.map((s) => s.heading)).to.deep.equal(['Job Description', 'Qualifications', 'Additional Information', 'Company Description']);
      expect(technician.apply?.url).to.equal('https://jobs.smartrecruiters.com/BoschGroup/744000012345678-field-service-technician?oga=true');

      const architect = byTitle('Cloud Architect');
      expect(architect.workplace).to.equal('remote');
      expect(architect.employmentType).to.equal('contract');
      expect(architect.sections, 'no detail: no description').to.deep.equal([]);
      expect(architect.summary).to.equal('Cloud Architect');
      expect(architect.apply?.url).to.equal('https://jobs.smartrecruiters.com/BoschGroup/744000012399999');
    });

    it('says where the next page starts', async () => {
      expect(smartRecruitersNextOffset(await fixture('smartrecruiters-list.json'))).to.equal(2);
      expect(smartRecruitersNextOffset({ offset: 2, limit: 2, totalFound: 3, content: [{}] })).to.equal(undefined);
      expect(smartRecruitersNextOffset({ offset: 0, limit: 100, totalFound: 0, content: [] })).to.equal(undefined);
    });

    it('names the other pages (up to 1,000 postings), merges them, and says where each posting’s details are', async () => {
      const list = (await fixture('smartrecruiters-list.json')) as { content: unknown[] };
      const src = 'https://api.smartrecruiters.com/v1/companies/BoschGroup/postings?limit=2';
      expect(smartRecruitersPageUrls(list, src)).to.deep.equal(['https://api.smartrecruiters.com/v1/companies/BoschGroup/postings?limit=2&offset=2']);
      const big = { offset: 0, limit: 100, totalFound: 1203, content: Array(100).fill({}) };
      const urls = smartRecruitersPageUrls(big, 'https://api.smartrecruiters.com/v1/companies/X/postings');
      expect(urls.map((url) => new URL(url).searchParams.get('offset'))).to.deep.equal(['100', '200', '300', '400', '500', '600', '700', '800', '900']);
      expect(smartRecruitersPageUrls({ offset: 0, limit: 100, totalFound: 3, content: [{}, {}, {}] }, src)).to.deep.equal([]);
      const second = { offset: 2, limit: 2, totalFound: 3, content: [{ id: '744000012300000', name: 'Buyer' }] };
      const { page, warning } = smartRecruitersMergePages([list, second]);
      expect(page).to.include({ offset: 0, limit: 3, totalFound: 3 });
      expect((page.content as { name: string }[]).map((job) => job.name)).to.deep.equal(['Field Service Technician', 'Cloud Architect', 'Buyer']);
      expect(warning).to.equal(undefined);
      expect(smartRecruitersMergePages([big, ...Array(10).fill({ content: Array(100).fill({}) })]).warning).to.deep.equal({
        path: 'totalFound',
        message: 'The board has 1203 open positions; 1000 are shown (at most 1000 are read), 203 left out.',
      });
      expect([...smartRecruitersDetailUrls(list, src)]).to.deep.equal([
        ['744000012345678', 'https://api.smartrecruiters.com/v1/companies/BoschGroup/postings/744000012345678'],
        ['744000012399999', 'https://api.smartrecruiters.com/v1/companies/BoschGroup/postings/744000012399999'],
      ]);
      // Given as data: each posting's own `ref`; a posting with its jobAd merged needs none.
      const merged = { ...list, content: [{ ...list.content[0], jobAd: {} }, list.content[1]] };
      expect([...smartRecruitersDetailUrls(merged, undefined)]).to.deep.equal([
        ['744000012399999', 'https://api.smartrecruiters.com/v1/companies/BoschGroup/postings/744000012399999'],
      ]);
    });
  });

  describe('Recruitee', () => {
    it('maps offers with salary, closing date and flags; leaves drafts out', async () => {
      const { feed, byTitle } = adapt(await fixture('recruitee.json'), 'recruitee', { organization: { name: undefined } });
      expect(feed.organization.name).to.equal('Acme B.V.');
      expect(feed.postings.map((p) => p.title)).to.deep.equal(['Backend Developer (Elixir)', 'Office Manager']);

      const backend = byTitle('Backend Developer (Elixir)');
      expect(backend.id).to.equal('1434567');
      expect(departmentName(feed, backend)).to.equal('Product & Engineering');
      expect(backend.department).to.equal('product-engineering');
      expect(backend.workplace).to.equal('hybrid');
      expect(backend.locations).to.deep.equal([{ city: 'Amsterdam', region: 'North Holland', country: 'NL' }]);
      expect(backend.posted).to.equal('2026-10-28');
      expect(backend.closes).to.equal('2026-12-31');
      expect(backend.salary).to.deep.equal({ min: 4500, max: 6000, currency: 'EUR', period: 'month' });
      expect(backend.sections.map((s) => s.heading)).to.deep.equal(['About the role', 'Your role', 'Requirements']);
      expect(backend.apply?.url).to.equal('https://acme.recruitee.com/o/backend-developer-elixir/c/new');

      const office = byTitle('Office Manager');
      expect(office.employmentType).to.equal('part-time');
      expect(office.locations).to.deep.equal([{ city: 'Rotterdam', country: 'NL' }]);
      expect(office.sections.map((s) => s.heading)).to.deep.equal(['About the role']);
    });
  });

  describe('schema.org JobPosting JSON-LD', () => {
    it('reads an @graph: addresses, remote requirements, salary, identifiers', async () => {
      const { feed, byTitle } = adapt(await fixture('jsonld-graph.json'), 'jsonld', { organization: { name: undefined } });
      expect(feed.organization).to.deep.equal({ name: 'Initech', url: 'https://initech.example', logo: 'https://initech.example/logo.png', email: 'jobs@acme.example' });

      const engineer = byTitle('Software Engineer');
      expect(engineer.id).to.equal('SE-1234');
      expect(engineer.locations).to.deep.equal([{ city: 'Austin', region: 'TX', country: 'US' }]);
      expect(engineer.employmentType).to.equal('full-time');
      expect(engineer.closes).to.equal('2026-12-31');
      expect(engineer.salary).to.deep.equal({ min: 95000, max: 120000, currency: 'USD', period: 'year' });
      expect(engineer.sections.map((s) => s.heading)).to.deep.equal(['About the role', 'Responsibilities']);
      expect(engineer.apply?.url).to.equal('https://initech.example/careers/software-engineer');

      const agent = byTitle('Remote Support Agent');
      expect(agent.id, 'from the URL').to.equal('remote-support-agent');
      expect(agent.workplace).to.equal('remote');
      expect(agent.locations).to.deep.equal([
        { city: 'Remote', country: 'USA' },
        { city: 'Remote', country: 'Canada' },
      ]);
      expect(agent.posted).to.equal('2026-11-01');
      expect(agent.salary).to.deep.equal({ min: 21, currency: 'USD', period: 'hour' });
      expect(agent.summary, 'entity-encoded description decoded').to.equal('Answer customers from home.');
    });

    it('reads one object and a list', () => {
      const one = {
        '@context': 'https://schema.org/',
        '@type': 'JobPosting',
        title: 'Baker',
        description: '<p>Bread at dawn.</p>',
        datePosted: '2026-11-20',
        hiringOrganization: { '@type': 'Organization', name: 'Boulangerie' },
        jobLocation: { '@type': 'Place', address: 'Lyon, France' },
        identifier: 'baker-lyon',
      };
      expect(adapt(one, 'jsonld').feed.postings[0]).to.include({ id: 'baker-lyon', title: 'Baker', posted: '2026-11-20' });
      expect(adapt(one, 'jsonld').feed.postings[0].locations).to.deep.equal([{ city: 'Lyon', country: 'France' }]);
      const two = adapt([one, { ...one, identifier: 'baker-paris', title: 'Baker (Paris)' }], 'auto');
      expect(two.feed.postings.map((p) => p.id)).to.deep.equal(['baker-lyon', 'baker-paris']);
    });

    it('leaves out a hiringOrganization link that is no http(s) URL, never the posting or the list', () => {
      const posting = (identifier: string, hiringOrganization: object) => ({
        '@type': 'JobPosting',
        title: `Baker ${identifier}`,
        description: '<p>Bread at dawn.</p>',
        datePosted: '2026-11-20',
        hiringOrganization,
        jobLocation: { '@type': 'Place', address: 'Lyon, France' },
        identifier,
      });
      const bad = posting('bad', { name: 'Boulangerie', sameAs: 'javascript:alert(1)', logo: 'data:image/png;base64,AAAA' });
      const { feed, warnings } = adapt([bad, posting('good', { name: 'Boulangerie' })], 'jsonld');
      expect(feed.postings.map((p) => p.id)).to.deep.equal(['bad', 'good']);
      expect(feed.organization).to.not.have.any.keys('url', 'logo');
      expect(warnings.map((w) => w.message)).to.deep.equal([
        '[0].hiringOrganization.sameAs: "javascript:alert(1)" is not an http(s) URL; left out',
        '[0].hiringOrganization.logo: "data:image/png;base64,AAAA" is not an http(s) URL; left out',
      ]);
      // A later posting's good link is used; a list of links gives its first http(s) URL.
      const later = adapt([bad, posting('good', { name: 'B', sameAs: ['not a url', 'https://boulangerie.example/'] })], 'jsonld');
      expect(later.feed.organization.url).to.equal('https://boulangerie.example/');
      expect(later.feed.postings).to.have.length(2);
    });
  });

  describe('format="auto"', () => {
    it('recognises every sample, and our own format', async () => {
      const samples: [string, string][] = [
        ['greenhouse-jobs.json', 'greenhouse'],
        ['greenhouse-departments.json', 'greenhouse'],
        ['lever.json', 'lever'],
        ['ashby.json', 'ashby'],
        ['workable.json', 'workable'],
        ['smartrecruiters-list.json', 'smartrecruiters'],
        ['smartrecruiters-detail.json', 'smartrecruiters'],
        ['recruitee.json', 'recruitee'],
        ['jsonld-graph.json', 'jsonld'],
      ];
      for (const [file, format] of samples) expect(detectFormat(await fixture(file)), file).to.equal(format);
      const own = await (await fetch('/demo/postings.json')).json();
      expect(detectFormat(own)).to.equal('feed');
      expect(adaptFeed(own, 'auto').feed).to.equal(own);
    });

    it('gives the same feed as the explicit format', async () => {
      for (const [file, format] of [
        ['lever.json', 'lever'],
        ['ashby.json', 'ashby'],
        ['recruitee.json', 'recruitee'],
      ] as const) {
        const data = await fixture(file);
        expect(adaptFeed(data, 'auto', { organization }), file).to.deep.equal(adaptFeed(data, format, { organization }));
      }
    });

    it('says so when nothing is recognised, or the data is not the format named', async () => {
      expect(feedError(() => adaptFeed({ hello: 'world' }, 'auto')).message).to.match(/^The job feed is in a format we do not recognise/);
      const lever = await fixture('lever.json');
      const wrong = feedError(() => adaptFeed(lever, 'greenhouse'));
      expect(wrong.message).to.equal(
        'The job feed is not a Greenhouse job-board response (expected the answer of https://boards-api.greenhouse.io/v1/boards/{board}/jobs?content=true (or its /jobs/{id}, /departments, /offices)). It looks like a Lever response: set format="lever".',
      );
      expect(feedError(() => adaptFeed({}, 'teamtailor' as FeedFormat)).message).to.match(/^Unknown feed format "teamtailor"/);
      for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
        expect(feedError(() => adaptFeed({}, name as FeedFormat)).message).to.match(/^Unknown feed format/);
      }
    });
  });

  describe('a single bad job never sinks the feed', () => {
    it('skips or repairs broken jobs of every vendor with warnings', () => {
      const broken = [null, 42, 'text', { title: 17 }, { text: ['x'] }, { id: 'x' }];
      const shapes: [FeedFormat, unknown][] = [
        ['greenhouse', { jobs: [...broken, { id: 1, title: 'Good', location: { name: 'Oslo, Norway' }, updated_at: '2026-11-01T00:00:00Z', pay_input_ranges: [{ min_cents: 'x', currency_type: 'NOK' }] }] }],
        ['lever', [...broken, { id: 'g', text: 'Good', categories: { location: 7 }, createdAt: 'yesterday', salaryRange: { min: 10, max: 5, currency: 'USD' } }]],
        ['ashby', { jobs: [...broken, { id: 'g', title: 'Good', publishedAt: '2026-11-01', compensation: { summaryComponents: [{ compensationType: 'Salary', interval: '2 WEEK', currencyCode: 'USD', minValue: 1 }] } }] }],
        ['workable', { jobs: [...broken, { shortcode: 'G', title: 'Good', published_on: '2026-11-01', locations: 'nowhere' }] }],
        ['smartrecruiters', { content: [...broken, { id: '1', name: 'Good', releasedDate: '2026-11-01T00:00:00Z', location: null }] }],
        ['recruitee', { offers: [...broken, { id: 1, title: 'Good', published_at: '2026-11-01 00:00:00 UTC', salary: { min: 'lots', currency: 'EUR' } }] }],
        ['jsonld', [...broken, { '@type': 'JobPosting', title: 'Good', datePosted: '2026-11-01', baseSalary: { currency: 'EUR', value: 'a lot' } }]],
      ];
      for (const [format, data] of shapes) {
        const { feed, warnings } = adaptFeed(data, format, { organization });
        const parsed = parseFeed(feed);
        expect(parsed.feed.postings.map((p) => p.title), format).to.deep.equal(['Good']);
        expect(warnings.some((w) => /has no title; skipped|has no title \(id/.test(w.message)), `${format}: ${JSON.stringify(warnings)}`).to.equal(format !== 'jsonld');
      }
    });
  });
});

describe('feed responses that are not JSON', () => {
  it('names a JSONP wrapper', () => {
    const error = feedError(() => parseFeedResponseText('callback({"jobs":[]})', 'application/javascript'));
    expect(error.message).to.equal(
      'The job feed is wrapped in a JavaScript function call (JSONP) (served as application/javascript), not plain JSON. Remove the "callback" parameter from the feed URL.',
    );
  });

  it('names JSONP served from a real response', async () => {
    const response = await fetch('/test/fixtures/ats/jsonp.js');
    const text = await response.text();
    expect(feedError(() => parseFeedResponseText(text, response.headers.get('Content-Type'))).message).to.match(/^The job feed is wrapped in a JavaScript function call \(JSONP\) \(served as (?:application|text)\/javascript\)/);
    expect(feedError(() => parseFeedResponseText('/**/ jQuery123_456({"offers": []});')).message).to.contain('(JSONP)');
  });

  it('names a web page served instead of the feed', async () => {
    const response = await fetch('/test/fixtures/ats/careers-page.html');
    const text = await response.text();
    expect(feedError(() => parseFeedResponseText(text, response.headers.get('Content-Type'))).message).to.equal(
      "The job feed address returned a web page (served as text/html), not JSON. Check the feed URL: it must be the job board's API address, not the careers page.",
    );
    expect(feedError(() => parseFeedResponseText(text, null)).message).to.match(/^The job feed address returned a web page, not JSON/);
  });

  it('names XML, and reports a JSON syntax error', () => {
    expect(feedError(() => parseFeedResponseText('<?xml version="1.0"?><rss></rss>', 'application/rss+xml')).message).to.equal(
      'The job feed is XML (served as application/rss+xml), not JSON. Use the job board\'s JSON API address.',
    );
    expect(feedError(() => parseFeedResponseText('{"jobs": [', 'application/json')).message).to.match(/^The job feed is not valid JSON \(served as application\/json\) \(/);
  });

  it('accepts JSON whatever the content type says', () => {
    expect(parseFeedResponseText('{"jobs":[]}', 'text/plain; charset=utf-8')).to.deep.equal({ jobs: [] });
    expect(parseFeedResponseText('[]', 'text/html')).to.deep.equal([]);
    expect(parseFeedResponseText('\uFEFF{"offers":[]}', 'application/json'), 'a byte-order mark').to.deep.equal({ offers: [] });
  });
});
