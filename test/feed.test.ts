import { expect } from '@open-wc/testing';
import { applyRoute, formatSalary, mailtoUrl } from '../src/feed/format.js';
import { groupPostings } from '../src/job-list/results.js';
import { checkBodies, parseFeed, parseFeedInSlices, parseFeedText, warmParser } from '../src/feed/parse.js';
import { FeedJsonSplitter } from '../src/feed/stream.js';
import { requestFeed } from '../src/feed/fetch-feed.js';
import type { Feed, Posting } from '../src/feed/schema.js';
import { feedError, makePosting, SEED_TITLES } from './helpers.js';

async function seed(): Promise<unknown> {
  return (await fetch('/demo/postings.json')).json();
}

/** Raw feed data: overrides may break the schema on purpose (a number title, a missing field). */
function posting(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...makePosting({ id: 'p1', title: 'Engineer', sections: [] }), ...overrides };
}

function feed(postings: unknown[], extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    organization: { name: 'Acme', email: 'jobs@acme.example' },
    departments: [{ id: 'eng', name: 'Engineering' }],
    postings,
    ...extra,
  };
}

describe('feed schema and parsing', () => {
  it('accepts the seed careers page: 6 postings, 16 departments, nested bullets kept', async () => {
    const { feed: parsed, warnings } = parseFeed(await seed());
    expect(warnings).to.deep.equal([]);
    expect(parsed.postings.map((p) => p.title)).to.deep.equal(SEED_TITLES);
    expect(parsed.departments).to.have.length(16);
    expect(parsed.organization.email).to.equal('careers@picotrading.com');
    const nocEngineer = parsed.postings.find((p) => p.id === 'network-operations-engineer-singapore')!;
    const skills = nocEngineer.sections.find((s) => s.heading.startsWith('Education'))!;
    const list = skills.blocks.find((b) => b.type === 'list')!;
    const advanced = list.type === 'list' ? list.items.find((i) => i.text.startsWith('Advanced deployment')) : undefined;
    expect(advanced?.items?.map((i) => i.text)).to.include('BGP and OSPF – including redistribution');
  });

  it('names the problem when the text is not JSON, and hints at an HTML page', () => {
    const error = feedError(() => parseFeedText('<!doctype html><p>404</p>'));
    expect(error.message).to.match(/^The job feed is not valid JSON/);
    expect(error.message).to.contain('looks like an HTML page');
  });

  it('refuses JSON that is not a feed, with each path and reason', () => {
    expect(feedError(() => parseFeed([1, 2])).message).to.contain('not a list');
    const error = feedError(() => parseFeed({ hello: 'world' }));
    expect(error.problems.map((p) => p.message)).to.include.members([
      'version: must be 1',
      'organization: required',
      'departments: required',
      'postings: required',
    ]);
    const notAList = feedError(() => parseFeed({ ...feed([]), postings: { first: posting() } }));
    expect(notAList.message).to.equal('The job feed is not valid: postings: must be a list, not an object.');
    expect(notAList.problems).to.deep.equal([{ path: 'postings', message: 'postings: must be a list, not an object' }]);
  });

  it('warms zod up with a valid feed of one posting (paragraph, list, nested list), so every schema is compiled', () => {
    const { feed: parsed, warnings } = warmParser();
    expect(warnings).to.deep.equal([]);
    expect(parsed.postings).to.have.length(1);
    expect(parsed.postings[0].sections[0].blocks.map((block) => block.type)).to.deep.equal(['paragraph', 'list']);
    const list = parsed.postings[0].sections[0].blocks[1];
    expect(list.type === 'list' && list.items[0].items).to.have.length(1);
  });

  it('skips one bad posting with a warning naming its path, and keeps the good ones', () => {
    const data = feed([posting({ id: 'a' }), posting({ id: 'b' }), posting({ id: 'c' }), posting({ id: 'd', title: undefined })]);
    const { feed: parsed, warnings } = parseFeed(data);
    expect(parsed.postings.map((p) => p.id)).to.deep.equal(['a', 'b', 'c']);
    expect(warnings).to.deep.equal([{ path: 'postings[3].title', message: 'postings[3].title: required', postingId: 'd' }]);
  });

  it('keeps the first of two postings with the same id, and warns', () => {
    const { feed: parsed, warnings } = parseFeed(feed([posting({ title: 'First' }), posting({ title: 'Second' })]));
    expect(parsed.postings.map((p) => p.title)).to.deep.equal(['First']);
    expect(warnings[0].message).to.equal('postings[1].id: duplicate id "p1"; the first one is kept');
  });

  it('ignores unknown fields', () => {
    const { feed: parsed, warnings } = parseFeed(feed([posting({ color: 'blue' })], { generator: 'ats-export 2.1' }));
    expect(warnings).to.deep.equal([]);
    expect(parsed.postings[0]).not.to.have.property('color');
  });

  it('refuses javascript: and data: URLs, and impossible dates', () => {
    const { warnings } = parseFeed(
      feed([
        posting({ id: 'a', apply: { url: 'javascript:alert(1)' } }),
        posting({ id: 'b', apply: { form: 'data:text/html,<script>alert(1)</script>' } }),
        posting({ id: 'c', posted: '2026-02-30' }),
        posting({ id: 'c2', posted: '2026-13-45' }),
        posting({ id: 'd', closes: 'next week' }),
        posting({ id: 'e', apply: { form: '/api/applications', url: 'https://jobs.example/apply' } }),
        posting({ id: 'f', apply: { form: '/\\evil.example/steal' } }),
      ]),
    );
    expect(warnings.map((w) => w.message)).to.deep.equal([
      'postings[0].apply.url: must be an http(s) URL or a path starting with /',
      'postings[1].apply.form: must be an http(s) URL or a path starting with /',
      'postings[2].posted: must be a date that exists',
      'postings[3].posted: must be a date that exists',
      'postings[4].closes: must be a date written YYYY-MM-DD',
      'postings[6].apply.form: must be an http(s) URL or a path starting with /',
    ]);
    const organization = feedError(() =>
      parseFeed(feed([], { organization: { name: 'Acme', email: 'jobs@acme.example', url: 'javascript:void 0' } })),
    );
    expect(organization.message).to.contain('organization.url: must be an http(s) URL');
  });

  it('explains wrong types, enums, block types and empty lists in plain words', () => {
    const { warnings } = parseFeed(
      feed([
        posting({ id: 'a', title: 42 }),
        posting({ id: 'b', workplace: 'moon' }),
        posting({ id: 'c', locations: [] }),
        posting({ id: 'd', sections: [{ heading: 'About', blocks: [{ type: 'video', src: 'https://x.example/v.mp4' }] }] }),
        posting({ id: 'e', salary: { min: 200, max: 100, currency: 'USD', period: 'year' } }),
      ]),
    );
    expect(warnings.map((w) => w.message)).to.deep.equal([
      'postings[0].title: must be text, not a number',
      'postings[1].workplace: must be one of "on-site", "hybrid", "remote"',
      'postings[2].locations: needs at least one location',
      'postings[3].sections[0].blocks[0].type: must be one of "paragraph", "list", "html"',
      'postings[4].salary.max: max must not be less than min',
    ]);
  });

  it('skips a posting whose department does not exist and keeps duplicate departments once', () => {
    const data = feed([posting({ department: 'sales' })], {
      departments: [
        { id: 'eng', name: 'Engineering' },
        { id: 'eng', name: 'Engineering again' },
      ],
    });
    const { feed: parsed, warnings } = parseFeed(data);
    expect(parsed.postings).to.have.length(0);
    expect(parsed.departments.map((d) => d.name)).to.deep.equal(['Engineering']);
    expect(warnings.map((w) => w.message)).to.deep.equal([
      'departments[1].id: duplicate id "eng"; the first one is kept',
      'postings[0].department: no department has the id "sales"',
    ]);
  });
});

describe('deferred body checks (large feeds)', () => {
  it('checks everything but the bodies first, then names each bad body with its feed index', () => {
    const badBody = [{ heading: 'About', blocks: [{ type: 'paragraph' }] }];
    const data = feed([posting({ id: 'a' }), posting({ id: 'x', title: undefined }), posting({ id: 'b', sections: badBody }), posting({ id: 'c' })]);
    const first = parseFeed(data, { deferBodies: true });
    expect(first.bodiesUnchecked).to.be.true;
    expect(first.feed.postings.map((p) => p.id)).to.deep.equal(['a', 'b', 'c']);
    expect(first.warnings.map((w) => w.path)).to.deep.equal(['postings[1].title']);

    const { valid, warnings } = checkBodies(first.feed.postings);
    expect(valid.map((p) => p.id)).to.deep.equal(['a', 'c']);
    expect(warnings.map((w) => w.message)).to.deep.equal(['postings[2].sections[0].blocks[0].text: required']);
    expect(warnings[0].postingId).to.equal('b');
    expect(parseFeed(data).warnings.map((w) => w.path)).to.deep.equal(['postings[1].title', 'postings[2].sections[0].blocks[0].text']);
  });
});

describe('feed formatting', () => {
  it('groups postings by department in feed order, keeping empty departments', () => {
    const { feed: parsed } = parseFeed(
      feed([posting({ id: 'a', department: 'ops' }), posting({ id: 'b' }), posting({ id: 'c', department: 'ops' })], {
        departments: [
          { id: 'eng', name: 'Engineering' },
          { id: 'legal', name: 'Legal' },
          { id: 'ops', name: 'Operations' },
        ],
      }),
    );
    expect(groupPostings(parsed.postings, 'department', parsed.departments, true).map((g) => [g.key, g.postings.map((p) => p.id)])).to.deep.equal([
      ['eng', ['b']],
      ['legal', []],
      ['ops', ['a', 'c']],
    ]);
  });

  it('percent-encodes mailto parts so nothing can be injected', () => {
    expect(mailtoUrl('jobs@acme.example', 'Hi & bye', 'Line 1\nLine 2')).to.equal(
      'mailto:jobs@acme.example?subject=Hi%20%26%20bye&body=Line%201%0ALine%202',
    );
    expect(mailtoUrl('a@b.example?cc=evil@x.example', 'x')).to.contain('a@b.example%3Fcc%3Devil@x.example');
  });

  it('makes a mailto subject built from feed text one line: CR, LF and other control characters become spaces', () => {
    const url = mailtoUrl('jobs@acme.example', 'Application: Engineer\r\nBcc: spy@evil.example\u0000\u0085(Sales\u2028Ops)', 'Line 1\r\nLine 2\u0000');
    const subject = decodeURIComponent(url.match(/subject=([^&]*)/)![1]);
    expect(subject).to.equal('Application: Engineer Bcc: spy@evil.example (Sales Ops)');
    expect(decodeURIComponent(url.match(/body=([^&]*)/)![1])).to.equal('Line 1\r\nLine 2'); // the body keeps its line breaks
    expect(mailtoUrl('jobs@acme.example\u0085', 'x')).to.equal('mailto:jobs@acme.example?subject=x');
  });

  it('chooses the apply route: form, then external URL, then e-mail', () => {
    const organization = { name: 'Acme', email: 'jobs@acme.example' } as Feed['organization'];
    const base = posting() as unknown as Posting;
    expect(applyRoute({ ...base, apply: { form: '/apply' } }, { organization })).to.deep.equal({ kind: 'form', action: '/apply', email: undefined });
    expect(applyRoute({ ...base, apply: { url: 'https://x.example' } }, { organization })).to.deep.equal({ kind: 'url', url: 'https://x.example' });
    expect(applyRoute(base, { organization })).to.deep.equal({ kind: 'email', email: 'jobs@acme.example' });
  });

  it('formats salary ranges with Intl', () => {
    expect(formatSalary({ min: 120000, max: 150000, currency: 'USD', period: 'year' }, 'en-US')).to.equal('$120,000 – $150,000 a year');
  });
});

describe('a feed read as it arrives, in slices', () => {
  it('keeps downloading the feed while nothing reads it yet (the feed tools still on their way)', async function () {
    this.timeout(30000);
    const token = `big-${Date.now()}`;
    // 24 MB: more than the socket's and the browser's buffers hold for a body nobody reads.
    const answer = await requestFeed(`/api/test/big-feed?mb=24&token=${token}`, { timeout: 25000 }, true);
    const sent = async () => ((await (await fetch(`/api/test/big-feed/sent?token=${token}`)).json()) as { sent: boolean }).sent;
    for (let tries = 0; !(await sent()); tries++) {
      if (tries > 100) throw new Error('the server could not send the whole feed: its download stopped while the body was not read');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // The body is all there, and reads as the feed.
    const data = (await answer.response.json()) as { postings: unknown[] };
    expect(data.postings.length).to.be.greaterThan(1000);
  });

  /** The data a splitter gives for `text` pushed in chunks of `size` characters. */
  function split(text: string, size: number) {
    const splitter = new FeedJsonSplitter();
    for (let at = 0; at < text.length; at += size) splitter.push(text.slice(at, at + size));
    return splitter.finish();
  }

  it('gives what JSON.parse gives, whatever the chunk boundaries (escapes, quotes, brackets in text, non-Latin text)', async () => {
    const data = (await seed()) as { postings: Record<string, unknown>[] };
    data.postings[0].title = 'Quote " backslash \\ brackets ]}[{, colon: "postings": [1] \u00e9\u6771\u4eac \ud83d\ude80';
    // Runs of escapes: a backslash before a quote, several in a row, one at the very end of the text.
    data.postings[1].summary = 'a\\"b\\\\"c\\\\\\ "\n\t"\\';
    const text = JSON.stringify({ note: 'a "postings" word', ...data, after: { postings: [] } }, null, 1);
    for (const size of [1, 2, 3, 7, 64, 1000, text.length]) expect(split(text, size), `chunks of ${size}`).to.deep.equal(JSON.parse(text));
    expect(split('{"version":1,"postings":[]}', 5)).to.deep.equal({ version: 1, postings: [] });
  });

  it('gives up on anything else, so the whole text is read as before (same messages)', () => {
    for (const text of ['[]', '"x"', '{"postings":[1,,2]}', '{"postings":[1],"postings":[2]}', '{"postings":[{"a":1}', '{} {}', '{"a":1']) {
      expect(split(text, 3), text).to.be.undefined;
    }
  });

  it('checks postings in slices with the same result as at once', async () => {
    const data = await seed();
    expect(await parseFeedInSlices(data)).to.deep.equal(parseFeed(data));
    const broken = feed([posting({ id: 'a' }), posting({ id: 'a' }), posting({ id: 'b', title: 5 })]);
    expect(await parseFeedInSlices(broken)).to.deep.equal(parseFeed(broken));
  });
});
