import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { ApplyFormElement } from '../src/apply-form/apply-form.js';
import { deepActiveElement, makePosting, oneEvent, part, parts, shadow, until } from './helpers.js';

interface Received {
  stored: { id: string; key: string; fields: Record<string, string | string[]>; files: Record<string, { name: string; type: string; size: number; text?: string }> }[];
  attempts: { key: string; contentType: string; fields: Record<string, string | string[]> }[];
}

async function received(postingId: string) {
  const all = (await (await fetch('/api/test/applications')).json()) as Received;
  return {
    stored: all.stored.filter((a) => a.fields.postingId === postingId),
    attempts: all.attempts.filter((a) => a.fields.postingId === postingId),
  };
}

let counter = 0;
function uniquePosting() {
  counter += 1;
  return makePosting({ id: `posting-${Date.now()}-${counter}`, title: 'Network Operations Engineer' });
}

function input(el: ApplyFormElement, id: string) {
  const found = shadow(el).querySelector<HTMLInputElement>(`#${id}`);
  if (!found) throw new Error(`no #${id}`);
  return found;
}

function type(el: ApplyFormElement, id: string, value: string) {
  const field = input(el, id);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

function choose(el: ApplyFormElement, file: File) {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  const field = input(el, 'resume');
  field.files = transfer.files;
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

const resumeText = '%PDF-1.4\n% Ada Lovelace resume\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n';
const resume = () => new File([resumeText], 'ada-lovelace.pdf', { type: 'application/pdf' });

function fillValid(el: ApplyFormElement, { withFile = true } = {}) {
  type(el, 'name', 'Ada Lovelace');
  type(el, 'email', 'ada@example.com');
  type(el, 'phone', '+65 6123 4567');
  type(el, 'coverLetter', 'I have run BGP networks for eight years.\nJapanese: fluent.');
  type(el, 'link-1', 'https://www.linkedin.com/in/ada');
  type(el, 'link-2', 'https://github.com/ada');
  if (withFile) choose(el, resume());
  input(el, 'consent').click();
}

function submit(el: ApplyFormElement) {
  part<HTMLButtonElement>(el, 'submit-button').click();
}

describe('<apply-form>', () => {
  it('shows every error beside its field and in a summary, and focuses the first', async () => {
    const el = await fixture<ApplyFormElement>(html`<apply-form action="/api/applications" .posting=${uniquePosting()}></apply-form>`);
    await expect(el).to.be.accessible();
    submit(el);
    await el.updateComplete;
    await until(() => deepActiveElement() === input(el, 'name'), 'focus on the name field');

    const summary = part(el, 'error-summary');
    expect(part(el, 'error-summary-title').textContent).to.equal('There are 4 problems with your application');
    expect([...summary.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal([
      'Enter your full name.',
      'Enter your e-mail address.',
      'Choose your resume file.',
      'Tick the box to agree, so we can consider your application.',
    ]);
    const name = input(el, 'name');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(el).getElementById(name.getAttribute('aria-describedby')!)?.textContent).to.equal('Enter your full name.');
    expect(input(el, 'phone').getAttribute('aria-invalid')).to.equal('false');
    await expect(el).to.be.accessible();

    (summary.querySelectorAll('a')[2] as HTMLAnchorElement).click();
    expect(deepActiveElement()).to.equal(input(el, 'resume'));
  });

  it('checks a field when the candidate leaves it, and clears the error as it is corrected', async () => {
    const el = await fixture<ApplyFormElement>(html`<apply-form action="/api/applications" .posting=${uniquePosting()}></apply-form>`);
    input(el, 'email').focus();
    await sendKeys({ type: 'ada@' });
    await el.updateComplete;
    expect(parts(el, 'field-error')).to.have.length(0);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(part(el, 'field-error').textContent).to.equal('Enter an e-mail address like name@example.com.');
    input(el, 'email').focus();
    await sendKeys({ type: 'example.com' });
    await el.updateComplete;
    expect(parts(el, 'field-error')).to.have.length(0);
    expect(input(el, 'email').getAttribute('aria-invalid')).to.equal('false');
  });

  it('refuses a resume of the wrong type or over the size limit before sending', async () => {
    const el = await fixture<ApplyFormElement>(
      html`<apply-form action="/api/applications" max-file-size="100" .posting=${uniquePosting()}></apply-form>`,
    );
    expect(part(el, 'hint').textContent).to.equal('PDF, DOC or DOCX, up to 100 bytes.');
    choose(el, new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }));
    await el.updateComplete;
    expect(shadow(el).querySelector('#resume-error')?.textContent).to.equal('Choose a PDF, DOC or DOCX file.');
    choose(el, new File(['x'.repeat(500)], 'cv.docx'));
    await el.updateComplete;
    expect(shadow(el).querySelector('#resume-error')?.textContent).to.equal('Choose a file smaller than 100 bytes.');
  });

  it('sends multipart/form-data with an Idempotency-Key and the posting id, and shows the server message', async () => {
    const posting = uniquePosting();
    const el = await fixture<ApplyFormElement>(html`<apply-form action="/api/applications" .posting=${posting}></apply-form>`);
    fillValid(el);
    const submitted = oneEvent(el, 'apply-submit');
    const succeeded = oneEvent(el, 'apply-success');
    submit(el);
    expect((await submitted).detail.method).to.equal('form');
    await el.updateComplete;
    expect(part<HTMLButtonElement>(el, 'submit-button').disabled).to.be.true;
    expect(part(el, 'status').textContent).to.equal('Sending your application…');

    const success = await succeeded;
    expect(success.detail.message).to.equal('Thank you, Ada Lovelace! We received your application.');
    await el.updateComplete;
    const panel = part(el, 'success');
    expect(panel.textContent?.trim()).to.equal('Thank you, Ada Lovelace! We received your application.');
    expect(deepActiveElement()).to.equal(panel);
    expect(part(el, 'form').hidden).to.be.true;
    await expect(el).to.be.accessible();

    const { stored, attempts } = await received(posting.id);
    expect(stored).to.have.length(1);
    expect(attempts[0].contentType).to.match(/^multipart\/form-data; boundary=/);
    expect(attempts[0].key).to.match(/^[0-9a-f-]{32,36}$/);
    expect(stored[0].fields).to.deep.equal({
      postingId: posting.id,
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      phone: '+65 6123 4567',
      coverLetter: 'I have run BGP networks for eight years.\r\nJapanese: fluent.',
      links: ['https://www.linkedin.com/in/ada', 'https://github.com/ada'],
      consent: 'yes',
    });
    expect(stored[0].files.resume).to.include({ name: 'ada-lovelace.pdf', type: 'application/pdf', size: resumeText.length, text: resumeText });
  });

  it('keeps everything after a 500 and retries with the same Idempotency-Key, storing once', async () => {
    const posting = uniquePosting();
    const el = await fixture<ApplyFormElement>(html`<apply-form action="/api/applications?fail=1" .posting=${posting}></apply-form>`);
    fillValid(el);
    const failed = oneEvent(el, 'apply-error');
    submit(el);
    const error = await failed;
    expect(error.detail).to.include({ status: 500, retryable: true, message: 'The application service is restarting.' });
    await el.updateComplete;
    const alert = part(el, 'submit-error');
    expect(alert.textContent).to.contain('Your application could not be sent.');
    expect(alert.textContent).to.contain('Everything you entered is still here.');
    expect(input(el, 'name').value).to.equal('Ada Lovelace');
    expect(input(el, 'coverLetter').value).to.contain('Japanese: fluent.');
    expect(input(el, 'resume').files?.[0]?.name).to.equal('ada-lovelace.pdf');
    expect(input(el, 'consent').checked).to.be.true;
    expect(part(el, 'submit-button').textContent?.trim()).to.equal('Try sending again');
    await expect(el).to.be.accessible();

    const succeeded = oneEvent(el, 'apply-success');
    submit(el);
    await succeeded;
    const { stored, attempts } = await received(posting.id);
    expect(attempts).to.have.length(2);
    expect(attempts[1].key).to.equal(attempts[0].key);
    expect(stored).to.have.length(1);
    expect(stored[0].key).to.equal(attempts[0].key);
  });

  it('shows the server’s field errors beside the fields (a host hook changed the data)', async () => {
    const posting = uniquePosting();
    const el = await fixture<ApplyFormElement>(html`<apply-form action="/api/applications" .posting=${posting}></apply-form>`);
    el.addEventListener('apply-submit', (event) => event.detail.formData.set('email', 'not-an-address'));
    fillValid(el);
    const failed = oneEvent(el, 'apply-error');
    submit(el);
    expect((await failed).detail).to.include({ status: 422, retryable: false });
    await until(() => deepActiveElement() === input(el, 'email'), 'focus on the e-mail field');
    expect(shadow(el).querySelector('#email-error')?.textContent).to.equal('This is not an e-mail address we can reach.');
    expect(input(el, 'email').getAttribute('aria-invalid')).to.equal('true');
    expect(part(el, 'submit-error').textContent).to.contain('Some fields need attention.');
  });

  it('lets the host take over: a canceled apply-submit sends nothing', async () => {
    const posting = uniquePosting();
    const el = await fixture<ApplyFormElement>(html`<apply-form action="/api/applications" .posting=${posting}></apply-form>`);
    el.addEventListener('apply-submit', (event) => event.preventDefault());
    fillValid(el);
    submit(el);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await received(posting.id)).attempts).to.have.length(0);
    expect(part(el, 'form').hidden).to.be.false;
  });

  it('says so, in the form and in an event, when the page gave it nowhere to send to', async () => {
    const el = await fixture<ApplyFormElement>(html`<apply-form max-file-size="lots" .posting=${uniquePosting()}></apply-form>`);
    expect(part(el, 'hint').textContent).to.equal('PDF, DOC or DOCX, up to 10 MB.');
    fillValid(el);
    const failed = oneEvent(el, 'apply-error');
    submit(el);
    expect((await failed).detail).to.include({ status: 0, retryable: false });
    await el.updateComplete;
    expect(part(el, 'submit-error').textContent).to.contain('has not set up where applications go');
    expect(input(el, 'name').value).to.equal('Ada Lovelace');
  });

  it('prepares an e-mail when there is no endpoint, and says the resume must be attached by hand', async () => {
    const posting = uniquePosting();
    const el = await fixture<ApplyFormElement>(html`<apply-form email="careers@picotrading.com" .posting=${posting}></apply-form>`);
    expect(shadow(el).querySelector('#resume')).to.be.null;
    expect(part(el, 'intro').textContent).to.contain('sent by e-mail to careers@picotrading.com: you will attach your resume');
    expect(part(el, 'submit-button').textContent?.trim()).to.equal('Prepare application e-mail');
    fillValid(el, { withFile: false });
    const submitted = oneEvent(el, 'apply-submit');
    submit(el);
    const { detail } = await submitted;
    expect(detail.method).to.equal('email');
    await el.updateComplete;

    const panel = part(el, 'email-ready');
    expect(deepActiveElement()).to.equal(panel);
    expect(panel.textContent).to.contain('Attach your resume by hand');
    const link = part<HTMLAnchorElement>(el, 'email-link');
    expect(link.href).to.equal(detail.href);
    const url = new URL(link.href);
    expect(url.protocol + url.pathname).to.equal('mailto:careers@picotrading.com');
    const query = new URLSearchParams(url.search.replace(/\+/g, '%2B'));
    expect(query.get('subject')).to.equal(`Application: Network Operations Engineer (${posting.id})`);
    const body = query.get('body')!;
    expect(body).to.contain('Full name: Ada Lovelace');
    expect(body).to.contain('E-mail: ada@example.com');
    expect(body).to.contain('Phone: +65 6123 4567');
    expect(body).to.contain('https://github.com/ada');
    expect(body).to.contain('Japanese: fluent.');
    await expect(el).to.be.accessible();

    part<HTMLButtonElement>(el, 'back-button').click();
    await el.updateComplete;
    expect(part(el, 'form').hidden).to.be.false;
    expect(input(el, 'name').value).to.equal('Ada Lovelace');
  });
});
