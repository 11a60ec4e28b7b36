import { expect } from '@open-wc/testing';
import '../src/define.js';
import { loadFeedTools } from '../src/feed/load-tools.js';
import { formatter } from '../src/shared/intl.js';
import { languageOf } from '../src/shared/language.js';
import { nextTask } from '../src/shared/next-task.js';
import { resultsFonts, warmedUp, warmUp } from '../src/shared/warm-up.js';
import { makeFeed, shadow, until } from './helpers.js';

describe('warm-up', () => {
  it('resolves warmedUp at once when nothing is queued, and once the steps queued have run', async () => {
    await warmedUp();
    // The fonts the warm-up measures on a canvas, as it sets them.
    const proto = CanvasRenderingContext2D.prototype;
    const font = Object.getOwnPropertyDescriptor(proto, 'font')!;
    const measured: string[] = [];
    Object.defineProperty(proto, 'font', {
      ...font,
      set(value: string) {
        measured.push(value);
        font.set!.call(this, value);
      },
    });
    let settled = false;
    warmUp();
    const done = warmedUp().then(() => (settled = true));
    await Promise.resolve();
    expect(settled, 'still running its steps, each in a task of its own').to.be.false;
    // Once something waits, the steps start in the next task (not after the three hops that make way for a list's
    // request and first render: those have come) and run several to a task, as many as fit in a few milliseconds: a
    // page busy with tasks of its own would put each hop behind them. A long step's task is not the render's.
    let hops = 0;
    while (!settled) {
      await nextTask();
      hops++;
    }
    Object.defineProperty(proto, 'font', font);
    // At most: three hops, one per step (five for Intl, one to find the list's font and one per font it matches, one per
    // element's styles), one after the last, and one of slack: messages of different channels need not arrive in the
    // order posted (WebKit).
    expect(hops, 'tasks until the warm-up is done').to.be.at.least(1).and.at.most(20);
    await done;
    // Each font of the first results, for the page's own font (no list is on the page yet).
    const style = getComputedStyle(document.body);
    expect(measured).to.deep.equal(resultsFonts(style.fontFamily, Number.parseFloat(style.fontSize)));
    // The formatters a first render of results uses are made by then: asking again builds nothing.
    const lang = languageOf(document.documentElement);
    for (const kind of ['date', 'list', 'relative']) {
      expect(() => formatter(`${kind} ${lang}`, () => { throw new Error(`${kind} was not warmed up`); })).not.to.throw();
    }
  });

  it("holds a list's first render of a feed until the warm-up's steps have run", async () => {
    // With the feed's tools here already, as on a page whose feed comes at once: nothing else holds the render.
    await loadFeedTools();
    const order: string[] = [];
    warmUp();
    void warmedUp().then(() => order.push('warmed up'));
    const el = document.createElement('job-list');
    el.setAttribute('url-mode', 'off');
    el.feed = makeFeed();
    document.body.append(el);
    // The shadow root is there once the list is on the page; its first render waits a task.
    const observer = new MutationObserver(() => {
      if (shadow(el).querySelector('job-card') && !order.includes('results')) order.push('results');
    });
    observer.observe(shadow(el), { childList: true, subtree: true });
    try {
      await until(() => shadow(el).querySelector('job-card'), 'the results');
      await el.updateComplete;
      expect(order).to.deep.equal(['warmed up', 'results']);
      expect(shadow(el).querySelector('job-card')!.posting?.title).to.equal('Network Engineer');
      await expect(el).to.be.accessible();
    } finally {
      observer.disconnect();
      el.remove();
    }
  });

  it('matches beforehand every font that a list of results shows', async () => {
    const el = document.createElement('job-list');
    el.setAttribute('url-mode', 'off');
    el.style.font = '17px serif';
    el.feed = (await (await fetch('/demo/postings.json')).json()) as typeof el.feed;
    document.body.append(el);
    try {
      await until(() => shadow(el).querySelector('job-card'), 'the results');
      await el.updateComplete;
      await Promise.all([...shadow(el).querySelectorAll('job-card')].map((card) => card.updateComplete));
      // Every text the results show, in the cards too, and the separators between a posting's details.
      const shown = new Set<string>();
      const fontOf = (style: CSSStyleDeclaration) => `${style.fontWeight} ${Number.parseFloat(style.fontSize).toFixed(2)}`;
      const visit = (root: ParentNode) => {
        for (const element of root.querySelectorAll('*')) {
          const style = getComputedStyle(element);
          if (element.shadowRoot) visit(element.shadowRoot);
          if (style.display === 'none' || element.closest('[hidden]')) continue;
          if ([...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())) shown.add(fontOf(style));
          const after = getComputedStyle(element, '::after');
          if (after.content !== 'none' && after.content !== 'normal') shown.add(fontOf(after));
        }
      };
      visit(shadow(el));
      const warmed = new Set(
        resultsFonts('serif', 17).map((font) => {
          const [, weight, px] = /^(\d+) ([\d.]+)px serif$/.exec(font)!;
          return `${weight} ${Number(px).toFixed(2)}`;
        }),
      );
      expect(shown.size, 'fonts the results show').to.be.at.least(5);
      expect([...shown].filter((font) => !warmed.has(font)), 'shown and not matched beforehand').to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });
});
