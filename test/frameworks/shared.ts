/**
 * What every framework recipe must do, checked the same way for each (README "Frameworks"): the framework passes the
 * feed to <job-list> as a property (data, not an attribute's text), re-renders it when the prop changes, and its own
 * handlers receive job-filter-change and job-apply; the handlers' result is the status line under the list.
 */
import { expect } from '@open-wc/testing';
import type { JobListElement } from '../../src/job-list/job-list.js';
import { SEED_TITLES, makeFeed, makePosting, until } from '../helpers.js';

export const FIRST = makeFeed([
  makePosting({ id: 'network-engineer', title: 'Network Engineer' }),
  makePosting({ id: 'account-manager', title: 'Account Manager', department: 'sales' }),
]);
export const SECOND = makeFeed([
  makePosting({ id: 'data-analyst', title: 'Data Analyst' }),
  makePosting({ id: 'sales-lead', title: 'Sales Lead', department: 'sales' }),
]);

const clean = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() ?? '';

/** The posting titles a candidate sees, in page order. */
export function cardTitles(list: Element): string[] {
  return [...(list.shadowRoot?.querySelectorAll('job-card') ?? [])].map((card) => clean(card.shadowRoot?.querySelector('[part~="title"]')?.textContent));
}

async function showsTitles(list: Element, titles: string[]) {
  const wanted = JSON.stringify(titles);
  await until(() => JSON.stringify(cardTitles(list)) === wanted, `the cards ${wanted} (shown: ${JSON.stringify(cardTitles(list))})`, 10000);
}

function statusOf(host: ParentNode) {
  const status = host.querySelector('[role="status"]');
  if (!status) throw new Error('no status line under the list');
  return () => clean(status.textContent);
}

/** Types in the search box, as a candidate would (the element listens to `input`). */
function search(list: Element, query: string) {
  const input = list.shadowRoot!.querySelector<HTMLInputElement>('[part~="search-input"]')!;
  input.value = query;
  const view = list.ownerDocument.defaultView!;
  input.dispatchEvent(new view.InputEvent('input', { bubbles: true, composed: true }));
}

function chooseApply(list: Element, index = 0) {
  const card = list.shadowRoot!.querySelectorAll('job-card')[index];
  card.shadowRoot!.querySelector<HTMLElement>('[part~="apply-button"]')!.click();
}

/** The framework's handlers update its status line: job-filter-change on a search, job-apply on Apply. */
async function handlesEvents(host: ParentNode, list: Element & { updateComplete?: Promise<unknown> }, query: string) {
  const status = statusOf(host);
  const before = cardTitles(list).length;
  search(list, query);
  await until(() => status() === `Searching for “${query}”`, `the framework's job-filter-change handler (status: "${status()}")`);
  await until(() => cardTitles(list).length > 0 && cardTitles(list).length < before, `the search for "${query}" to narrow the list`);
  const [title] = cardTitles(list);
  chooseApply(list);
  await until(() => status() === `Applying for ${title}`, `the framework's job-apply handler (status: "${status()}")`);
}

/**
 * A mounted example component: `host` holds what it rendered; `showSecond` makes the framework re-render it with
 * SECOND as its `feed` prop.
 */
export async function checkMountedBoard(host: ParentNode, showSecond: () => unknown) {
  const list = await until(() => host.querySelector<JobListElement>('job-list'), 'the <job-list> the component renders');
  await showsTitles(list, ['Network Engineer', 'Account Manager']);
  expect(list.feed, 'the feed, as a property').to.equal(FIRST);
  expect(list.hasAttribute('feed'), 'a feed attribute').to.be.false;
  expect(list.getAttribute('url-mode'), 'a string prop, as the attribute').to.equal('off');

  await showSecond();
  await showsTitles(list, ['Data Analyst', 'Sales Lead']);
  expect(list.feed).to.equal(SECOND);

  await handlesEvents(host, list, 'analyst');
  expect(cardTitles(list)).to.deep.equal(['Data Analyst']);
}

/** An example page of demo/frameworks/: it shows the seed feed (demo/postings.json) and its handlers work. */
export async function checkExamplePage(src: string) {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  const errors: string[] = [];
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  try {
    await loaded;
    const win = frame.contentWindow!;
    win.addEventListener('error', (event) => errors.push(event.message));
    const list = await until(() => win.document.querySelector('job-list'), `a <job-list> in ${src}`, 10000);
    await showsTitles(list, SEED_TITLES);
    expect(list.hasAttribute('feed')).to.be.false;
    await handlesEvents(win.document, list, 'network');
    expect(errors).to.deep.equal([]);
  } finally {
    frame.remove();
  }
}
