import { expect } from '@open-wc/testing';
import { adaptFeed, type AtsFormat } from '../src/feed/adapters/index.js';
import { escapeHtml, safeHtml } from '../src/feed/adapters/html.js';
import { descriptionHtml } from '../src/feed/jsonld.js';
import { parseFeed } from '../src/feed/parse.js';
import type { Block } from '../src/feed/schema.js';
import { sanitizeHtml, type SanitizeOptions } from '../src/feed/sanitize.js';
import { loadFrame } from './helpers.js';
import { expectLinear, repeat } from './linear.js';

interface Vector {
  category: string;
  html: string;
}

declare global {
  interface Window {
    __xss: number;
  }
}

const DANGEROUS = 'script, iframe, object, embed, form, style, svg, math, base, meta, link, template, input, button, textarea, select, img, video, audio, source, frame, frameset, applet, portal, noscript';
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcset', 'background', 'ping'];

/** What may survive: http(s) and mailto links, nothing else that loads or runs. */
function problemsIn(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const element of root.querySelectorAll(DANGEROUS)) problems.push(`<${element.localName}> survived`);
  for (const element of root.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      if (name.startsWith('on')) problems.push(`${name} on <${element.localName}>`);
      else if (name === 'style' || name === 'id' || name === 'name' || name === 'class') problems.push(`${name}="${value}" on <${element.localName}>`);
      else if (URL_ATTRIBUTES.includes(name) && !/^(?:https?:\/\/|mailto:)/i.test(value)) problems.push(`${name}="${value}" on <${element.localName}>`);
      else if (!['href', 'target', 'rel'].includes(name)) problems.push(`unexpected ${name} on <${element.localName}>`);
    }
    if (element.localName === 'a' && element.hasAttribute('href')) {
      if (element.getAttribute('rel') !== 'noopener noreferrer' || element.getAttribute('target') !== '_blank') problems.push('link without forced rel/target');
    }
  }
  return problems;
}

let vectors: Vector[];
let violations: string[];
const alerts: unknown[] = [];
const originalAlert = window.alert;

const tick = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

/** A live container in this document: sanitized nodes go in, and anything that would run, runs. */
function live(): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  return container;
}

/** An iframe whose CSP forbids every script and load, reporting each attempt as a violation. */
async function sandbox(): Promise<{ doc: Document; violations: string[]; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.src = '/test/fixtures/xss/sandbox.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  const found: string[] = [];
  doc.addEventListener('securitypolicyviolation', (event) => found.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`));
  return { doc, violations: found, frame };
}

before(async () => {
  vectors = await (await fetch('/test/fixtures/xss/vectors.json')).json();
  window.__xss = 0;
  window.alert = (message?: unknown) => {
    alerts.push(message);
    window.__xss++;
  };
  violations = [];
  document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
});

after(() => {
  window.alert = originalAlert;
});

describe('sanitizeHtml', () => {
  const html = (fragment: DocumentFragment) => {
    const box = document.createElement('div');
    box.append(fragment);
    return box.innerHTML;
  };

  it('keeps paragraphs, lists, emphasis and safe links; forces rel and target', () => {
    const out = html(
      sanitizeHtml(
        '<p>We <strong>ship</strong> <em>weekly</em>, <b>b</b> <i>i</i> <u>u</u>.<br>Next line</p><ul><li>One</li><li>Two<ol><li>2a</li></ol></li></ul>' +
          '<p><a href="https://example.com/benefits" target="_self" rel="opener" title="t">benefits</a> <a href="mailto:jobs@example.com">mail</a></p>',
      ),
    );
    expect(out).to.equal(
      '<p>We <strong>ship</strong> <em>weekly</em>, <b>b</b> <i>i</i> <u>u</u>.<br>Next line</p><ul><li>One</li><li>Two<ol><li>2a</li></ol></li></ul>' +
        '<p><a href="https://example.com/benefits" target="_blank" rel="noopener noreferrer">benefits</a> <a href="mailto:jobs@example.com" target="_blank" rel="noopener noreferrer">mail</a></p>',
    );
  });

  it('keeps only the address of a recruiter\'s mailto: link: no ?bcc=, &body= or encoded headers', () => {
    const links = (source: string) => [...sanitizeHtml(source).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(
      links(
        '<a href="mailto:jobs@example.com?bcc=spy@evil.example&body=Send%20your%20passport">a</a>' +
          '<a href="MAILTO:jobs@example.com,hr@example.com?subject=x">b</a>' +
          '<a href="mailto:jobs@example.com%0D%0ABcc:spy@evil.example">c</a>' +
          '<a href="mailto:?to=spy@evil.example">d</a>' +
          '<a href="mailto:jobs@example.com#x">e</a>',
      ),
    ).to.deep.equal(['mailto:jobs@example.com', 'mailto:jobs@example.com,hr@example.com', null, null, 'mailto:jobs@example.com']);
  });

  it('keeps the text of other elements, drops scripts with their content, and drops unsafe link targets', () => {
    expect(html(sanitizeHtml('<div class="x"><span style="color:red">Hi</span> <table><tr><td>cell</td></tr></table></div>'))).to.equal('Hi cell');
    expect(html(sanitizeHtml('<p>a<script>alert(1)</script>b<style>p{}</style>c</p>'))).to.equal('<p>abc</p>');
    expect(html(sanitizeHtml('<a href="javascript:alert(1)">click</a> <a href="/relative">here</a>'))).to.equal('<a>click</a> <a>here</a>');
  });

  it('demotes headings to bold paragraphs, or places them at the level given', () => {
    const source = '<h1>Role</h1><p>x</p><h2>Skills</h2><h4>Deep</h4>';
    expect(html(sanitizeHtml(source))).to.equal('<p><strong>Role</strong></p><p>x</p><p><strong>Skills</strong></p><p><strong>Deep</strong></p>');
    expect(html(sanitizeHtml(source, { headingLevel: 4 }))).to.equal('<h4>Role</h4><p>x</p><h5>Skills</h5><h6>Deep</h6>');
    expect(html(sanitizeHtml('<h3>Only</h3>', { headingLevel: 2 }))).to.equal('<h2>Only</h2>');
  });

  it('returns nodes of this document, ready to insert', () => {
    const fragment = sanitizeHtml('<p>Hello</p>');
    expect(fragment).to.be.instanceOf(DocumentFragment);
    const box = live();
    box.append(fragment);
    expect(box.textContent).to.equal('Hello');
    box.remove();
  });

  it('works under Trusted Types with the page’s own policy, and fails closed without one', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/xss/trusted-types.html';
    document.body.append(frame);
    const win = frame.contentWindow as Window & {
      ready?: boolean;
      violations: string[];
      sanitizeHtml: typeof sanitizeHtml;
      trustedTypes: { createPolicy(name: string, rules: object): SanitizeOptions['trustedTypesPolicy'] };
    };
    for (let i = 0; i < 200 && !win.ready; i++) await tick(20);
    expect(win.ready, 'the module loaded under Trusted Types').to.equal(true);
    // Without a policy DOMPurify asks for one named "dompurify", which this page refuses: nothing comes out.
    expect(win.sanitizeHtml('<p>Hello</p>').childNodes.length).to.equal(0);
    await tick(50);
    expect(win.violations).to.include('trusted-types');
    win.violations.length = 0;
    const policy = win.trustedTypes.createPolicy('careers-widgets', { createHTML: (s: string) => s, createScriptURL: (s: string) => s });
    const fragment = win.sanitizeHtml('<p>Safe <a href="https://example.com/">link</a><img src=x onerror=alert(1)></p>', { trustedTypesPolicy: policy });
    const out = win.document.createElement('div');
    out.append(fragment);
    win.document.body.append(out);
    expect(out.innerHTML).to.equal('<p>Safe <a href="https://example.com/" target="_blank" rel="noopener noreferrer">link</a></p>');
    await tick(50);
    expect(win.violations).to.deep.equal([]);
    frame.remove();
  });
});

describe('sanitizeHtml on a page with a strict CSP', () => {
  it('makes the browser file no CSP report for the on* handlers and styles it removes', async () => {
    const frame = await loadFrame('/test/fixtures/xss/strict-csp.html');
    const win = frame.contentWindow as Window & { violations: string[]; sanitizeHtml: typeof sanitizeHtml };
    try {
      const handlers =
        '<p style="color:red" onclick="alert(1)">a</p><img src=x onerror=alert(2)><a href="https://x.example/" onmouseover=\'alert(3)\' style=x>b</a>' +
        '<div/onmouseover=alert(4)>c</div><p\nSTYLE=color:red\tONCLICK=alert(5)>d</p><p =x onclick=alert(6)>e</p><a title="x>y" style="z" href=https://y.example/>f</a>' +
        '<svg><g onload=alert(7)></g></svg><style>p{color:red}</style><math><mi style=x>g</mi></math>';
      const corpus = vectors.map((vector) => vector.html).join('');
      const fragment = win.sanitizeHtml(handlers + corpus);
      const out = win.document.createElement('div');
      out.append(fragment);
      expect(problemsIn(out)).to.deep.equal([]);
      expect(out.innerHTML).to.contain('<p>a</p>').and.contain('<a href="https://y.example/" target="_blank" rel="noopener noreferrer">f</a>');
      // A violation of our own after it: violations are reported in order, so once it is here, any from sanitizing are too.
      const control = new Promise<void>((resolve) =>
        win.document.addEventListener('securitypolicyviolation', (event) => event.blockedURI.includes('blocked.example') && resolve()),
      );
      win.document.body.append(Object.assign(win.document.createElement('img'), { src: 'https://blocked.example/control.png', alt: '' }));
      await control;
      expect(win.violations.filter((violation) => !violation.includes('blocked.example/control.png'))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('sanitizeHtml on hostile input', () => {
  it('takes linear time (100 KB against ten 10 KB inputs, same run)', () => {
    expectLinear('sanitizeHtml: unclosed tags', (input) => sanitizeHtml(input), repeat('<a'));
    expectLinear('sanitizeHtml: attributes', (input) => sanitizeHtml(input), repeat(`<a href="https://x.example/" b='c' d=e onclick=f style=g>x</a>`));
    expectLinear('sanitizeHtml: a tag never closed', (input) => sanitizeHtml(input), repeat(' b=c', '<a'));
  });
});

describe('XSS corpus', () => {
  it('has at least 100 vectors in every category', () => {
    expect(vectors.length).to.be.at.least(100);
    const categories = new Set(vectors.map((v) => v.category));
    expect([...categories]).to.include.members(['script', 'event-handler', 'url', 'svg-mathml', 'embed', 'form', 'meta-base-link', 'style', 'mxss', 'dom-clobbering']);
  });

  it('the traps catch a vector that runs (control: raw HTML, no sanitizer)', async () => {
    const box = live();
    box.innerHTML = '<img src="/no-such-image.png" onerror="alert(1)"><img src="/no-such-image.png" onerror="window.__xss++">';
    await tick(300);
    expect(window.__xss).to.equal(2);
    box.remove();
    window.__xss = 0;
    alerts.length = 0;

    const { doc, violations: blocked, frame } = await sandbox();
    doc.body.innerHTML = '<img src="/no-such-image.png" onerror="alert(1)">';
    await tick(300);
    expect(blocked.length, 'the sandbox reports what it blocks').to.be.above(0);
    frame.remove();
  });

  it('sanitizeHtml: no vector runs, and nothing dangerous survives', async () => {
    const box = live();
    const { doc, violations: blocked, frame } = await sandbox();
    const problems: string[] = [];
    for (const [index, { html }] of vectors.entries()) {
      const fragment = sanitizeHtml(html);
      for (const problem of problemsIn(fragment)) problems.push(`#${index} ${html}: ${problem}`);
      doc.body.append(doc.importNode(fragment, true));
      box.append(fragment);
    }
    // Also links and nested headings with a level.
    for (const { html } of vectors) box.append(sanitizeHtml(html, { headingLevel: 3 }));
    await tick(400);
    expect(problems).to.deep.equal([]);
    expect(problemsIn(box)).to.deep.equal([]);
    expect(window.__xss, `alerts: ${alerts.join(', ')}`).to.equal(0);
    expect(blocked, 'nothing in the sandbox even tried to run or load').to.deep.equal([]);
    expect(violations).to.deep.equal([]);
    box.remove();
    frame.remove();
  });

  it('safeHtml (JSON-LD descriptions): only p, ul, li, br and text come out, even parsed and inserted live', async () => {
    const box = live();
    for (const { html } of vectors) {
      const out = safeHtml(html);
      expect(out, html).to.match(/^(?:[^<]|<\/?(?:p|ul|li|br)>)*$/);
      box.insertAdjacentHTML('beforeend', out);
    }
    await tick(300);
    expect(problemsIn(box)).to.deep.equal([]);
    expect(box.querySelectorAll(':not(p, ul, li, br)').length).to.equal(0);
    expect(window.__xss).to.equal(0);
    box.remove();
  });
});

/** Each vendor's sample job with `html` in every field that carries a description. */
const vendorSamples: Record<AtsFormat, (html: string) => unknown> = {
  greenhouse: (html) => ({
    jobs: [
      {
        id: 1,
        title: 'Engineer',
        absolute_url: 'https://job-boards.greenhouse.io/acme/jobs/1',
        location: { name: 'Oslo, Norway' },
        first_published: '2026-11-01T00:00:00Z',
        content: escapeHtml(`<h2>Intro</h2>${html}<p>after</p>`),
        departments: [{ id: 1, name: 'Engineering' }],
      },
    ],
    meta: { total: 1 },
  }),
  lever: (html) => [
    {
      id: 'l1',
      text: 'Engineer',
      categories: { team: 'Engineering', location: 'Oslo, Norway', commitment: 'Full-time' },
      createdAt: 1790000000000,
      description: `<div>${html}</div>`,
      lists: [{ text: 'Requirements', content: `<li>${html}</li>` }],
      additional: html,
      hostedUrl: 'https://jobs.lever.co/acme/l1',
    },
  ],
  ashby: (html) => ({ apiVersion: '1', jobs: [{ id: 'a1', title: 'Engineer', isListed: true, publishedAt: '2026-11-01', location: 'Oslo, Norway', descriptionHtml: html, jobUrl: 'https://jobs.ashbyhq.com/acme/a1' }] }),
  workable: (html) => ({
    name: 'Acme',
    jobs: [{ shortcode: 'W1', title: 'Engineer', published_on: '2026-11-01', city: 'Oslo', country: 'Norway', description: html, requirements: html, benefits: html, application_url: 'https://apply.workable.com/j/W1/apply' }],
  }),
  smartrecruiters: (html) => ({
    offset: 0,
    limit: 1,
    totalFound: 1,
    content: [
      {
        id: 's1',
        name: 'Engineer',
        releasedDate: '2026-11-01T00:00:00Z',
        location: { city: 'Oslo', country: 'no' },
        jobAd: { sections: { jobDescription: { title: 'Job', text: html }, qualifications: { title: 'You', text: html } } },
      },
    ],
  }),
  recruitee: (html) => ({ offers: [{ id: 1, title: 'Engineer', status: 'published', published_at: '2026-11-01 00:00:00 UTC', city: 'Oslo', country_code: 'NO', description: html, requirements: html }] }),
  jsonld: (html) => ({
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: 'Engineer',
    description: html,
    datePosted: '2026-11-01',
    hiringOrganization: { '@type': 'Organization', name: 'Acme' },
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Oslo', addressCountry: 'NO' } },
  }),
};

describe('XSS corpus through every adapter', () => {
  for (const format of Object.keys(vendorSamples) as AtsFormat[]) {
    it(`${format}: adaptFeed → parseFeed → sanitizeHtml runs nothing and keeps nothing dangerous`, async () => {
      const box = live();
      const { doc, violations: blocked, frame } = await sandbox();
      const problems: string[] = [];
      let htmlBlocks = 0;
      for (const [index, { html }] of vectors.entries()) {
        const adapted = adaptFeed(vendorSamples[format](html), format, { organization: { name: 'Acme', email: 'jobs@acme.example' } });
        const { feed } = parseFeed(adapted.feed);
        if (feed.postings.length !== 1) problems.push(`#${index}: ${feed.postings.length} postings`);
        for (const posting of feed.postings) {
          const blocks: Block[] = posting.sections.flatMap((s) => s.blocks);
          for (const block of blocks) {
            if (block.type !== 'html') {
              // Paragraphs and lists are text: rendered as text nodes, whatever they say.
              box.append(document.createTextNode(block.type === 'paragraph' ? block.text : JSON.stringify(block.items)));
              continue;
            }
            htmlBlocks++;
            const fragment = sanitizeHtml(block.html, { headingLevel: 4 });
            for (const problem of problemsIn(fragment)) problems.push(`#${index} ${html}: ${problem}`);
            doc.body.append(doc.importNode(fragment, true));
            box.append(fragment);
          }
          // The JSON-LD description is rebuilt, never copied: only our own tags.
          const description = descriptionHtml(posting);
          if (!/^(?:[^<]|<\/?(?:p|ul|li|br|strong)>)*$/.test(description)) problems.push(`#${index}: JSON-LD description ${description}`);
          box.insertAdjacentHTML('beforeend', description);
        }
      }
      await tick(400);
      expect(htmlBlocks, 'rich vectors reach the sanitizer as html blocks').to.be.above(vectors.length / 3);
      expect(problems).to.deep.equal([]);
      expect(problemsIn(box)).to.deep.equal([]);
      expect(window.__xss, `alerts: ${alerts.join(', ')}`).to.equal(0);
      expect(blocked).to.deep.equal([]);
      expect(violations).to.deep.equal([]);
      box.remove();
      frame.remove();
    });
  }
});
