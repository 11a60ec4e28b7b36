import { expect, fixture, html } from '@open-wc/testing';
import { DRAFT_MAX_AGE, clearDraft, fillForm, loadDraft, readForm, saveDraft } from '../src/apply-form/draft.js';

const KEY = (id: string) => `careers-widgets:draft:${id}`;
const day = 24 * 3600 * 1000;

describe('application drafts', () => {
  afterEach(() => ['draft-a', 'draft-b', 'draft-c'].forEach(clearDraft));

  it('saves one draft per posting and loads it back', () => {
    const now = Date.now();
    expect(saveDraft('draft-a', { fields: { name: ['Ada'] }, files: { resume: 'cv.pdf' }, key: 'k-1' }, now)).to.be.true;
    saveDraft('draft-b', { fields: { name: ['Grace'] }, files: {} }, now);
    expect(loadDraft('draft-a', now)).to.deep.equal({ fields: { name: ['Ada'] }, files: { resume: 'cv.pdf' }, key: 'k-1', at: now });
    expect(loadDraft('draft-b', now)?.fields.name).to.deep.equal(['Grace']);
    expect(loadDraft('draft-c', now)).to.be.undefined;
    clearDraft('draft-a');
    expect(localStorage.getItem(KEY('draft-a'))).to.be.null;
  });

  it('expires after 30 days, removing expired drafts of every posting, and ignores unreadable ones', () => {
    const now = Date.now();
    saveDraft('draft-a', { fields: {}, files: {} }, now - DRAFT_MAX_AGE + day);
    saveDraft('draft-b', { fields: {}, files: {} }, now - DRAFT_MAX_AGE - 1);
    localStorage.setItem(KEY('draft-c'), '{not json');
    expect(loadDraft('draft-a', now)).to.exist;
    expect(localStorage.getItem(KEY('draft-b'))).to.be.null;
    expect(localStorage.getItem(KEY('draft-c'))).to.be.null;
    expect(loadDraft('draft-a', now + day)).to.be.undefined;
    expect(localStorage.getItem(KEY('draft-a'))).to.be.null;
  });

  it('reads a form as FormData does, without the skipped field, and fills it back', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <input name="name" value="Ada" />
      <input name="links" value="" /><input name="links" value="https://github.com/ada" />
      <input type="radio" name="level" value="n1" /><input type="radio" name="level" value="n2" checked />
      <input type="checkbox" name="tools" value="a" checked /><input type="checkbox" name="tools" value="b" checked />
      <input type="checkbox" name="consent" value="yes" />
      <input type="file" name="resume" />
      <input name="careers-widgets-trap" value="spam" />
    </form>`);
    const transfer = new DataTransfer();
    transfer.items.add(new File(['%PDF'], 'cv.pdf'));
    form.querySelector<HTMLInputElement>('[type=file]')!.files = transfer.files;
    const read = readForm(form, 'careers-widgets-trap');
    expect(read).to.deep.equal({
      fields: { name: ['Ada'], links: ['', 'https://github.com/ada'], level: ['n2'], tools: ['a', 'b'] },
      files: { resume: 'cv.pdf' },
    });

    form.reset();
    form.querySelector<HTMLInputElement>('[name=consent]')!.checked = true;
    fillForm(form, read.fields);
    expect(readForm(form, 'careers-widgets-trap').fields).to.deep.equal(read.fields); // the consent box was not in the draft: unchecked
    expect(form.querySelector<HTMLInputElement>('[name=careers-widgets-trap]')!.value).to.equal('spam'); // left alone
  });
});
