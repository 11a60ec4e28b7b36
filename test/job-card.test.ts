import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { JobCardElement } from '../src/job-card/job-card.js';
import { deepActiveElement, localDay, makePosting, oneEvent, organization, part, parts } from './helpers.js';

async function card(posting = makePosting()) {
  return fixture<JobCardElement>(html`<job-card .posting=${posting} .organization=${organization} department-name="Engineering"></job-card>`);
}

describe('<job-card>', () => {
  it('shows the summary facts: title, department, location, workplace, type, corporate title, posted date', async () => {
    const el = await card(makePosting({ posted: localDay(-3), closes: localDay(5) }));
    expect(part(el, 'title').textContent).to.equal('Network Engineer');
    expect(part(el, 'title').getAttribute('role')).to.equal('heading');
    expect(part(el, 'department').textContent).to.equal('Engineering');
    expect(part(el, 'locations').textContent).to.equal('Singapore');
    expect(part(el, 'workplace').textContent).to.equal('On-site');
    expect(part(el, 'employment-type').textContent).to.equal('Full-time');
    expect(part(el, 'corporate-title').textContent).to.equal('Corporate title: AVP or below');
    expect(part(el, 'dates').textContent?.replace(/\s+/g, ' ').trim()).to.match(/^Posted 3 days ago · Applications close \w+ \d+, \d{4} \(in 5 days\)$/);
    expect(part(el, 'dates').querySelector('time')?.getAttribute('datetime')).to.equal(localDay(-3));
    expect(part(el, 'details').hidden).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('expands and collapses the full posting from the keyboard, with aria-expanded and nested lists', async () => {
    const el = await card();
    const toggle = part<HTMLButtonElement>(el, 'toggle');
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
    expect(parts(el, 'section-heading').map((h) => h.textContent)).to.deep.equal(['Purpose of the role', 'Skills']);
    expect(part(el, 'paragraph').textContent).to.equal('You run the network.');
    const ownText = (item: Element) => [...item.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
    expect(parts(el, 'nested-list').map((list) => ownText(list.firstElementChild!))).to.deep.equal(['BGP and OSPF', 'Route tagging']);
    expect(deepActiveElement()).to.equal(toggle);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(part(el, 'details').hidden).to.be.true;
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
