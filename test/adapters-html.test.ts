import { expect } from '@open-wc/testing';
import { adaptFeed } from '../src/feed/adapters/index.js';
import { httpUrl, parsePlace, slugify, day, employmentType } from '../src/feed/adapters/common.js';
import { decodeEntities, htmlSections, htmlToText, safeHtml, simpleBlocks, summarize } from '../src/feed/adapters/html.js';
import { postingJsonLd } from '../src/feed/jsonld.js';
import { parseFeed } from '../src/feed/parse.js';
import { EMAIL_PATTERN, SAFE_URL_PATTERN } from '../src/feed/schema.js';
import { makeFeed, makePosting } from './helpers.js';
import { expectLinear, repeat } from './linear.js';

describe('adapter helpers: vendor HTML without a DOM', () => {
  it('decodes entities once', () => {
    // Every HTML5 named reference is decoded (issue 14), still in one pass.
    expect(decodeEntities('&lt;p&gt;Fish &amp;amp; chips&lt;/p&gt; &#39;x&#x27; &eacute; &nbsp;')).to.equal("<p>Fish &amp; chips</p> 'x' é \u00a0");
    expect(decodeEntities('&#0; &#x110000; &#55296;')).to.equal('\ufffd \ufffd \ufffd');
  });

  it('reads text line by line, leaving out scripts, styles and comments', () => {
    expect(htmlToText('<p>One &amp; <b>two</b></p><ul><li>three</li></ul><script>alert(1)</script><style>p{}</style><!-- c -->four')).to.equal(
      'One & two\nthree\nfour',
    );
  });

  it('summarizes at a sentence or a word', () => {
    expect(summarize('Short one.')).to.equal('Short one.');
    const long = `${'We build things that matter to people. '.repeat(3)}And then we keep going for a very long time indeed, far beyond any sensible length for a summary line.`;
    expect(summarize(long, 100)).to.equal('We build things that matter to people. We build things that matter to people.');
    expect(summarize('word '.repeat(60), 30)).to.equal('word word word word word word…');
  });

  it('turns simple markup into paragraphs and nested lists, and refuses anything richer', () => {
    expect(simpleBlocks('<p>Hello&nbsp;there</p><div>Second<br>Third</div><ul><li>A<ul><li>A1</li></ul></li><li><p>B</p></li></ul>')).to.deep.equal([
      { type: 'paragraph', text: 'Hello there' },
      { type: 'paragraph', text: 'Second' },
      { type: 'paragraph', text: 'Third' },
      { type: 'list', items: [{ text: 'A', items: [{ text: 'A1' }] }, { text: 'B' }] },
    ]);
    expect(simpleBlocks('<p>With <strong>bold</strong></p>')).to.equal(undefined);
    expect(simpleBlocks('<ol><li>numbered</li></ol>')).to.equal(undefined);
    expect(simpleBlocks('<ul><li>open')).to.equal(undefined);
    expect(simpleBlocks('<ul><li><ul><li>only nested</li></ul></li></ul>')).to.deep.equal([{ type: 'list', items: [{ text: 'only nested' }] }]);
  });

  it('splits a description at headings and bold lines', () => {
    const sections = htmlSections(
      '<p>Intro text.</p><h2>Your <em>role</em></h2><ul><li>Build</li></ul><p><strong>Benefits</strong></p><p>Snacks &amp; <a href="https://x.example">more</a></p><h3>Empty</h3>',
      'About',
    );
    expect(sections).to.deep.equal([
      { heading: 'About', blocks: [{ type: 'paragraph', text: 'Intro text.' }] },
      { heading: 'Your role', blocks: [{ type: 'list', items: [{ text: 'Build' }] }] },
      { heading: 'Benefits', blocks: [{ type: 'html', html: '<p>Snacks &amp; <a href="https://x.example">more</a></p>' }, { type: 'paragraph', text: 'Empty' }] },
    ]);
    // A bold sentence is not a heading; a heading right before another one is dropped.
    expect(htmlSections('<h2>Role</h2><h3>Duties</h3><p>Do.</p><p><b>We are an equal opportunity employer.</b></p>', 'About')).to.deep.equal([
      { heading: 'Duties', blocks: [{ type: 'html', html: '<p>Do.</p><p><b>We are an equal opportunity employer.</b></p>' }] },
    ]);
    expect(htmlSections('<p><strong>Only a bold line</strong></p>', 'About')).to.deep.equal([{ heading: 'About', blocks: [{ type: 'paragraph', text: 'Only a bold line' }] }]);
  });

  it('rebuilds safe HTML for JSON-LD from structure and text only', () => {
    expect(safeHtml('<h2 onclick=x>Title</h2><p style="x">A &amp; <b>B</b><br>C</p><ol><li>one<li>two</ol>loose text<div><p>nested</p></div>')).to.equal(
      '<p>Title</p><p>A &amp; B<br>C</p><ul><li>one</li><li>two</li></ul><p>loose text</p><p>nested</p>',
    );
    expect(safeHtml('<li>orphan</li><p>x<ul><li>y</li></ul>')).to.equal('<ul><li>orphan</li></ul><p>x</p><ul><li>y</li></ul>');
    expect(safeHtml('<script>alert(1)</script><img src=x onerror=alert(1)>&lt;img&gt;')).to.equal('<p>&lt;img&gt;</p>');
  });

  it('reads places, dates, employment types and department ids', () => {
    expect(parsePlace('San Francisco, CA')).to.deep.equal({ city: 'San Francisco', region: 'CA', country: 'US' });
    expect(parsePlace('Zürich, ZH, Switzerland')).to.deep.equal({ city: 'Zürich', region: 'ZH', country: 'Switzerland' });
    expect(parsePlace('London, UK')).to.deep.equal({ city: 'London', country: 'UK' });
    expect(parsePlace('Berlin, de')).to.deep.equal({ city: 'Berlin', country: 'DE' });
    expect(parsePlace('Remote - US')).to.deep.equal({ city: 'Remote', country: 'US' });
    expect(parsePlace('Remote (Europe)', 'À distance')).to.deep.equal({ city: 'À distance', country: 'Europe' });
    expect(parsePlace('Hybrid - London, United Kingdom')).to.deep.equal({ city: 'London', country: 'United Kingdom' });
    expect(parsePlace('Remote')).to.equal(undefined);
    expect(parsePlace('Singapore')).to.deep.equal({ city: 'Singapore', country: 'Singapore' });

    expect(day('2026-10-02T12:00:03-04:00')).to.equal('2026-10-02');
    expect(day('2026-10-28 09:30:00 UTC')).to.equal('2026-10-28');
    expect(day(Date.UTC(2026, 0, 5, 12))).to.equal('2026-01-05');
    expect(day('2026-02-30')).to.equal(undefined);
    expect(day('soon')).to.equal(undefined);

    expect(['Full Time', 'FULL_TIME', 'FullTime', 'permanent', 'fulltime_permanent'].map(employmentType)).to.deep.equal(Array(5).fill('full-time'));
    expect(['Part-time', 'PART_TIME', 'parttime_fixed_term'].map(employmentType)).to.deep.equal(Array(3).fill('part-time'));
    expect(['Contract', 'CONTRACTOR', 'freelance'].map(employmentType)).to.deep.equal(Array(3).fill('contract'));
    expect(['Temporary', 'fulltime_fixed_term', 'Seasonal'].map(employmentType)).to.deep.equal(Array(3).fill('temporary'));
    expect(['Intern', 'INTERN', 'internship', 'Werkstudent', 'traineeship'].map(employmentType)).to.deep.equal(Array(5).fill('internship'));
    expect(employmentType('Volunteer')).to.equal(undefined);

    expect(slugify('Research & Development')).to.equal('research-development');
    expect(slugify('Équipe Données')).to.equal('equipe-donnees');
    expect(slugify('研究開発')).to.match(/^d-[a-z0-9]+$/);
    expect(slugify('研究開発')).to.equal(slugify('研究開発'));
  });
});

describe('hostile input: linear time (100 KB against ten 10 KB inputs, same run)', () => {
  const html: [string, (length: number) => string][] = [
    ['unclosed tags', repeat('<a')],
    ['unclosed quotes in tags', repeat('<a "')],
    ['quoted attributes never ended', repeat(`<a b='c"`)],
    ['comments never closed', repeat('<!--')],
    ['dashes in a comment', repeat('-', '<!--')],
    ['raw-text elements', repeat('<script></script>')],
    ['headings never closed', repeat('<h1>x')],
    ['unfinished heading tags', repeat('<h2')],
    ['bold lines never finished', repeat('<p><span><strong>Benefits</strong></span>')],
    ['end tags', repeat('</')],
    ['entities', repeat('&constructor')],
  ];
  for (const [name, make] of html) {
    it(`splits, reads and rebuilds ${name}`, () => {
      expectLinear(`htmlSections: ${name}`, (input) => htmlSections(input, 'About'), make);
      expectLinear(`safeHtml: ${name}`, safeHtml, make);
    });
  }

  it('checks URLs, e-mail addresses and places', () => {
    expectLinear('SAFE_URL_PATTERN', (input) => SAFE_URL_PATTERN.test(input), repeat('a', 'https://', ' '));
    expectLinear('SAFE_URL_PATTERN (path)', (input) => SAFE_URL_PATTERN.test(input), repeat('/a', '/', '\\'));
    expectLinear('EMAIL_PATTERN', (input) => EMAIL_PATTERN.test(input), repeat('a.', 'a@', ' '));
    expectLinear('EMAIL_PATTERN (local part)', (input) => EMAIL_PATTERN.test(input), repeat('a', '', '@'));
    expectLinear('httpUrl', httpUrl, repeat('a', 'http://', ' '));
    expectLinear('parsePlace', parsePlace, repeat(' ', '', 'x'));
    expectLinear('parsePlace (separators)', parsePlace, repeat(' - ', 'a'));
  });

  it('validates a feed with a 100 KB apply URL and e-mail address', () => {
    const feedWith = (apply: object) => makeFeed([makePosting({ apply: apply as never })]);
    expectLinear('parseFeed apply.url', (input) => parseFeed(feedWith({ url: input })), repeat('a', 'https://', ' '));
    expectLinear('parseFeed apply.email', (input) => parseFeed(feedWith({ email: input })), repeat('a.', 'a@', ' '));
    expect(parseFeed(feedWith({ url: `https://x.example/${'a'.repeat(5000)}` })).feed.postings).to.deep.equal([]);
  });

  it('adapts a Lever posting whose description is 100 KB of unclosed tags', () => {
    const lever = (description: string) => [{ id: 'x', text: 'Engineer', createdAt: 1767225600000, categories: {}, description, hostedUrl: 'https://jobs.example/x' }];
    expectLinear('adaptFeed lever', (input) => adaptFeed(lever(input), 'lever'), repeat('<a'));
    expectLinear('adaptFeed lever, quotes', (input) => adaptFeed(lever(input), 'lever'), repeat('<p title="'));
  });
});

describe('hostile input: names of Object.prototype', () => {
  it('are no entity or tag names', () => {
    expect(decodeEntities('&constructor; &toString; &__proto__; &hasOwnProperty;')).to.equal('&constructor; &toString; &__proto__; &hasOwnProperty;');
    expect(safeHtml('<constructor>x</constructor><toString>y</toString><valueOf>z</valueOf>')).to.equal('<p>xyz</p>');
    expect(htmlToText('<constructor>x</constructor>')).to.equal('x');
  });

  it('reach neither a card nor the structured data from a recruiter\'s description', () => {
    const description = '<p>Pay &constructor; <b>&valueOf;</b></p><h2>About</h2><p>We <constructor>ship</constructor> <toString>daily</toString>.</p>';
    const { feed } = adaptFeed([{ id: 'x', text: 'Engineer', createdAt: 1767225600000, categories: {}, description, hostedUrl: 'https://jobs.example/x' }], 'lever', {
      organization: { name: 'Acme' },
    });
    const parsed = parseFeed(feed);
    const posting = parsed.feed.postings[0];
    const json = JSON.stringify({ posting, jsonld: postingJsonLd(posting, parsed.feed) });
    expect(json).to.not.contain('native code');
    expect(json).to.contain('&constructor;').and.to.contain('We ship daily.');
  });
});
