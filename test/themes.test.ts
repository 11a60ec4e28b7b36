import { expect, fixture, html } from '@open-wc/testing';
import { define } from '../src/define-core.js';
import type { JobListElement } from '../src/job-list/job-list.js';
import { makeFeed, part, shadow, until } from './helpers.js';

define();

async function list(template: unknown, find = (root: Element) => root.querySelector('job-list')!) {
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName === 'job-list' ? root : find(root)) as JobListElement;
  await until(() => shadow(el).querySelector('job-card'), 'a card');
  const card = shadow(el).querySelector('job-card')!;
  await card.updateComplete;
  return { el, card };
}

const style = (element: Element) => getComputedStyle(element);

async function withStylesheet(href: string, run: () => Promise<void>) {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
  document.head.append(link);
  await loaded;
  try {
    await run();
  } finally {
    link.remove();
  }
}

describe('themes', () => {
  it('follows the page: light by default, dark when the page is dark', async () => {
    const light = await list(html`<job-list .feed=${makeFeed()} url-mode="off"></job-list>`);
    expect(style(part(light.card, 'card')).backgroundColor).to.equal('rgb(255, 255, 255)');
    // A dark page: its color-scheme and, as a dark page does, a dark background.
    const dark = await list(html`<div style="color-scheme: dark; background: #121212"><job-list .feed=${makeFeed()} url-mode="off"></job-list></div>`);
    expect(style(part(dark.card, 'card')).backgroundColor).to.equal('rgb(31, 33, 38)');
    expect(style(part(dark.card, 'title')).color).to.equal('rgb(232, 234, 237)');
    await expect(dark.el).to.be.accessible(); // contrast in the dark palette
  });

  it('forces a theme with the theme attribute, painting its own background', async () => {
    const { el, card } = await list(html`<div style="color-scheme: light"><job-list theme="dark" .feed=${makeFeed()} url-mode="off"></job-list></div>`);
    expect(style(el).backgroundColor).to.equal('rgb(18, 19, 22)');
    expect(style(part(card, 'card')).backgroundColor).to.equal('rgb(31, 33, 38)');
    await expect(el).to.be.accessible();
    const light = await list(html`<div style="color-scheme: dark"><job-list theme="light" .feed=${makeFeed()} url-mode="off"></job-list></div>`);
    expect(style(part(light.card, 'card')).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('applies the demo themes with custom properties and parts only', async () => {
    await withStylesheet('/demo/themes/brand.css', async () => {
      const { el, card } = await list(html`<job-list .feed=${makeFeed()} url-mode="off"></job-list>`);
      const box = style(part(card, 'card'));
      expect(box.borderInlineStartWidth).to.equal('10px');
      expect(box.borderTopLeftRadius).to.equal('0px');
      expect(style(part(card, 'apply-button')).backgroundColor).to.equal('rgb(219, 39, 119)');
      expect(style(part(card, 'title')).color).to.equal('rgb(91, 33, 182)');
      expect(style(part(el, 'group-heading')).textTransform).to.equal('uppercase');
      expect(style(part(card, 'title')).fontFamily).to.contain('Trebuchet MS');
      await expect(el).to.be.accessible();
    });
    await withStylesheet('/demo/themes/dark.css', async () => {
      const { el, card } = await list(html`<job-list .feed=${makeFeed()} url-mode="off"></job-list>`);
      expect(style(el).backgroundColor).to.equal('rgb(16, 19, 26)');
      expect(style(part(card, 'card')).backgroundColor).to.equal('rgb(24, 28, 37)');
      expect(style(part(card, 'apply-button')).backgroundColor).to.equal('rgb(138, 180, 255)');
      await expect(el).to.be.accessible();
    });
  });

  it('shows a visible focus ring', async () => {
    const { card } = await list(html`<job-list .feed=${makeFeed()} url-mode="off"></job-list>`);
    const toggle = part<HTMLButtonElement>(card, 'toggle');
    toggle.focus({ focusVisible: true } as FocusOptions);
    await until(() => style(toggle).outlineStyle === 'solid', 'a focus outline');
    expect(style(toggle).outlineWidth).to.equal('3px');
  });

  it('lays out right to left on an RTL page', async () => {
    const { el, card } = await list(html`<div dir="rtl" lang="ar"><job-list .feed=${makeFeed()} url-mode="off"></job-list></div>`);
    const toggle = part(card, 'toggle').getBoundingClientRect();
    const apply = part(card, 'apply-button').getBoundingClientRect();
    expect(toggle.left).to.be.greaterThan(apply.left); // the first action is on the right
    expect(style(part(card, 'title')).textAlign).to.equal('start');
    const search = part(el, 'search-input').getBoundingClientRect();
    expect(Math.round(search.right)).to.equal(Math.round(el.getBoundingClientRect().right));
  });
});
