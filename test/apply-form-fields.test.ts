/**
 * <apply-form> as a candidate meets it field by field (issue 11): no error for a field only passed through with Tab,
 * one once a changed field is left; the file picker (name and size, Remove, drag and drop, keyboard); 24 px targets;
 * axe in light and dark.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { ApplyFormElement } from '../src/apply-form/apply-form.js';
import type { Posting } from '../src/feed/schema.js';
import { applyPostings, choose, clearDrafts, control, resume, resumeText, submit } from './apply-helpers.js';
import { deepActiveElement, part, parts, shadow, until } from './helpers.js';

let basic: Posting;
let questions: Posting;

const invalidControls = (el: ApplyFormElement) => [...shadow(el).querySelectorAll('[aria-invalid="true"]')].map((c) => c.id);

/** Tabs (forwards) until `id` has focus; fails after `max` presses. */
async function tabTo(el: ApplyFormElement, id: string, max = 40) {
  for (let i = 0; i < max && deepActiveElement() !== control(el, id); i += 1) await sendKeys({ press: 'Tab' });
  expect(deepActiveElement()?.id).to.equal(id);
}

/** A drag event carrying `files`, as the browser fires it when a file from the desktop is dragged over or dropped. */
function drag(type: string, ...files: File[]) {
  const dataTransfer = new DataTransfer();
  for (const file of files) dataTransfer.items.add(file);
  return new DragEvent(type, { dataTransfer, bubbles: true, cancelable: true, composed: true });
}

describe('<apply-form> fields', () => {
  before(async () => ({ basic, questions } = await applyPostings()));
  beforeEach(() => clearDrafts(basic.id, questions.id));

  it('stays neutral when the candidate only tabs through the fields, and shows the error of a changed field once left', async () => {
    const el = await fixture<ApplyFormElement>(html`<apply-form action="/api/applications" .posting=${questions}></apply-form>`);
    control(el, 'name').focus();
    await tabTo(el, 'consent');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(parts(el, 'field-error')).to.have.length(0);
    expect(invalidControls(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();

    // Changed and left: the name typed then erased, the consent ticked then unticked.
    control(el, 'name').focus();
    await sendKeys({ type: 'A' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(parts(el, 'field-error')).to.have.length(0); // not while the candidate is in the field
    await sendKeys({ press: 'Tab' });
    await until(() => shadow(el).getElementById('name-error'), 'the name error');
    expect(shadow(el).getElementById('name-error')?.textContent).to.equal('Enter your full name.');
    control(el, 'consent').focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    await until(() => shadow(el).getElementById('consent-error'), 'the consent error');
    expect(invalidControls(el)).to.deep.equal(['name', 'consent']);
    await expect(el).to.be.accessible();
  });

  it('shows the chosen file’s name and size, and Remove takes it away and returns to the picker', async () => {
    const el = await fixture<ApplyFormElement>(html`<apply-form action="/api/applications" .posting=${basic}></apply-form>`);
    expect(part(el, 'file-button').textContent).to.equal('Choose file');
    expect(part(el, 'file-drop-hint').textContent).to.equal('or drop it here');
    expect(shadow(el).querySelector('label[for="resume"]')?.textContent).to.equal('Resume *');
    await expect(el).to.be.accessible();

    choose(el, 'resume', resume());
    await el.updateComplete;
    expect(part(el, 'file-name').textContent).to.equal('ada-lovelace.pdf');
    expect(part(el, 'file-size').textContent).to.equal(`${resumeText.length} bytes`);
    expect(part(el, 'file-button').textContent).to.equal('Choose another file');
    expect(control(el, 'resume').getAttribute('aria-describedby')).to.equal('resume-hint resume-file');
    const remove = part<HTMLButtonElement>(el, 'file-remove');
    expect(remove.textContent).to.equal('Remove');
    expect(remove.getAttribute('aria-describedby')).to.equal('resume-file');
    expect(parts(el, 'field-error')).to.have.length(0);
    await expect(el).to.be.accessible();

    remove.click();
    await el.updateComplete;
    expect(control(el, 'resume').files).to.have.length(0);
    expect(parts(el, 'file-name')).to.have.length(0);
    expect(part(el, 'file-button').textContent).to.equal('Choose file');
    expect(deepActiveElement()).to.equal(control(el, 'resume'));
    expect(parts(el, 'field-error')).to.have.length(0);
    // Still required: the submit says so.
    submit(el);
    await until(() => shadow(el).getElementById('resume-error'), 'the resume error');
    expect(shadow(el).getElementById('resume-error')?.textContent).to.equal('Choose your resume file.');
  });

  it('takes a file dropped on the drop zone, checks it by its content, and marks the zone while a file is over it', async () => {
    const el = await fixture<ApplyFormElement>(html`<apply-form action="/api/applications" .posting=${questions}></apply-form>`);
    const [zone, certificateZone] = parts(el, 'file-drop');
    const over = drag('dragover', resume());
    zone.dispatchEvent(over);
    expect(over.defaultPrevented, 'the drop is allowed').to.be.true;
    await el.updateComplete;
    expect(zone.classList.contains('over')).to.be.true;

    const dropped = drag('drop', resume());
    zone.dispatchEvent(dropped);
    expect(dropped.defaultPrevented, 'the browser does not open the file').to.be.true;
    await until(() => parts(el, 'file-name').length === 1, 'the dropped file');
    expect(zone.classList.contains('over')).to.be.false;
    expect(control(el, 'resume').files?.[0]?.name).to.equal('ada-lovelace.pdf');
    expect(part(el, 'file-name').textContent).to.equal('ada-lovelace.pdf');
    expect(deepActiveElement()).to.equal(control(el, 'resume'));

    // A program renamed .pdf, dropped on the certificate question: refused by its first bytes, beside that field.
    certificateZone.dispatchEvent(drag('drop', new File(['MZ\x90\x00 not a document'], 'jlpt.pdf', { type: 'application/pdf' })));
    await until(() => shadow(el).getElementById('answers.certificate-error'), 'the type error');
    expect(shadow(el).getElementById('answers.certificate-error')?.textContent).to.equal('Choose a PDF, DOC or DOCX file.');
    expect(certificateZone.classList.contains('invalid')).to.be.true;
    expect(shadow(el).getElementById('resume-error')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('is operated by keyboard: Tab reaches the real file input (its button shows focus), then Remove', async () => {
    const el = await fixture<ApplyFormElement>(html`<apply-form action="/api/applications" .posting=${basic}></apply-form>`);
    control(el, 'phone').focus();
    await sendKeys({ press: 'Tab' });
    const input = control(el, 'resume');
    expect(deepActiveElement()).to.equal(input);
    expect(input.type).to.equal('file');
    expect(getComputedStyle(part(el, 'file-button')).outlineStyle).to.equal('solid');

    choose(el, 'resume', resume());
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(part(el, 'file-remove'));
    expect(getComputedStyle(part(el, 'file-button')).outlineStyle).to.equal('none');
    await sendKeys({ press: 'Enter' });
    await until(() => parts(el, 'file-remove').length === 0, 'the file to go');
    expect(input.files).to.have.length(0);
    expect(deepActiveElement()).to.equal(input);
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px column with a long file name, errors and the error summary shown, in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 320px"><apply-form theme=${theme} action="/api/applications" min-fill-time="0" .posting=${questions}></apply-form></div>`,
      );
      const el = wrapper.querySelector('apply-form')!;
      choose(el, 'resume', new File([resumeText], `${'AdaLovelaceCurriculumVitae'.repeat(4)}.pdf`));
      submit(el);
      await until(() => shadow(el).querySelector('[part="error-summary"]'), 'the summary');
      expect(part(el, 'file-name').textContent).to.contain('Curriculum');
      expect(el.scrollWidth, `${theme}: the form is no wider than its column`).to.be.at.most(320);
      for (const box of parts(el, 'file-drop')) expect(box.scrollWidth, `${theme}: a file box`).to.be.at.most(box.clientWidth);
      await expect(el).to.be.accessible();
    }
  });

  it('gives every control a target of at least 24 by 24 px, and passes axe in dark with errors and files', async () => {
    const el = await fixture<ApplyFormElement>(
      html`<apply-form theme="dark" action="/api/applications" min-fill-time="0" .posting=${questions}></apply-form>`,
    );
    choose(el, 'answers.certificate', new File(['MZ not a document'], 'jlpt.pdf'));
    submit(el);
    await until(() => shadow(el).querySelector('[part="error-summary"]'), 'the summary');
    choose(el, 'resume', resume());
    await until(() => parts(el, 'file-remove').length === 1, 'the chosen resume');
    const targets = [...shadow(el).querySelectorAll<HTMLElement>('input, textarea, button, [part="option"], [part="file-button"]')].filter(
      (target) => target.id !== 'careers-widgets-trap' && target.type !== 'radio',
    );
    expect(targets.length).to.be.greaterThan(10);
    for (const target of targets) {
      const { width, height } = target.getBoundingClientRect();
      expect(Math.min(width, height), `${target.id || target.getAttribute('part')} is ${width}×${height}`).to.be.at.least(24);
    }
    await expect(el).to.be.accessible();
  });
});
