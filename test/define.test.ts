import { expect } from '@open-wc/testing';
import { ApplyFormElement, JobCardElement, JobListElement } from '../src/index.js';
import { defineElement as define } from '../src/define.js';
import { makeFeed, shadow, until } from './helpers.js';

describe('registration', () => {
  it('registers the default tags, and running the registration again does not throw', async () => {
    expect(customElements.get('job-list')).to.equal(JobListElement);
    expect(customElements.get('job-card')).to.equal(JobCardElement);
    expect(customElements.get('apply-form')).to.equal(ApplyFormElement);
    // What a second copy of the registration (two script tags, or the ES build beside the script tag) does.
    class SecondCopy extends JobListElement {}
    expect(() => define('job-list', SecondCopy)).not.to.throw();
    expect(customElements.get('job-list')).to.equal(JobListElement);
  });

  it('lets a host register the classes under its own tag names', async () => {
    class AcmeJobList extends JobListElement {}
    customElements.define('acme-job-list', AcmeJobList);
    const el = document.createElement('acme-job-list') as JobListElement;
    el.feed = makeFeed();
    document.body.append(el);
    try {
      await until(() => shadow(el).querySelector('job-card'), 'a card in <acme-job-list>');
      expect(shadow(el).querySelector('job-card')?.posting?.title).to.equal('Network Engineer');
    } finally {
      el.remove();
    }
  });
});

describe('the script-tag bundle on a plain page', () => {
  it('renders the seed from dist/careers-widgets.js alone, included twice, without errors or globals of its own', async function () {
    this.timeout(15000);
    const blank = document.createElement('iframe');
    const frame = document.createElement('iframe');
    document.body.append(blank, frame);
    try {
      const ready = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = '/test/fixtures/script-tag.html';
      await ready;
      const win = frame.contentWindow as Window & typeof globalThis & { pageErrors: string[] };
      const list = win.document.querySelector('job-list')!;
      await until(() => list.shadowRoot?.querySelectorAll('job-card').length === 6, 'six cards from the bundle', 10000);
      expect(win.customElements.get('apply-form')).to.be.a('function');
      expect(win.pageErrors).to.deep.equal([]);
      // Lit and zod keep version and config records on window; the library itself adds no name.
      const libraryRecords = ['litPropertyMetadata', 'reactiveElementVersions', 'litHtmlVersions', 'litElementVersions', '__zod_globalConfig'];
      const added = Object.keys(win).filter((key) => !(key in blank.contentWindow!) && !libraryRecords.includes(key));
      expect(added).to.deep.equal(['pageErrors']);
    } finally {
      blank.remove();
      frame.remove();
    }
  });
});
