import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { JobCardElement } from '../src/job-card/job-card.js';
import { deepActiveElement, localDay, makePosting, oneEvent, organization, part, parts, shadow, until } from './helpers.js';

async function card(posting = makePosting()) {
  return fixture<JobCardElement>(html`<job-card .posting=${posting} .organization=${organization} department-name="Engineering"></job-card>`);
}

describe('<job-card>', () => {
  it('shows a compact summary: the title as a heading holding a link, separated facts, the summary', async () => {
    const el = await card(makePosting({ posted: localDay(-3), closes: localDay(5) }));
    const title = part(el, 'title');
    expect(title.localName).to.equal('h3');
    expect(title.textContent).to.equal('Network Engineer');
    const link = part<HTMLAnchorElement>(el, 'toggle');
    expect(link.localName).to.equal('a');
    expect(title.contains(link)).to.be.true;
    expect(new URL(link.href).searchParams.get('job')).to.equal('network-engineer'); // the posting's own address
    expect(part(el, 'meta').getAttribute('role')).to.equal('list');
    expect(parts(el, 'meta')[0].children).to.have.length(5);
    expect(part(el, 'department').textContent).to.equal('Engineering');
    expect(part(el, 'locations').textContent).to.equal('Singapore');
    expect(part(el, 'workplace').textContent).to.equal('On-site');
    expect(part(el, 'employment-type').textContent).to.equal('Full-time');
    // A dot between facts, that screen readers skip (its alternative text is empty).
    expect(getComputedStyle(part(el, 'locations'), '::after').content).to.match(/^"·"/);
    expect(getComputedStyle(part(el, 'dates'), '::after').content).to.equal('none');
    expect(part(el, 'dates').textContent?.replace(/\s+/g, ' ').trim()).to.match(/^Posted 3 days ago · Applications close \w+ \d+, \d{4} \(in 5 days\)$/);
    expect(part(el, 'dates').querySelector('time')?.getAttribute('datetime')).to.equal(localDay(-3));
    expect(part(el, 'summary').textContent).to.equal('Keep our low-latency network running.');
    expect(shadow(el).querySelector('[part="corporate-title"]')).to.be.null; // in the details
    expect(part(el, 'details').hidden).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('marks the highlight words in its title and summary, also on its own (outside a list)', async () => {
    const el = await fixture<JobCardElement>(html`<job-card .posting=${makePosting()} .organization=${organization} highlight="network"></job-card>`);
    await until(() => parts(el, 'highlight').length === 2, 'the marked words');
    expect(parts(el, 'highlight').map((mark) => [mark.localName, mark.textContent])).to.deep.equal([
      ['mark', 'Network'],
      ['mark', 'network'],
    ]);
    expect(part(el, 'title').textContent).to.equal('Network Engineer');
    expect(part(el, 'summary').textContent).to.equal('Keep our low-latency network running.');
    await expect(el).to.be.accessible();
  });

  it('takes its title link from href, and leaves a click meant for a new tab to the browser', async () => {
    const el = await fixture<JobCardElement>(html`<job-card .posting=${makePosting()} .organization=${organization} href="https://careers.example/?job=network-engineer"></job-card>`);
    const link = part<HTMLAnchorElement>(el, 'toggle');
    expect(link.href).to.equal('https://careers.example/?job=network-engineer');
    const modified = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
    link.addEventListener('click', (event) => event.preventDefault(), { once: true }); // keep the test page here
    link.dispatchEvent(modified);
    await el.updateComplete;
    expect(el.open).to.be.false;
    link.click();
    await el.updateComplete;
    expect(el.open).to.be.true;
  });

  it('expands and collapses the full posting from the keyboard, with aria-expanded and nested lists', async () => {
    const el = await card();
    const toggle = part<HTMLAnchorElement>(el, 'toggle');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(part(el, 'details').id);

    toggle.focus();
    const viewed = oneEvent(el, 'job-view');
    await sendKeys({ press: 'Enter' });
    expect((await viewed).detail.posting.id).to.equal('network-engineer');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(el.open).to.be.true;
    expect(el.hasAttribute('open')).to.be.true;
    const details = part(el, 'details');
    expect(details.hidden).to.be.false;
    expect(part(el, 'corporate-title').textContent).to.equal('Corporate title: AVP or below');
    expect(parts(el, 'section-heading').map((h) => h.textContent)).to.deep.equal(['Purpose of the role', 'Skills']);
    expect(parts(el, 'section-heading').map((h) => h.localName)).to.deep.equal(['h4', 'h4']);
    expect(part(el, 'paragraph').textContent).to.equal('You run the network.');
    const ownText = (item: Element) => [...item.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
    expect(parts(el, 'nested-list').map((list) => ownText(list.firstElementChild!))).to.deep.equal(['BGP and OSPF', 'Route tagging']);
    expect(deepActiveElement()).to.equal(toggle);
    await expect(el).to.be.accessible();

    // At the end of the details: Apply again, and Hide details, which returns to the title.
    const end = part(el, 'details-actions');
    expect([...end.querySelectorAll('button')].map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Apply for Network Engineer',
      'Hide details for Network Engineer',
    ]);
    const closed = oneEvent(el, 'job-close');
    part<HTMLButtonElement>(el, 'collapse-button').click();
    await closed;
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(part(el, 'details').hidden).to.be.true;
    expect(deepActiveElement()).to.equal(toggle);
  });

  it('does not repeat the summary as the first paragraph of the details', async () => {
    const summary = 'Keep our low-latency network running.';
    const el = await card(
      makePosting({
        summary,
        sections: [
          { heading: 'Purpose of the role', blocks: [{ type: 'paragraph', text: summary }] },
          { heading: 'Skills', blocks: [{ type: 'paragraph', text: 'BGP.' }] },
        ],
      }),
    );
    part(el, 'toggle').click();
    await el.updateComplete;
    expect(parts(el, 'paragraph').map((p) => p.textContent)).to.deep.equal(['BGP.']);
    expect(part(el, 'summary').textContent).to.equal(summary);
  });

  it('fires job-apply with the posting when Apply is pressed', async () => {
    const el = await card();
    const button = part<HTMLButtonElement>(el, 'apply-button');
    expect(button.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Apply for Network Engineer');
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'job-apply');
    expect(event.detail.posting.title).to.equal('Network Engineer');
    expect(event.bubbles && event.composed && event.cancelable).to.be.true;
  });

  it('links to an external application page in a new tab when the posting says so', async () => {
    const el = await card(makePosting({ apply: { url: 'https://jobs.example/apply/1' } }));
    const link = part<HTMLAnchorElement>(el, 'apply-button');
    expect(link.tagName).to.equal('A');
    expect(link.href).to.equal('https://jobs.example/apply/1');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.textContent).to.contain('opens in a new tab');
  });

  it('renders feed text as text, never as HTML', async () => {
    const el = await card(makePosting({ title: '<img src=x onerror="window.__pwned=1">Engineer' }));
    expect(part(el, 'title').textContent).to.equal('<img src=x onerror="window.__pwned=1">Engineer');
    expect(part(el, 'title').querySelector('img')).to.be.null;
  });

  it('shows the salary range when the feed has one', async () => {
    const el = await card(makePosting({ salary: { min: 150000, max: 180000, currency: 'USD', period: 'year' } }));
    expect(part(el, 'salary').textContent).to.contain('150,000');
  });
});
