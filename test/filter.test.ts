import { expect } from '@open-wc/testing';
import { applyFilters, facetCounts, FACETS, type FacetOption, type Filters } from '../src/feed/filter.js';
import type { Posting } from '../src/feed/schema.js';
import { buildIndex, type SearchIndex } from '../src/feed/search.js';
import { makeFeed, makePosting } from './helpers.js';

const departments = [
  { id: 'eng', name: 'Engineering' },
  { id: 'ops', name: 'Operations' }, // no postings
  { id: 'sales', name: 'Sales' },
];

function posting(id: string, overrides: Partial<Posting>): Posting {
  return makePosting({ id, summary: 'Join us.', sections: [], corporateTitle: undefined, ...overrides });
}

const POSTINGS = [
  posting('net-sg', { title: 'Network Engineer', department: 'eng', locations: [{ city: 'Singapore', country: 'SG' }] }),
  posting('sales-ny', {
    title: 'Sales Manager',
    department: 'sales',
    locations: [{ city: 'New York', region: 'NY', country: 'US' }],
    workplace: 'hybrid',
  }),
  posting('platform-chi', {
    title: 'Platform Engineer',
    department: 'eng',
    locations: [{ city: 'Chicago', region: 'IL', country: 'US' }],
    employmentType: 'contract',
    workplace: 'remote',
  }),
  posting('analyst-zrh', {
    title: 'Sales Analyst',
    department: 'sales',
    locations: [{ city: 'Zürich', country: 'CH' }],
    employmentType: 'part-time',
  }),
  posting('data-sp-ny', {
    title: 'Data Engineer',
    department: 'eng',
    locations: [
      { city: 'São Paulo', country: 'BR' },
      { city: 'New York', region: 'NY', country: 'US' },
    ],
    workplace: 'remote',
  }),
];

let index: SearchIndex;
beforeEach(() => {
  const feed = makeFeed(POSTINGS, departments);
  index = buildIndex(feed.postings, feed.departments);
});

const none: Filters = { query: '', department: [], location: [], workplace: [], employmentType: [] };
const filtered = (filters: Partial<Filters>) => applyFilters(index, { ...none, ...filters }).map((p) => p.id);

/** `value: count` per option, `*` marking the selected ones: easy to read in a failure. */
function counts(filters: Partial<Filters>): Record<string, string[]> {
  const all = facetCounts(index, { ...none, ...filters });
  const show = (o: FacetOption) => `${o.value}: ${o.count}${o.selected ? ' *' : ''}`;
  return Object.fromEntries(FACETS.map((facet) => [facet, all[facet].map(show)]));
}

describe('applyFilters', () => {
  it('keeps every posting, in feed order, without filters', () => {
    expect(filtered({})).to.deep.equal(POSTINGS.map((p) => p.id));
  });

  it('matches any value within a facet and every facet', () => {
    expect(filtered({ department: ['eng'] })).to.deep.equal(['net-sg', 'platform-chi', 'data-sp-ny']);
    expect(filtered({ workplace: ['remote', 'hybrid'] })).to.deep.equal(['sales-ny', 'platform-chi', 'data-sp-ny']);
    expect(filtered({ department: ['eng'], workplace: ['remote', 'hybrid'] })).to.deep.equal(['platform-chi', 'data-sp-ny']);
    expect(filtered({ department: ['eng'], workplace: ['remote'], employmentType: ['contract'] })).to.deep.equal(['platform-chi']);
    expect(filtered({ department: ['ops'] })).to.deep.equal([]);
  });

  it('matches a location by city, region, country code or English country name, ignoring case and accents', () => {
    expect(filtered({ location: ['Singapore'] })).to.deep.equal(['net-sg']);
    expect(filtered({ location: ['SG'] })).to.deep.equal(['net-sg']);
    expect(filtered({ location: ['US'] })).to.deep.equal(['sales-ny', 'platform-chi', 'data-sp-ny']);
    expect(filtered({ location: ['united states'] })).to.deep.equal(['sales-ny', 'platform-chi', 'data-sp-ny']);
    expect(filtered({ location: ['il'] })).to.deep.equal(['platform-chi']);
    expect(filtered({ location: ['zurich', 'Switzerland'] })).to.deep.equal(['analyst-zrh']);
    expect(filtered({ location: ['SAO PAULO'] })).to.deep.equal(['data-sp-ny']);
    expect(filtered({ location: ['New York'] })).to.deep.equal(['sales-ny', 'data-sp-ny']);
    expect(filtered({ location: ['Mars'] })).to.deep.equal([]);
  });

  it('matches a department by id and other facets by their feed values, ignoring case', () => {
    expect(filtered({ department: ['SALES'] })).to.deep.equal(['sales-ny', 'analyst-zrh']);
    expect(filtered({ department: ['Engineering'] })).to.deep.equal([]); // a name is not an id
    expect(filtered({ employmentType: ['part-time'] })).to.deep.equal(['analyst-zrh']);
    expect(filtered({ workplace: ['On-site'] })).to.deep.equal(['net-sg', 'analyst-zrh']);
  });

  it('applies the query with its ranking', () => {
    expect(filtered({ query: 'engineer' })).to.deep.equal(['net-sg', 'platform-chi', 'data-sp-ny']);
    expect(filtered({ query: 'analyst' })).to.deep.equal(['analyst-zrh']);
    expect(filtered({ query: 'sales' })).to.deep.equal(['sales-ny', 'analyst-zrh']); // titles first, feed order within
    expect(filtered({ query: 'analyst sales' })).to.deep.equal(['analyst-zrh']);
    expect(filtered({ query: 'engineer', location: ['US'] })).to.deep.equal(['platform-chi', 'data-sp-ny']);
    expect(filtered({ query: 'manager', department: ['sales'] })).to.deep.equal(['sales-ny']);
    expect(filtered({ query: 'york' })).to.deep.equal(['sales-ny', 'data-sp-ny']);
  });
});

describe('facetCounts', () => {
  it('lists the options found in the feed, in feed or schema order, with their counts', () => {
    expect(counts({})).to.deep.equal({
      department: ['eng: 3', 'sales: 2'], // feed order; ops has no posting
      location: ['Singapore: 1', 'New York: 2', 'Chicago: 1', 'Zürich: 1', 'São Paulo: 1'], // first appearance
      workplace: ['on-site: 2', 'hybrid: 1', 'remote: 2'], // schema order
      employmentType: ['full-time: 3', 'part-time: 1', 'contract: 1'],
    });
  });

  it("counts each facet under the query and the other facets' selections, not its own", () => {
    expect(counts({ department: ['eng'] })).to.deep.equal({
      department: ['eng: 3 *', 'sales: 2'],
      location: ['Singapore: 1', 'New York: 1', 'Chicago: 1', 'São Paulo: 1'],
      workplace: ['on-site: 1', 'remote: 2'],
      employmentType: ['full-time: 2', 'contract: 1'],
    });
    expect(counts({ department: ['eng'], workplace: ['remote'] })).to.deep.equal({
      department: ['eng: 2 *'], // sales has no remote posting
      location: ['New York: 1', 'Chicago: 1', 'São Paulo: 1'],
      workplace: ['on-site: 1', 'remote: 2 *'],
      employmentType: ['full-time: 1', 'contract: 1'],
    });
    expect(counts({ query: 'engineer', workplace: ['on-site', 'hybrid'] })).to.deep.equal({
      department: ['eng: 1'],
      location: ['Singapore: 1'],
      workplace: ['on-site: 1 *', 'hybrid: 0 *', 'remote: 2'],
      employmentType: ['full-time: 1'],
    });
  });

  it('lists selected options even when nothing would match them', () => {
    const result = counts({ department: ['ops'], employmentType: ['internship'], workplace: ['hybrid'], location: ['Chicago'] });
    expect(result.department).to.deep.equal(['ops: 0 *']);
    expect(result.employmentType).to.deep.equal(['internship: 0 *']);
    expect(result.workplace).to.deep.equal(['hybrid: 0 *']);
    expect(result.location).to.deep.equal(['Chicago: 0 *']);
  });

  it('marks the option a preset selects, whatever its case, accents or form', () => {
    expect(counts({ location: ['singapore'] }).location).to.deep.equal([
      'Singapore: 1 *',
      'New York: 2',
      'Chicago: 1',
      'Zürich: 1',
      'São Paulo: 1',
    ]);
    expect(counts({ location: ['zurich'] }).location[3]).to.equal('Zürich: 1 *');
    expect(counts({ department: ['ENG'] }).department).to.deep.equal(['eng: 3 *', 'sales: 2']);
  });

  it('lists presets that are no option (a country, a region) after the options, counted', () => {
    expect(counts({ location: ['US'] }).location).to.deep.equal([
      'Singapore: 1',
      'New York: 2',
      'Chicago: 1',
      'Zürich: 1',
      'São Paulo: 1',
      'US: 3 *',
    ]);
    expect(counts({ location: ['United States', 'Mars'], department: ['eng'] }).location).to.deep.equal([
      'Singapore: 1',
      'New York: 1',
      'Chicago: 1',
      'São Paulo: 1',
      'United States: 2 *',
      'Mars: 0 *',
    ]);
    expect(counts({ location: ['US'] }).department).to.deep.equal(['eng: 2', 'sales: 1']);
  });

  it('shows one option for cities that differ only in accents, as first written', () => {
    const feed = makeFeed(
      [
        posting('a', { locations: [{ city: 'Zürich', country: 'CH' }] }),
        posting('b', { locations: [{ city: 'Zurich', country: 'CH' }] }),
        posting('c', { locations: [{ city: 'ZÜRICH', country: 'CH' }] }),
      ],
      departments,
    );
    const result = facetCounts(buildIndex(feed.postings, feed.departments), { ...none, location: ['zurich'] });
    expect(result.location).to.deep.equal([{ value: 'Zürich', count: 3, selected: true }]);
  });

  it('counts a posting once per option, even with two locations in one country', () => {
    const feed = makeFeed(
      [
        posting('two', {
          locations: [
            { city: 'New York', country: 'US' },
            { city: 'Chicago', country: 'US' },
          ],
        }),
        posting('sg', { locations: [{ city: 'Singapore', country: 'SG' }] }), // city and country name are both "Singapore"
      ],
      departments,
    );
    const result = facetCounts(buildIndex(feed.postings, feed.departments), { ...none, location: ['US'] });
    expect(result.location.map((o) => `${o.value}: ${o.count}`)).to.deep.equal(['New York: 1', 'Chicago: 1', 'Singapore: 1', 'US: 1']);
  });
});
