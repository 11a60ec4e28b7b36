import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { JobListElement } from '../src/job-list/job-list.js';
import { builtInLanguage } from '../src/shared/i18n.js';
import { form as germanForm, ui as german } from '../src/locales/de.js';
import { ui as japanese } from '../src/locales/ja.js';
import { loadFrame, localDay, makeFeed, makePosting, part, shadow, until } from './helpers.js';

const text = (node: Element) => node.textContent?.replace(/\s+/g, ' ').trim();

async function list(template: unknown) {
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName === 'job-list' ? root : root.querySelector('job-list')!) as JobListElement;
  await until(() => shadow(el).querySelector('job-card'), 'a card');
  return el;
}

describe('languages', () => {
  it('matches a page language to a built-in one', () => {
    expect(['de-CH', 'fr-CA', 'es-419', 'ja-JP', 'zh', 'zh-Hans-SG', 'zh-CN', 'zh-TW', 'pt-BR', 'en-GB'].map(builtInLanguage)).to.deep.equal([
      'de',
      'fr',
      'es',
      'ja',
      'zh-CN',
      'zh-CN',
      'zh-CN',
      'en',
      'en',
      'en',
    ]);
  });

  it('speaks the language of the nearest lang, dates included, and re-renders when the table arrives', async () => {
    const feed = makeFeed([makePosting({ posted: localDay(-3) })]);
    const el = await list(html`<div lang="de"><job-list .feed=${feed} url-mode="off"></job-list></div>`);
    await until(() => text(part(el, 'search-label')) === german.searchLabel, 'German');
    const card = shadow(el).querySelector('job-card')!;
    await until(() => text(part(card, 'dates')) === `${german.posted} vor 3 Tagen`, `German dates, not ${text(part(card, 'dates'))}`);
    expect(text(part(card, 'apply-button'))).to.equal(`${german.apply}${german.forPosting('Network Engineer')}`);
    expect(text(part(el, 'status'))).to.equal(german.positionCount(1));
    await expect(el).to.be.accessible();
  });

  // WebKitGTK under a POSIX locale reports navigator.language as "C", which every Intl constructor refuses.
  it('falls back to English for a tag Intl refuses ("C", as WebKitGTK reports under a POSIX locale), dates and counts included', async () => {
    const feed = makeFeed([makePosting({ posted: localDay(-3) })]);
    const el = await list(html`<div lang="C"><job-list .feed=${feed} url-mode="off"></job-list></div>`);
    const card = shadow(el).querySelector('job-card')!;
    expect(text(part(card, 'dates'))).to.match(/3 days ago/);
    expect(text(part(el, 'status'))).to.equal('1 open position');
    await expect(el).to.be.accessible();
  });

  it('asks the candidate in their language, error messages included', async () => {
    const form = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<div lang="de"><apply-form action="/api/applications" posting-id="p1" posting-title="Engineer"></apply-form></div>`,
    ).then((root) => root.querySelector('apply-form')!);
    const label = () => form.shadowRoot!.querySelector('label[for="name"]')?.textContent?.replace(/\s+/g, ' ').trim();
    await until(() => label()?.startsWith(germanForm.name), 'German labels');
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
    await until(() => form.shadowRoot!.querySelector('[part="error-summary"]'), 'the error summary');
    expect(form.shadowRoot!.querySelector('[part="error-summary"]')!.textContent).to.contain(germanForm.nameRequired);
    await expect(form).to.be.accessible();
  });

  it('takes the element’s own lang over the page’s', async () => {
    const el = await list(html`<div lang="de"><job-list lang="ja" .feed=${makeFeed()} url-mode="off"></job-list></div>`);
    await until(() => text(part(el, 'search-label')) === japanese.searchLabel, 'Japanese');
  });

  it('lets the page reword any string, in any language', async () => {
    const strings = { searchLabel: 'Find your next role', apply: 'I want this job' };
    const el = await list(html`<job-list lang="en" .strings=${strings} .feed=${makeFeed()} url-mode="off"></job-list>`);
    expect(text(part(el, 'search-label'))).to.equal('Find your next role');
    const card = shadow(el).querySelector('job-card')!;
    await card.updateComplete;
    expect(text(part(card, 'apply-button'))).to.equal('I want this job for Network Engineer');
  });

  it('loads a language file beside the script tag on a French page', async function () {
    this.timeout(20000);
    const frame = await loadFrame('/test/fixtures/script-tag-fr.html');
    try {
      const doc = frame.contentDocument!;
      const listInFrame = doc.querySelector('job-list')!;
      await until(() => listInFrame.shadowRoot?.querySelector('[part="search-label"]')?.textContent === 'Rechercher un poste', 'French', 10000);
      const scripts = [...doc.querySelectorAll('script[src]')].map((s) => new URL((s as HTMLScriptElement).src).pathname);
      expect(scripts).to.include('/dist/careers-widgets-fr.js');
    } finally {
      frame.remove();
    }
  });
});
