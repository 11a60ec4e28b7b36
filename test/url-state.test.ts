import { expect } from '@open-wc/testing';
import { emptyUrlState, postingUrls, readUrlState, writeUrlState, type UrlState, type UrlStateOptions } from '../src/job-list/url-state.js';

const PAGE = 'https://acme.example/careers/';

function state(job?: string, filters: Partial<UrlState['filters']> = {}): UrlState {
  return { job, filters: { ...emptyUrlState().filters, ...filters } };
}

/** Writes `value` onto `start`, checks it reads back exactly, and returns the written URL. */
function roundTrip(value: UrlState, options: UrlStateOptions, start = PAGE): URL {
  const url = writeUrlState(new URL(start), value, options);
  expect(readUrlState(url, options)).to.deep.equal(value);
  // Through a string, as a shared link travels.
  expect(readUrlState(new URL(url.href), options)).to.deep.equal(value);
  return url;
}

const full = state('noc-engineer', {
  query: 'senior network',
  department: ['service-operations', 'technology'],
  location: ['Singapore, SG', 'Zürich'],
  workplace: ['hybrid', 'remote'],
  employmentType: ['full-time'],
});

const awkward = state('a.b_c~d-1', {
  query: 'C++ & C#, 100% = "müde" / ?x=1 #y 😀 O\'Brien (lead)! *',
  department: ['R&D', 'Sales, EMEA', 'a+b', 'eq=ual'],
  location: ['São Paulo, BR', 'Genève / Geneva', ' leading and trailing '],
  workplace: ['on-site'],
  employmentType: ['part-time', 'contract'],
});

describe('URL state', () => {
  it('writes readable query parameters in a fixed order', () => {
    const url = roundTrip(full, { mode: 'query' });
    expect(url.href).to.equal(
      `${PAGE}?job=noc-engineer&q=senior+network&department=service-operations,technology&location=Singapore%2C+SG,Z%C3%BCrich&workplace=hybrid,remote&type=full-time`,
    );
  });

  it('round-trips any text in query mode: commas, spaces, plus, ampersands, accents, emoji', () => {
    roundTrip(awkward, { mode: 'query' });
    roundTrip(awkward, { mode: 'query', prefix: 'careers-' });
  });

  it('round-trips in hash mode, with and without a prefix', () => {
    expect(roundTrip(full, { mode: 'hash' }).hash).to.equal(
      '#job=noc-engineer&q=senior+network&department=service-operations,technology&location=Singapore%2C+SG,Z%C3%BCrich&workplace=hybrid,remote&type=full-time',
    );
    roundTrip(awkward, { mode: 'hash' });
    const url = roundTrip(awkward, { mode: 'hash', prefix: 'careers-' });
    expect(url.hash).to.match(/^#careers-job=a\.b_c~d-1&careers-q=/);
    expect(url.search).to.equal('');
  });

  it('prefixes every parameter name and ignores parameters of another prefix', () => {
    const url = roundTrip(state('x', { query: 'ops', department: ['a', 'b'] }), { mode: 'query', prefix: 'careers-' });
    expect(url.search).to.equal('?careers-job=x&careers-q=ops&careers-department=a,b');
    expect(readUrlState(url, { mode: 'query' })).to.deep.equal(emptyUrlState());
    expect(readUrlState(url, { mode: 'query', prefix: 'jobs-' })).to.deep.equal(emptyUrlState());
  });

  it('leaves the host page’s own parameters and hash exactly as they were', () => {
    const start = `${PAGE}?utm_source=news+letter&ref=a%2Cb&flag#team`;
    const url = roundTrip(state('x', { department: ['eng'] }), { mode: 'query', prefix: 'careers-' }, start);
    expect(url.href).to.equal(`${PAGE}?utm_source=news+letter&ref=a%2Cb&flag&careers-job=x&careers-department=eng#team`);
    // Clearing the state gives the host's URL back.
    expect(writeUrlState(url, emptyUrlState(), { mode: 'query', prefix: 'careers-' }).href).to.equal(start);

    const hashed = roundTrip(state('x'), { mode: 'hash' }, `${PAGE}?job=host-owned&page=2`);
    expect(hashed.href).to.equal(`${PAGE}?job=host-owned&page=2#job=x`);
    expect(writeUrlState(hashed, emptyUrlState(), { mode: 'hash' }).href).to.equal(`${PAGE}?job=host-owned&page=2`);
  });

  it('replaces its own parameters wherever they were, so equal states give equal URLs', () => {
    const options: UrlStateOptions = { mode: 'query', prefix: 'c-' };
    const messy = new URL(`${PAGE}?c-type=x&a=1&c-q=old&c-department=z&b=2&c-job=old`);
    const value = state('new', { query: 'new', employmentType: ['internship'] });
    const once = writeUrlState(messy, value, options);
    expect(once.search).to.equal('?a=1&b=2&c-job=new&c-q=new&c-type=internship');
    expect(writeUrlState(once, value, options).href).to.equal(once.href);
    expect(writeUrlState(new URL(`${PAGE}?a=1&b=2`), value, options).href).to.equal(once.href);
  });

  it('leaves out empty values', () => {
    const url = writeUrlState(new URL(PAGE), state('', { query: '  ', department: [''], location: ['', 'x'] }), { mode: 'query' });
    expect(url.href).to.equal(`${PAGE}?location=x`);
    expect(writeUrlState(new URL(PAGE), emptyUrlState(), { mode: 'query' }).href).to.equal(PAGE);
    expect(writeUrlState(new URL(PAGE), emptyUrlState(), { mode: 'hash' }).href).to.equal(PAGE);
  });

  it('reads repeated parameters, + as a space, and survives malformed escapes', () => {
    const url = new URL(`${PAGE}?department=a&department=b,c&q=senior+engineer&location=%E0%A4%A&job=`);
    expect(readUrlState(url, { mode: 'query' })).to.deep.equal(
      state(undefined, { query: 'senior engineer', department: ['a', 'b', 'c'], location: ['%E0%A4%A'] }),
    );
    // Parameter names that merely look like ours are not ours.
    expect(readUrlState(new URL(`${PAGE}?toString=1&constructor=2&jobs=3`), { mode: 'query' })).to.deep.equal(emptyUrlState());
  });

  it('in hash mode, leaves a host anchor alone: reads nothing and writes nothing', () => {
    for (const hash of ['#team', '#/careers/open', '#section-2']) {
      const url = new URL(`${PAGE}${hash}`);
      expect(readUrlState(url, { mode: 'hash' })).to.deep.equal(emptyUrlState());
      const written = writeUrlState(url, full, { mode: 'hash' });
      expect(written.href).to.equal(url.href);
      expect(written).not.to.equal(url);
    }
  });

  it('in hash mode, shares the hash with another widget’s prefixed parameters', () => {
    const start = `${PAGE}#other-job=1`;
    const url = roundTrip(state('x', { query: 'y' }), { mode: 'hash', prefix: 'careers-' }, start);
    expect(url.hash).to.equal('#other-job=1&careers-job=x&careers-q=y');
    expect(readUrlState(url, { mode: 'hash', prefix: 'other-' }).job).to.equal('1');
    expect(writeUrlState(url, emptyUrlState(), { mode: 'hash', prefix: 'careers-' }).href).to.equal(start);
  });

  it('does nothing in mode off', () => {
    const url = new URL(`${PAGE}?job=x&q=y#department=a`);
    expect(readUrlState(url, { mode: 'off' })).to.deep.equal(emptyUrlState());
    const written = writeUrlState(url, full, { mode: 'off' });
    expect(written.href).to.equal(url.href);
    expect(written).not.to.equal(url);
  });

  it('returns a new URL and leaves the one given untouched', () => {
    const url = new URL(`${PAGE}?a=1`);
    const written = writeUrlState(url, full, { mode: 'query' });
    expect(url.href).to.equal(`${PAGE}?a=1`);
    expect(written).not.to.equal(url);
  });

  it("gives each posting's address for a page of postings as writing it one at a time would", () => {
    const ids = ['noc-engineer', awkward.job!, 'R&D lead, 100% #1', 'São Paulo+ ?x=1', 'careers-widgets-posting-id', ''];
    const pages = [
      [PAGE, { mode: 'query' }],
      [`${PAGE}?utm_source=news&job=old&q=kept#team`, { mode: 'query' }],
      [`${PAGE}?a=1#careers-job=old&careers-q=x`, { mode: 'hash', prefix: 'careers-' }],
      [`${PAGE}#team`, { mode: 'hash' }],
      [`${PAGE}?job=x`, { mode: 'off' }],
      // The host's own address names the marker: still right.
      [`${PAGE}?careers-widgets-posting-id=1`, { mode: 'query' }],
    ] as const;
    for (const [page, options] of pages) {
      const urls = postingUrls(new URL(page), options);
      for (const id of ids) expect(urls(id), `${page} ${options.mode} ${id}`).to.equal(writeUrlState(new URL(page), state(id), options).href);
    }
    // Read back, the address opens that posting.
    expect(readUrlState(new URL(postingUrls(new URL(PAGE), { mode: 'query' })('R&D lead, 100% #1')), { mode: 'query' }).job).to.equal('R&D lead, 100% #1');
  });
});
