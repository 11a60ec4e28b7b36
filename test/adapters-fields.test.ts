/**
 * Issue 14: ATS feeds a company never has to correct. Each case on a fixture written from the vendor's documented
 * response shape, the adapted postings compared field by field.
 */
import { expect } from '@open-wc/testing';
import { adaptFeed, detectFormat, parseFeedResponseText, type AdaptOptions, type FeedFormat } from '../src/feed/adapters/index.js';
import { decodeEntities, htmlToText } from '../src/feed/adapters/html.js';
import { hasDescription, postingJsonLd } from '../src/feed/jsonld.js';
import { parseFeed } from '../src/feed/parse.js';
import type { Posting } from '../src/feed/schema.js';

const organization = { name: 'BrightPath', email: 'jobs@brightpath.example' };
const fixture = async (name: string): Promise<unknown> => (await fetch(`/test/fixtures/ats/${name}`)).json();

function adapt(data: unknown, format: FeedFormat, options: AdaptOptions = {}) {
  const adapted = adaptFeed(data, format, { ...options, organization });
  const parsed = parseFeed(adapted.feed);
  expect(parsed.warnings, 'parseFeed accepts every adapted posting').to.deep.equal([]);
  const byTitle = (title: string): Posting => parsed.feed.postings.find((p) => p.title === title) ?? expect.fail(`no posting "${title}"`);
  return { feed: parsed.feed, warnings: adapted.warnings, byTitle };
}

/** The facts of a posting, field by field (body compared separately). */
const facts = ({ sections: _sections, summary: _summary, ...rest }: Posting) => rest;

describe('Greenhouse: every field as the board says it', () => {
  it('infers the pay period from the ranges, prefers the job’s own location, reads the deadline, Location Type and pay in content', async () => {
    const { feed, warnings, byTitle } = adapt(await fixture('greenhouse-cases.json'), 'greenhouse');
    expect(warnings).to.deep.equal([]);
    expect(feed.departments).to.deep.equal([
      { id: 'instruction', name: 'Instruction' },
      { id: 'curriculum', name: 'Curriculum' },
    ]);
    // "Pay range" $75–100 and $50–70, no period named: under 1,000 a unit is an hour's pay, not a year's.
    // "Arlington, Virginia" is the job's own place; its office "United States" adds nothing.
    expect(facts(byTitle('Coding Instructor (Evenings)'))).to.deep.equal({
      id: '5101001008',
      title: 'Coding Instructor (Evenings)',
      department: 'instruction',
      locations: [{ city: 'Arlington', region: 'Virginia', country: 'US' }],
      // No employment type: Greenhouse gives none and the title names none (not guessed as full-time).
      workplace: 'hybrid', // metadata "Location Type: Hybrid"
      posted: '2026-11-02',
      closes: '2031-01-15', // application_deadline
      salary: { min: 50, max: 100, currency: 'USD', period: 'hour' },
      apply: { url: 'https://job-boards.greenhouse.io/brightpath/jobs/5101001008' },
    });
    // content=true with a pay-transparency block in it: the range becomes the salary.
    const lead = byTitle('Curriculum Lead');
    expect(lead.salary).to.deep.equal({ min: 180000, max: 230000, currency: 'USD', period: 'year' });
    expect(lead.locations).to.deep.equal([{ city: 'Denver', region: 'CO', country: 'US' }]);
    expect(postingJsonLd(lead, feed)!.baseSalary).to.deep.equal({
      '@type': 'MonetaryAmount',
      currency: 'USD',
      value: { '@type': 'QuantitativeValue', unitText: 'YEAR', minValue: 180000, maxValue: 230000 },
    });
    // A deadline already past: the closing date is kept, and the list leaves the posting out (isClosed).
    expect(byTitle('Spring Cohort Mentor').closes).to.equal('2026-11-15');
    // A place that names no country is completed by the office of the same city.
    const teacher = byTitle('Lehrkraft Programmieren (m/w/d)');
    expect(teacher.locations).to.deep.equal([{ city: 'München', region: 'Bayern', country: 'Germany' }]);
    expect(teacher.workplace).to.equal('on-site'); // stated: "Location Type: On-site"
  });

  it('decodes every HTML5 named character reference, as the browser does', async () => {
    const { byTitle } = adapt(await fixture('greenhouse-cases.json'), 'greenhouse');
    expect(byTitle('Lehrkraft Programmieren (m/w/d)').summary).to.equal(
      'Wir suchen Verstärkung für unser Team in München – schön, dass du da bist: Café, Straße, Århus, ½ Tag ♥ — & ’.',
    );
    expect(htmlToText('<p>f&uuml;r &eacute; &auml; &ouml; &szlig; &nbsp;&mdash; &amp; &rsquo;</p>')).to.equal('für é ä ö ß \u00a0— & ’'.replace(/\s+/g, ' '));
    // Unknown names and names without ";" stay as written; one pass only.
    expect(decodeEntities('&constructor; &uuml &amp;uuml; &NotNestedGreaterGreater;')).to.equal('&constructor; &uuml &uuml; \u2AA2\u0338');
    // The browser's own parser agrees on each: a sample of the 2,231 names.
    const doc = new DOMParser().parseFromString('', 'text/html');
    for (const name of ['Aacute', 'aring', 'frac34', 'hearts', 'rarr', 'lceil', 'Zeta', 'ohm', 'check', 'star', 'bigstar', 'fjlig']) {
      const p = doc.createElement('p');
      p.innerHTML = `&${name};`;
      expect(decodeEntities(`&${name};`), name).to.equal(p.textContent);
    }
  });

  it('reads a single job, the /departments and the /offices endpoints', async () => {
    const single = await fixture('greenhouse-job.json');
    expect(detectFormat(single)).to.equal('greenhouse');
    const one = adapt(single, 'auto');
    expect(one.feed.postings.map(facts)).to.deep.equal([facts(adapt(await fixture('greenhouse-cases.json'), 'greenhouse').byTitle('Coding Instructor (Evenings)'))]);

    const offices = await fixture('greenhouse-offices.json');
    expect(detectFormat(offices)).to.equal('greenhouse');
    const { feed, byTitle } = adapt(offices, 'auto');
    expect(feed.departments.map((d) => d.name)).to.deep.equal(['Instruction', 'Curriculum', 'Career Services']);
    expect(feed.postings.map((p) => p.title)).to.deep.equal(['Coding Instructor (Evenings)', 'Spring Cohort Mentor', 'Curriculum Lead']);
    expect(byTitle('Curriculum Lead').locations).to.deep.equal([{ city: 'Denver', region: 'CO', country: 'US' }]);
    // Without content there is no description: no JobPosting for it (Google requires one).
    expect(hasDescription(byTitle('Curriculum Lead'))).to.equal(false);
    expect(postingJsonLd(byTitle('Curriculum Lead'), feed)).to.equal(undefined);
  });

  it('leaves a range with no period it can be sure of out, with a warning', () => {
    const job = { id: 1, title: 'Tutor', absolute_url: 'https://job-boards.greenhouse.io/x/jobs/1', first_published: '2026-11-01T00:00:00Z', location: { name: 'Boston, MA' } };
    const ranges = (title: string, min: number, max: number) => ({ jobs: [{ ...job, pay_input_ranges: [{ min_cents: min, max_cents: max, currency_type: 'USD', title, blurb: '' }] }] });
    expect(adapt(ranges('Monthly stipend', 250000, 300000), 'greenhouse').byTitle('Tutor').salary).to.deep.equal({ min: 2500, max: 3000, currency: 'USD', period: 'month' });
    const unsure = adapt(ranges('Pay range', 250000, 300000), 'greenhouse');
    expect(unsure.byTitle('Tutor').salary).to.equal(undefined);
    expect(unsure.warnings.map((w) => w.message)).to.deep.equal(['jobs[0] ("Tutor"): pay range 3000 names no period (hour, month, year); left out']);
  });
});

describe('Ashby: shouldDisplayCompensationOnJobPostings', () => {
  it('shows and publishes no pay the employer chose to hide', async () => {
    const data = (await fixture('ashby.json')) as { jobs: Record<string, unknown>[] };
    const hidden = { ...data, jobs: data.jobs.map((job) => ({ ...job, shouldDisplayCompensationOnJobPostings: false })) };
    const { feed, byTitle } = adapt(hidden, 'ashby');
    const manager = byTitle('Engineering Manager, Payments');
    expect(manager.salary).to.equal(undefined);
    expect(postingJsonLd(manager, feed)).not.to.have.property('baseSalary');
    expect(adapt(data, 'ashby').byTitle('Engineering Manager, Payments').salary).to.deep.equal({ min: 181000, max: 217000, currency: 'USD', period: 'year' });
  });
});

describe('an empty board may be a mistyped one', () => {
  it('warns, naming the board asked for', () => {
    const cases: [unknown, FeedFormat, string, string][] = [
      [[], 'lever', 'https://api.lever.co/v0/postings/acme-robotcs?mode=json', 'acme-robotcs'],
      [{ offset: 0, limit: 100, totalFound: 0, content: [] }, 'smartrecruiters', 'https://api.smartrecruiters.com/v1/companies/BoschGrop/postings', 'BoschGrop'],
      [{ name: 'x', jobs: [] }, 'workable', 'https://apply.workable.com/api/v1/widget/accounts/acmee?details=true', 'acmee'],
      [{ jobs: [], meta: { total: 0 } }, 'greenhouse', 'https://boards-api.greenhouse.io/v1/boards/vaultec/jobs', 'vaultec'],
    ];
    for (const [data, format, source, board] of cases) {
      const { warnings } = adaptFeed(data, format, { source });
      expect(warnings, format).to.have.length(1);
      expect(warnings[0].path).to.equal('board');
      expect(warnings[0].message, format).to.contain(`"${board}"`).and.to.contain(source);
    }
    // Departments without openings: a real, quiet board.
    expect(adaptFeed({ departments: [{ id: 1, name: 'Sales', child_ids: [], parent_id: null, jobs: [] }] }, 'greenhouse').warnings).to.deep.equal([]);
  });
});

describe('Personio XML', () => {
  it('reads <workzag-jobs> with DOMParser and maps each <position>', async () => {
    const xml = await (await fetch('/test/fixtures/ats/personio.xml')).text();
    const data = parseFeedResponseText(xml, 'text/xml; charset=utf-8');
    expect(detectFormat(data)).to.equal('personio');
    const adapted = adaptFeed(data, 'auto', { organization, source: 'https://nordlicht.jobs.personio.de/xml?language=de' });
    const parsed = parseFeed(adapted.feed);
    expect(adapted.warnings).to.deep.equal([]);
    expect(parsed.warnings).to.deep.equal([]);
    const [engineer, student] = parsed.feed.postings;
    expect(facts(engineer)).to.deep.equal({
      id: '1472583',
      title: 'Senior Frontend Engineer (m/w/d)',
      department: 'engineering',
      locations: [
        { city: 'München', country: 'München' },
        { city: 'Berlin', country: 'Berlin' },
      ],
      employmentType: 'full-time',
      // Personio's XML states no workplace: none (not on-site).
      corporateTitle: 'experienced',
      posted: '2026-11-12',
      apply: { url: 'https://nordlicht.jobs.personio.de/job/1472583' },
    });
    expect(engineer.summary).to.equal('Du baust unsere Web-App für Tausende Kunden.');
    expect(engineer.sections.map((s) => s.heading)).to.deep.equal(['Deine Aufgaben', 'Dein Profil']);
    expect(facts(student)).to.include({ title: 'Werkstudent Marketing (m/w/d)', employmentType: 'internship', corporateTitle: 'student', posted: '2026-11-20' });
    expect(parsed.feed.departments.map((d) => d.name)).to.deep.equal(['Engineering', 'Marketing']);
  });

  it('says which XML it is not', () => {
    expect(() => parseFeedResponseText('<?xml version="1.0"?><rss><channel/></rss>', 'application/xml')).to.throw(/XML/);
    expect(() => parseFeedResponseText('<workzag-jobs><position></workzag-jobs>', 'text/xml')).to.throw(/not well-formed/);
  });
});

describe('Only what the source says: no placeholder department, employment type or workplace', () => {
  it('maps an older Lever board whose postings lack a department, a commitment or a workplaceType', async () => {
    const { feed, warnings, byTitle } = adapt(await fixture('lever-sparse.json'), 'lever');
    expect(warnings).to.deep.equal([]);
    expect(feed.departments, 'only departments the board names').to.deep.equal([
      { id: 'operations', name: 'Operations' },
      { id: 'customer-success', name: 'Customer Success' },
    ]);
    expect(facts(byTitle('Warehouse Lead'))).to.deep.equal({
      id: '0f6a6c3e-2b7d-4c55-9a41-7d1e2f3a4b5c',
      title: 'Warehouse Lead',
      department: 'operations',
      locations: [{ city: 'Reno', region: 'NV', country: 'US' }],
      employmentType: 'full-time',
      workplace: 'on-site', // workplaceType "onsite": stated
      posted: '2026-10-21',
      apply: { url: 'https://jobs.lever.co/northwind/0f6a6c3e-2b7d-4c55-9a41-7d1e2f3a4b5c/apply' },
    });
    // Posted in 2020, before Lever had workplaceType; no department or team, no commitment: none of the three.
    expect(facts(byTitle('Delivery Driver'))).to.deep.equal({
      id: '8c0d2a71-5e4f-4a3b-b2c1-0a9f8e7d6c5b',
      title: 'Delivery Driver',
      locations: [{ city: 'Dublin', country: 'Ireland' }],
      posted: '2020-09-24',
      apply: { url: 'https://jobs.lever.co/northwind/8c0d2a71-5e4f-4a3b-b2c1-0a9f8e7d6c5b/apply' },
    });
    // A team but no department (the team groups); workplaceType "unspecified" and no word for it in "Austin, TX".
    expect(facts(byTitle('Customer Support Agent'))).to.deep.equal({
      id: '3d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a',
      title: 'Customer Support Agent',
      department: 'customer-success',
      locations: [{ city: 'Austin', region: 'TX', country: 'US' }],
      posted: '2026-10-14',
      apply: { url: 'https://jobs.lever.co/northwind/3d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a/apply' },
    });
    // JSON-LD leaves out what is unknown: no employmentType, no jobLocationType; the place is still there.
    const driver = postingJsonLd(byTitle('Delivery Driver'), feed)!;
    expect(driver).not.to.have.property('employmentType');
    expect(driver).not.to.have.property('jobLocationType');
    expect(driver.jobLocation).to.deep.equal({ '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Dublin', addressCountry: 'Ireland' } });
    expect(postingJsonLd(byTitle('Warehouse Lead'), feed)!.employmentType).to.equal('FULL_TIME');
  });

  it('reads SmartRecruiters and Recruitee workplace flags only when they say something', async () => {
    const list = (location: Record<string, unknown>) => ({
      offset: 0, limit: 100, totalFound: 1,
      content: [{ id: '7440001', name: 'Planner', releasedDate: '2026-11-01T08:00:00.000Z', location: { city: 'Lyon', country: 'fr', ...location } }],
    });
    const workplace = (location: Record<string, unknown>) => adapt(list(location), 'smartrecruiters').feed.postings[0].workplace;
    expect(workplace({ remote: false }), 'remote: false alone (no hybrid flag)').to.equal(undefined);
    expect(workplace({ remote: false, hybrid: false })).to.equal('on-site');
    expect(workplace({ remote: false, hybrid: true })).to.equal('hybrid');
    expect(workplace({ remote: true })).to.equal('remote');
    expect(workplace({}), 'no flag at all').to.equal(undefined);
    const recruitee = adapt(await fixture('recruitee.json'), 'recruitee');
    expect(recruitee.byTitle('Office Manager').workplace, 'remote: false, no hybrid or on_site flag').to.equal(undefined);
    expect(recruitee.byTitle('Office Manager').department, 'department: null').to.equal(undefined);
    expect(recruitee.byTitle('Backend Developer (Elixir)').workplace).to.equal('hybrid');
  });

  it('accepts a feed posting without department, employmentType or workplace, and still checks them when given', () => {
    const base = { id: 'a', title: 'Driver', locations: [{ city: 'Dublin', country: 'IE' }], posted: '2026-11-01', summary: 'Drive.', sections: [] };
    const feed = (posting: Record<string, unknown>) => ({ version: 1, organization: { name: 'N' }, departments: [{ id: 'ops', name: 'Ops' }], postings: [posting] });
    const ok = parseFeed(feed(base));
    expect(ok.warnings).to.deep.equal([]);
    expect(ok.feed.postings[0]).to.deep.equal(base);
    const bad = parseFeed(feed({ ...base, department: 'sales', employmentType: 'gig', workplace: 'moon' }));
    expect(bad.feed.postings).to.deep.equal([]);
    expect(bad.warnings.map((w) => w.path).sort()).to.deep.equal(['postings[0].employmentType', 'postings[0].workplace']);
    const unknown = parseFeed(feed({ ...base, department: 'sales' }));
    expect(unknown.warnings.map((w) => w.path)).to.deep.equal(['postings[0].department']);
  });
});
