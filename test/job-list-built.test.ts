/**
 * The built script tag (dist/, minified templates) renders exactly the text of the dev build (src/): the list, an
 * open posting, and the application form. Needs `npm run build` first (`npm test` builds).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { JobListElement } from '../src/job-list/job-list.js';
import { loadFrame, until } from './helpers.js';

/** What a reader sees: every text node, through shadow roots, white space collapsed as the page shows it. */
function visibleText(root: Node): string {
  const pieces: string[] = [];
  // By node type, not instanceof: the built page lives in another window, with its own classes.
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) return void pieces.push(node.textContent ?? '');
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as HTMLElement;
      if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(element.tagName) || element.hidden) return;
      // A slot shows what is assigned to it, else its own fallback content.
      if (element.tagName === 'SLOT') {
        const assigned = (element as HTMLSlotElement).assignedNodes();
        return void (assigned.length ? assigned : [...element.childNodes]).forEach(walk);
      }
      if (element.shadowRoot) return walk(element.shadowRoot);
    } else if (node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    node.childNodes.forEach(walk);
  };
  walk(root);
  return pieces.join('').replace(/\s+/g, ' ').trim();
}

const cardsOf = (list: Element) => [...list.shadowRoot!.querySelectorAll('job-card')];
const tap = (card: Element, part: string) => card.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`)!.click();

describe('the built script tag renders the same text as the dev build', () => {
  it('in the list, an open posting and the application form', async function () {
    this.timeout(30000);
    const dev = await fixture<JobListElement>(html`<job-list src="/demo/postings.json" url-mode="off"></job-list>`);
    const frame = await loadFrame('/test/fixtures/script-tag.html', { width: '1000px', height: '800px' });
    try {
      const built = frame.contentDocument!.querySelector('job-list')!;
      // Six cards with Apply in both: a copy saved on the device shows no Apply until the server confirms it.
      const ready = (list: Element) => cardsOf(list).length === 6 && cardsOf(list).every((card) => card.shadowRoot?.querySelector('[part~="apply-button"]'));
      await until(() => ready(dev) && ready(built), 'six cards with Apply in both', 10000);
      await Promise.all([...cardsOf(dev), ...cardsOf(built)].map((card) => (card as unknown as JobListElement).updateComplete));
      expect(visibleText(built.shadowRoot!)).to.equal(visibleText(dev.shadowRoot!));

      for (const list of [dev, built]) tap(cardsOf(list)[5], 'toggle');
      await until(() => [dev, built].every((list) => cardsOf(list)[5].shadowRoot!.querySelector('[part="section"]')), 'the details in both');
      expect(visibleText(cardsOf(built)[5].shadowRoot!)).to.equal(visibleText(cardsOf(dev)[5].shadowRoot!));
      expect(visibleText(cardsOf(built)[5].shadowRoot!)).to.contain('Posted last month'); // a template's leading space kept

      for (const list of [dev, built]) tap(cardsOf(list)[0], 'apply-button');
      const form = (list: Element) => list.shadowRoot!.querySelector('dialog[open] apply-form')?.shadowRoot?.querySelector('form');
      await until(() => form(dev) && form(built), 'the form in both', 15000);
      const dialogText = (list: Element) => visibleText(list.shadowRoot!.querySelector('dialog')!);
      const builtForm = dialogText(built);
      expect(builtForm).to.equal(dialogText(dev));
      expect(builtForm).to.match(/required\. \S/); // "Fields marked * are required. This application…"
      expect(builtForm).to.not.match(/Full name\*/);
    } finally {
      frame.remove();
      dev.shadowRoot!.querySelector('dialog')?.close();
    }
  });

  it("forwards the form's parts to the page on the first Apply, before the form's file was loaded", async function () {
    this.timeout(30000);
    const frame = await loadFrame('/test/fixtures/script-tag.html', { width: '1000px', height: '800px' });
    try {
      const doc = frame.contentDocument!;
      doc.head.append(Object.assign(doc.createElement('style'), { textContent: 'job-list::part(submit-button) { color: rgb(4, 5, 6); }' }));
      const built = doc.querySelector('job-list')!;
      await until(() => cardsOf(built)[0]?.shadowRoot?.querySelector('[part~="apply-button"]'), 'the cards');
      expect([...doc.scripts].some((script) => script.src.endsWith('careers-widgets-apply.js')), 'the form not loaded yet').to.be.false;
      tap(cardsOf(built)[0], 'apply-button');
      const submit = await until(
        () => built.shadowRoot!.querySelector('dialog[open] apply-form')?.shadowRoot?.querySelector<HTMLElement>('[part~="submit-button"]'),
        'the form',
        15000,
      );
      expect(frame.contentWindow!.getComputedStyle(submit).color).to.equal('rgb(4, 5, 6)');
    } finally {
      frame.remove();
    }
  });
});
