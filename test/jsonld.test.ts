import { expect } from '@open-wc/testing';
import { adaptFeed, type AtsFormat } from '../src/feed/adapters/index.js';
import { postingJsonLd, jsonLdScript, jsonLdText } from '../src/feed/jsonld.js';
import { parseFeed } from '../src/feed/parse.js';
import type { Feed, Posting } from '../src/feed/schema.js';
import { makeFeed, makePosting } from './helpers.js';

type Json = Record<string, unknown>;
const EMPLOYMENT_TYPES = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER'];
const UNITS = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const isUrl = (value: unknown) => typeof value === 'string' && /^https?:\/\/\S+$/.test(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const obj = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});

/**
 * Google's rules for JobPosting rich results (Search Central, "Job posting structured data"): the required
 * properties (errors) and the recommended ones (reported as missing when they apply).
 */
function validateGoogleJobPosting(data: Json, { closes, salary }: { closes?: boolean; salary?: boolean } = {}) {
  const errors: string[] = [];
  const missing: string[] = [];
  const fail = (message: string) => errors.push(message);
  if (!/^https?:\/\/schema\.org\/?$/.test(String(data['@context']))) fail('@context must be schema.org');
  if (data['@type'] !== 'JobPosting') fail('@type must be JobPosting');
  // Required
  if (typeof data.title !== 'string' || !data.title.trim()) fail('title is required');
  else if (/<[a-z]/i.test(data.title)) fail('title must be text, not HTML');
  const description = data.description;
  if (typeof description !== 'string' || !description.trim()) fail('description is required');
  else {
    if (description === data.title) fail('description must not be the title');
    if (!/<(?:p|br|ul|li)\b|\n/.test(description)) fail('description needs paragraph breaks (<p>, <br> or newlines)');
  }
  if (typeof data.datePosted !== 'string' || !ISO_DATE.test(data.datePosted)) fail('datePosted must be an ISO 8601 date');
  const organization = obj(data.hiringOrganization);
  if (!organization.name) fail('hiringOrganization.name is required');
  if (organization.sameAs !== undefined && !isUrl(organization.sameAs)) fail('hiringOrganization.sameAs must be a URL');
  if (organization.logo !== undefined && !isUrl(organization.logo)) fail('hiringOrganization.logo must be a URL');
  const remote = data.jobLocationType === 'TELECOMMUTE';
  const places = list(data.jobLocation);
  if (!places.length && !remote) fail('jobLocation is required unless the job is fully remote (jobLocationType TELECOMMUTE)');
  for (const place of places) {
    const address = obj(obj(place).address);
    if (obj(place)['@type'] !== 'Place' || address['@type'] !== 'PostalAddress') fail('jobLocation must be a Place with a PostalAddress');
    if (!address.addressLocality && !address.addressRegion && !address.addressCountry) fail('jobLocation.address needs a locality, region or country');
    if (!address.addressCountry) missing.push('jobLocation.address.addressCountry');
  }
  if (remote) {
    const areas = list(data.applicantLocationRequirements);
    if (!areas.length && !places.length) fail('a TELECOMMUTE job without jobLocation needs applicantLocationRequirements');
    for (const area of areas) if (!['Country', 'State'].includes(String(obj(area)['@type'])) || !obj(area).name) fail('applicantLocationRequirements must be Country or State with a name');
  }
  // Recommended
  if (data.validThrough === undefined) {
    if (closes) missing.push('validThrough');
  } else if (typeof data.validThrough !== 'string' || !ISO_DATE.test(data.validThrough)) fail('validThrough must be an ISO 8601 date-time');
  else if (String(data.validThrough) < String(data.datePosted)) fail('validThrough must not be before datePosted');
  if (data.employmentType === undefined) missing.push('employmentType');
  else for (const type of list(data.employmentType)) if (!EMPLOYMENT_TYPES.includes(String(type))) fail(`employmentType ${String(type)} is not one of Google's`);
  if (data.baseSalary === undefined) {
    if (salary) missing.push('baseSalary');
  } else {
    const amount = obj(data.baseSalary);
    const value = obj(amount.value);
    if (amount['@type'] !== 'MonetaryAmount') fail('baseSalary must be a MonetaryAmount');
    if (!/^[A-Z]{3}$/.test(String(amount.currency))) fail('baseSalary.currency must be an ISO 4217 code');
    if (value['@type'] !== 'QuantitativeValue') fail('baseSalary.value must be a QuantitativeValue');
    const numbers = [value.value, value.minValue, value.maxValue].filter((n) => n !== undefined);
    if (!numbers.length || numbers.some((n) => typeof n !== 'number' || n < 0)) fail('baseSalary.value needs value or minValue/maxValue numbers');
    if (typeof value.minValue === 'number' && typeof value.maxValue === 'number' && value.minValue > value.maxValue) fail('minValue > maxValue');
    if (!UNITS.includes(String(value.unitText))) fail('baseSalary.value.unitText must be HOUR, DAY, WEEK, MONTH or YEAR');
  }
  const identifier = obj(data.identifier);
  if (data.identifier === undefined) missing.push('identifier');
  else if (identifier['@type'] !== 'PropertyValue' || !identifier.name || !identifier.value) fail('identifier must be a PropertyValue with name and value');
  if (data.directApply === undefined) missing.push('directApply');
  else if (typeof data.directApply !== 'boolean') fail('directApply must be true or false');
  if (remote && !list(data.applicantLocationRequirements).length) missing.push('applicantLocationRequirements');
  return { errors, missing };
}

function expectValid(posting: Posting, feed: Pick<Feed, 'organization'>, data = postingJsonLd(posting, feed)) {
  const { errors, missing } = validateGoogleJobPosting(data, { closes: Boolean(posting.closes), salary: Boolean(posting.salary) });
  expect(errors, `${posting.id}: errors`).to.deep.equal([]);
  expect(missing, `${posting.id}: recommended properties missing`).to.deep.equal([]);
  return data;
}

describe('postingJsonLd: Google for Jobs structured data', () => {
  it('is complete for an on-site posting with salary and closing date', () => {
    const posting = makePosting({
      closes: '2026-12-31',
      salary: { min: 90000, max: 120000, currency: 'SGD', period: 'year' },
      apply: { form: '/api/applications' },
    });
    const feed = makeFeed([posting]);
    const data = expectValid(posting, { organization: { ...feed.organization, url: '/about', logo: 'https://acme.example/logo.png' } }, undefined);
    expect(data).to.deep.include({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Network Engineer',
      datePosted: '2026-11-03',
      validThrough: '2026-12-31T23:59:59',
      employmentType: 'FULL_TIME',
      directApply: true,
    });
    const full = postingJsonLd(posting, { organization: { ...feed.organization, url: '/about', logo: 'https://acme.example/logo.png' } }, { url: 'https://acme.example/careers?job=network-engineer' });
    expectValid(posting, feed, full);
    expect(full.url).to.equal('https://acme.example/careers?job=network-engineer');
    expect(full.hiringOrganization).to.deep.equal({ '@type': 'Organization', name: 'Acme Trading', sameAs: 'https://acme.example/about', logo: 'https://acme.example/logo.png' });
    expect(full.jobLocation).to.deep.equal({ '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Singapore', addressCountry: 'SG' } });
    expect(full.baseSalary).to.deep.equal({ '@type': 'MonetaryAmount', currency: 'SGD', value: { '@type': 'QuantitativeValue', minValue: 90000, maxValue: 120000, unitText: 'YEAR' } });
    expect(full.identifier).to.deep.equal({ '@type': 'PropertyValue', name: 'Acme Trading', value: 'network-engineer' });
    expect(full.description).to.equal(
      '<p>Keep our low-latency network running.</p><p><strong>Purpose of the role</strong></p><p>You run the network.</p>' +
        '<p><strong>Skills</strong></p><ul><li>Advanced troubleshooting in:<ul><li>BGP and OSPF<ul><li>Route tagging</li></ul></li></ul></li><li>CCNP</li></ul>',
    );
  });

  it('marks a remote posting TELECOMMUTE with the countries candidates may live in', () => {
    const posting = makePosting({
      workplace: 'remote',
      employmentType: 'contract',
      locations: [{ city: 'Remote', country: 'DE' }, { city: 'Lisbon', country: 'Portugal' }, { city: 'Remote', country: 'DE' }],
      salary: { min: 70, currency: 'EUR', period: 'hour' },
    });
    const data = expectValid(posting, makeFeed([posting]));
    expect(data.jobLocationType).to.equal('TELECOMMUTE');
    expect(data.jobLocation).to.equal(undefined);
    expect(data.applicantLocationRequirements).to.deep.equal([{ '@type': 'Country', name: 'DE' }, { '@type': 'Country', name: 'Portugal' }]);
    expect(data.employmentType).to.equal('CONTRACTOR');
    expect(data.baseSalary).to.deep.equal({ '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', value: 70, unitText: 'HOUR' } });
    expect(data.directApply, 'no form endpoint: applying happens elsewhere').to.equal(false);
  });

  it('maps every employment type and period, and lists several locations', () => {
    const types = { 'full-time': 'FULL_TIME', 'part-time': 'PART_TIME', contract: 'CONTRACTOR', temporary: 'TEMPORARY', internship: 'INTERN' } as const;
    for (const [type, google] of Object.entries(types)) expect(postingJsonLd(makePosting({ employmentType: type as Posting['employmentType'] }), makeFeed()).employmentType).to.equal(google);
    for (const period of ['year', 'month', 'week', 'day', 'hour'] as const) {
      const data = postingJsonLd(makePosting({ salary: { min: 1, max: 2, currency: 'USD', period } }), makeFeed());
      expect(obj(obj(data.baseSalary).value).unitText).to.equal(period.toUpperCase());
    }
    const posting = makePosting({ locations: [{ city: 'New York', region: 'NY', country: 'US' }, { city: 'Toronto', country: 'Toronto' }] });
    const data = postingJsonLd(posting, makeFeed(), { directApply: true });
    // One name alone is a city we cannot put in a country: no made-up country, which Google only recommends.
    expect(validateGoogleJobPosting(data)).to.deep.equal({ errors: [], missing: ['jobLocation.address.addressCountry'] });
    expect(data.jobLocation).to.deep.equal([
      { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'New York', addressRegion: 'NY', addressCountry: 'US' } },
      { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Toronto' } },
    ]);
    expect(data.directApply).to.equal(true);
  });

  it('is valid for every seed posting', async () => {
    const { feed } = parseFeed(await (await fetch('/demo/postings.json')).json());
    for (const posting of feed.postings) expectValid(posting, feed, postingJsonLd(posting, feed, { url: `https://example.com/careers?job=${posting.id}` }));
  });

  it('is valid for every posting of every ATS sample', async () => {
    const samples: [AtsFormat, string[]][] = [
      ['greenhouse', ['greenhouse-jobs.json']],
      ['lever', ['lever.json']],
      ['ashby', ['ashby.json']],
      ['workable', ['workable.json']],
      ['smartrecruiters', ['smartrecruiters-list.json']],
      ['recruitee', ['recruitee.json']],
      ['jsonld', ['jsonld-graph.json']],
    ];
    let count = 0;
    for (const [format, files] of samples) {
      const data = await (await fetch(`/test/fixtures/ats/${files[0]}`)).json();
      const { feed } = parseFeed(adaptFeed(data, format, { organization: { name: 'Acme', email: 'jobs@acme.example' } }).feed);
      for (const posting of feed.postings) {
        const data = postingJsonLd(posting, feed);
        // A list without descriptions (SmartRecruiters without details): no JobPosting at all.
        if (!data) {
          expect(posting.sections, `${format} ${posting.id}`).to.deep.equal([]);
          continue;
        }
        // Single names such as "Toronto" have no country: Google only recommends one.
        const { errors } = validateGoogleJobPosting(data, { closes: Boolean(posting.closes), salary: Boolean(posting.salary) });
        expect(errors, `${format} ${posting.id}`).to.deep.equal([]);
        count++;
      }
    }
    expect(count).to.equal(14); // the SmartRecruiters list has no details here: none of its two
  });

  it('escapes text in the description HTML and keeps html blocks to safe tags', () => {
    const posting = makePosting({
      summary: 'Fish & chips <b>now</b>',
      sections: [{ heading: 'A <heading>', blocks: [{ type: 'html', html: '<p onclick="x()">Rich <em>text</em> <a href="javascript:alert(1)">link</a></p><script>alert(1)</script>' }, { type: 'paragraph', text: '<img src=x onerror=alert(1)>' }] }],
    });
    expect(postingJsonLd(posting, makeFeed()).description).to.equal(
      '<p>Fish &amp; chips &lt;b&gt;now&lt;/b&gt;</p><p><strong>A &lt;heading&gt;</strong></p><p>Rich text link</p><p>&lt;img src=x onerror=alert(1)&gt;</p>',
    );
  });

  it('prints a script element no posting text can break out of', async () => {
    const posting = makePosting({ title: '</script><script>window.__xss = 1</script> & \u2028' });
    const data = postingJsonLd(posting, makeFeed());
    const script = jsonLdScript(data);
    expect(script.match(/<\/script/gi)).to.have.length(1);
    expect(JSON.parse(jsonLdText(data))).to.deep.equal(data);
    const box = document.createElement('div');
    box.innerHTML = script;
    document.body.append(box);
    const element = box.querySelector('script[type="application/ld+json"]')!;
    expect(JSON.parse(element.textContent!)).to.deep.equal(data);
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
    box.remove();
  });
});
