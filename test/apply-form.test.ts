import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { ApplyFormElement } from '../src/apply-form/apply-form.js';
import type { Feed, Posting } from '../src/feed/schema.js';
import {
  applyPostings,
  attemptsIn,
  choose,
  clearDrafts,
  control,
  fillValid,
  newLane,
  pick,
  resumeText,
  setLane,
  storedFor,
  storedValidFields,
  submit,
  type,
  uniqueEmail,
} from './apply-helpers.js';
import { deepActiveElement, makePosting, oneEvent, part, parts, shadow, until } from './helpers.js';

let feed: Feed;
let basic: Posting;
let questions: Posting;

describe('<apply-form>', () => {
  before(async () => ({ feed, basic, questions } = await applyPostings()));
  beforeEach(() => clearDrafts(basic.id, questions.id, 'network-engineer'));

  it('shows every error beside its field and in a summary, and focuses the summary', async () => {
    const el = await fixture<ApplyFormElement>(html`<apply-form action="/api/applications" min-fill-time="0" .posting=${basic}></apply-form>`);
    await expect(el).to.be.accessible();
    submit(el);
    const summary = await until(() => shadow(el).querySelector<HTMLElement>('[part="error-summary"]'), 'the summary');
    await until(() => deepActiveElement() === summary, 'focus on the summary');

    expect(part(el, 'error-summary-title').textContent).to.equal('There are 4 problems with your application');
    expect([...summary.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal([
      'Enter your full name.',
      'Enter your e-mail address.',
      'Choose your resume file.',
      'Tick the box to agree, so we can consider your application.',
    ]);
    const name = control(el, 'name');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(el).getElementById(name.getAttribute('aria-describedby')!)?.textContent).to.equal('Enter your full name.');
    expect(control(el, 'phone').getAttribute('aria-invalid')).to.equal('false');
    await expect(el).to.be.accessible();

    (summary.querySelectorAll('a')[2] as HTMLAnchorElement).click();
    expect(deepActiveElement()).to.equal(control(el, 'resume'));
  });

  it('checks a field when the candidate leaves it, and clears the error as it is corrected', async () => {
    const el = await fixture<ApplyFormElement>(html`<apply-form action="/api/applications" .posting=${basic}></apply-form>`);
    control(el, 'email').focus();
    await sendKeys({ type: 'ada@' });
    await el.updateComplete;
    expect(parts(el, 'field-error')).to.have.length(0);
    await sendKeys({ press: 'Tab' });
    await until(() => parts(el, 'field-error').length === 1, 'the e-mail error');
    expect(part(el, 'field-error').textContent).to.equal('Enter an e-mail address like name@example.com.');
    control(el, 'email').focus();
    await sendKeys({ type: 'example.com' });
    await until(() => parts(el, 'field-error').length === 0, 'the error to clear');
    expect(control(el, 'email').getAttribute('aria-invalid')).to.equal('false');
  });

  it('asks the posting’s questions, with legends for choices, and requires the required ones', async () => {
    const el = await fixture<ApplyFormElement>(
      html`<apply-form action="/api/applications" min-fill-time="0" .posting=${questions} .organization=${feed.organization}></apply-form>`,
    );
    const japanese = control(el, 'answers.japanese');
    expect(japanese.localName).to.equal('fieldset');
    expect(japanese.getAttribute('role')).to.equal('radiogroup');
    expect(japanese.querySelector('legend')?.textContent?.trim()).to.equal('How well do you speak Japanese? *');
    expect([...japanese.querySelectorAll('label')].map((l) => l.textContent)).to.deep.equal(questions.questions![0].options);
    expect([...control(el, 'answers.shifts').querySelectorAll('label')].map((l) => l.textContent)).to.deep.equal(['Yes', 'No']);
    expect(control(el, 'answers.tools').getAttribute('role')).to.be.null;
    expect(control(el, 'answers.outage').localName).to.equal('textarea');
    expect(control(el, 'answers.certificate').type).to.equal('file');
    expect(shadow(el).getElementById('answers.outage-hint')?.textContent).to.equal('A few sentences are enough.');
    // Consent: the organization's privacy notice, the posting's own talent-pool text.
    expect(shadow(el).querySelector('label[for="consent"]')?.textContent).to.contain('Acme processes my application data');
    expect(part<HTMLAnchorElement>(el, 'privacy-link').href).to.equal('https://acme.example/privacy');
    // A new tab that is not told which posting the candidate was on (`?job=` stays out of the Referer).
    expect([...part<HTMLAnchorElement>(el, 'privacy-link').relList]).to.include.members(['noopener', 'noreferrer']);
    expect(shadow(el).querySelector('label[for="talentPool"]')?.textContent).to.equal('Keep my application for 12 months for other roles in Singapore (optional).');
    await expect(el).to.be.accessible();

    fillValid(el);
    submit(el);
    await until(() => shadow(el).querySelector('[part="error-summary"]'), 'the summary');
    expect([...part(el, 'error-summary').querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      '#answers.japanese',
      '#answers.shifts',
      '#answers.notice',
    ]);
    expect(japanese.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(el).getElementById(japanese.getAttribute('aria-describedby')!.split(' ')[1])?.textContent).to.equal(
      'Choose an answer for “How well do you speak Japanese?”.',
    );
    await expect(el).to.be.accessible();
    (part(el, 'error-summary').querySelector('a') as HTMLAnchorElement).click();
    expect(deepActiveElement()).to.equal(japanese.querySelector('input'));

    pick(el, 'answers.japanese', 'Conversational (JLPT N3)');
    await until(() => japanese.getAttribute('aria-invalid') === 'false', 'the answer to clear its error');
  });

  it('refuses disguised, oversized and too many files before sending anything', async () => {
    const { lane, action } = newLane();
    const el = await fixture<ApplyFormElement>(
      html`<apply-form action=${action} min-fill-time="0" max-file-size="100" max-total-size="150" .posting=${questions}></apply-form>`,
    );
    expect(part(el, 'hint').textContent).to.equal('PDF, DOC or DOCX, up to 100 bytes.');
    const error = () => shadow(el).getElementById('resume-error')?.textContent;
    // A program renamed .pdf: its first bytes say what it is.
    choose(el, 'resume', new File(['MZ\x90\x00 this program cannot be run in DOS mode'], 'resume.pdf', { type: 'application/pdf' }));
    await until(() => error() === 'Choose a PDF, DOC or DOCX file.', 'the type error');
    // A real document under a name of another kind.
    choose(el, 'resume', new File(['%PDF-1.7'], 'resume.docx'));
    await until(() => error() === 'Choose a PDF, DOC or DOCX file.', 'the type error');
    choose(el, 'resume', new File(['PK\x03\x04', 'x'.repeat(500)], 'cv.docx'));
    await until(() => error() === 'Choose a file smaller than 100 bytes.', 'the size error');
    choose(el, 'resume', new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])], 'cv.doc'));
    await until(() => !error(), 'an old Word file to pass');

    choose(el, 'resume', new File(['%PDF', 'x'.repeat(90)], 'cv.pdf'));
    choose(el, 'answers.certificate', new File(['%PDF', 'y'.repeat(90)], 'jlpt.pdf'));
    fillValid(el, { withFile: false });
    submit(el);
    await until(() => shadow(el).getElementById('answers.certificate-error'), 'the total size error');
    expect(shadow(el).getElementById('answers.certificate-error')?.textContent).to.equal('Your files add up to more than 150 bytes. Choose a smaller file.');
    expect(await attemptsIn(lane)).to.deep.equal([]);
  });

  it('sends multipart/form-data with an Idempotency-Key, the posting id and the file, and shows the server message', async () => {
    const email = uniqueEmail();
    const el = await fixture<ApplyFormElement>(html`<apply-form action="/api/applications" min-fill-time="0" .posting=${basic}></apply-form>`);
    fillValid(el, { email });
    const submitted = oneEvent(el, 'apply-submit');
    const succeeded = oneEvent(el, 'apply-success');
    submit(el);
    expect((await submitted).detail.method).to.equal('form');
    await el.updateComplete;
    expect(part<HTMLButtonElement>(el, 'submit-button').disabled).to.be.true;
    expect(part(el, 'status').textContent?.trim()).to.match(/^Sending your application… \d+%$/);

    const success = await succeeded;
    expect(success.detail.message).to.equal('Thank you, Ada Lovelace! We received your application.');
    await el.updateComplete;
    const panel = part(el, 'success');
    expect(panel.textContent?.trim()).to.equal('Thank you, Ada Lovelace! We received your application.');
    await until(() => deepActiveElement() === panel, 'focus on the thank-you');
    expect(part(el, 'form').hidden).to.be.true;
    await expect(el).to.be.accessible();

    const [stored] = await storedFor(email);
    expect(stored.idempotencyKey).to.match(/^[0-9a-f-]{32,36}$/);
    expect(stored.postingId).to.equal(basic.id);
    expect(stored.fields).to.deep.equal({
      ...storedValidFields(email),
      consent: 'yes',
    });
    expect(stored.files.resume).to.include({ name: 'ada-lovelace.pdf', type: 'application/pdf', size: resumeText.length });
    expect(await (await fetch(`/api/applications/${stored.id}/files/resume`)).text()).to.equal(resumeText);
  });

  it('keeps everything after a 500 and sends again with the same Idempotency-Key when asked, storing once', async () => {
    const { lane, action } = newLane();
    await setLane(lane, 'error', { times: 1 });
    const email = uniqueEmail();
    const el = await fixture<ApplyFormElement>(html`<apply-form action=${action} min-fill-time="0" .posting=${basic}></apply-form>`);
    fillValid(el, { email });
    const failed = oneEvent(el, 'apply-error');
    submit(el);
    const error = await failed;
    expect(error.detail).to.include({ status: 500, retryable: true, reason: 'server', message: 'The application service is restarting.' });
    expect(error.detail.retryIn).to.be.undefined;
    await el.updateComplete;
    const alert = part(el, 'submit-error');
    expect(alert.textContent).to.contain('Your application could not be sent.');
    expect(alert.textContent).to.contain('Everything you entered is still here.');
    await until(() => deepActiveElement() === alert, 'focus on the message');
    expect(control(el, 'name').value).to.equal('Ada Lovelace');
    expect(control(el, 'coverLetter').value).to.contain('Japanese: fluent.');
    expect(control(el, 'resume').files?.[0]?.name).to.equal('ada-lovelace.pdf');
    expect(control(el, 'consent').checked).to.be.true;
    expect(part(el, 'submit-button').textContent?.trim()).to.equal('Try sending again');
    await expect(el).to.be.accessible();

    const succeeded = oneEvent(el, 'apply-success');
    submit(el);
    await succeeded;
    const attempts = await attemptsIn(lane);
    expect(attempts.map((a) => a.status)).to.deep.equal([500, 201]);
    expect(attempts[1].key).to.equal(attempts[0].key);
    const stored = await storedFor(email);
    expect(stored).to.have.length(1);
    expect(stored[0].idempotencyKey).to.equal(attempts[0].key);
  });

  it('shows the server’s field errors beside the fields and focuses the summary (a host hook changed the data)', async () => {
    const el = await fixture<ApplyFormElement>(html`<apply-form action="/api/applications" min-fill-time="0" .posting=${basic}></apply-form>`);
    el.addEventListener('apply-submit', (event) => event.detail.formData.set('email', 'not-an-address'));
    fillValid(el);
    const failed = oneEvent(el, 'apply-error');
    submit(el);
    expect((await failed).detail).to.include({ status: 422, retryable: false, reason: 'rejected' });
    await until(() => deepActiveElement() === shadow(el).querySelector('[part="error-summary"]'), 'focus on the summary');
    expect(shadow(el).getElementById('email-error')?.textContent).to.equal('Enter an e-mail address like name@example.com.');
    expect(control(el, 'email').getAttribute('aria-invalid')).to.equal('true');
    expect(part(el, 'submit-error').textContent).to.contain('Some fields need attention.');
  });

  it('lets the host take over: a canceled apply-submit sends nothing', async () => {
    const { lane, action } = newLane();
    const el = await fixture<ApplyFormElement>(html`<apply-form action=${action} min-fill-time="0" .posting=${basic}></apply-form>`);
    el.addEventListener('apply-submit', (event) => event.preventDefault());
    fillValid(el);
    submit(el);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await attemptsIn(lane)).to.deep.equal([]);
    expect(part(el, 'form').hidden).to.be.false;
  });

  it('says so, in the form and in an event, when the page gave it nowhere to send to', async () => {
    const el = await fixture<ApplyFormElement>(html`<apply-form max-file-size="lots" min-fill-time="0" .posting=${makePosting()}></apply-form>`);
    expect(part(el, 'hint').textContent).to.equal('PDF, DOC or DOCX, up to 10 MB.');
    fillValid(el);
    const failed = oneEvent(el, 'apply-error');
    submit(el);
    expect((await failed).detail).to.include({ status: 0, retryable: false, reason: 'unconfigured' });
    await el.updateComplete;
    expect(part(el, 'submit-error').textContent).to.contain('has not set up where applications go');
    expect(control(el, 'name').value).to.equal('Ada Lovelace');
  });

  it('prepares an e-mail when there is no endpoint, with the answers, and says the resume must be attached by hand', async () => {
    const posting = { ...questions, id: 'network-engineer' };
    const el = await fixture<ApplyFormElement>(html`<apply-form email="careers@picotrading.com" min-fill-time="0" .posting=${posting}></apply-form>`);
    expect(shadow(el).querySelector('#resume')).to.be.null;
    expect(shadow(el).getElementById('answers.certificate')).to.be.null; // an e-mail link carries no file
    expect(part(el, 'intro').textContent).to.contain('sent by e-mail to careers@picotrading.com: you will attach your resume');
    expect(part(el, 'submit-button').textContent?.trim()).to.equal('Prepare application e-mail');
    fillValid(el, { withFile: false });
    pick(el, 'answers.japanese', 'Native or bilingual');
    pick(el, 'answers.shifts', 'yes');
    type(el, 'answers.notice', 'One month');
    pick(el, 'answers.tools', 'Nagios');
    pick(el, 'answers.tools', 'Corvil');
    const submitted = oneEvent(el, 'apply-submit');
    submit(el);
    const { detail } = await submitted;
    expect(detail.method).to.equal('email');
    await el.updateComplete;

    const panel = part(el, 'email-ready');
    await until(() => deepActiveElement() === panel, 'focus on the steps');
    expect(panel.textContent).to.contain('Attach your resume by hand');
    const link = part<HTMLAnchorElement>(el, 'email-link');
    expect(link.href).to.equal(detail.href);
    const url = new URL(link.href);
    expect(url.protocol + url.pathname).to.equal('mailto:careers@picotrading.com');
    const query = new URLSearchParams(url.search.replace(/\+/g, '%2B'));
    expect(query.get('subject')).to.equal('Application: Network Operations Engineer (network-engineer)');
    const body = query.get('body')!;
    expect(body).to.contain('Full name: Ada Lovelace');
    expect(body).to.contain('E-mail: ada@example.com');
    expect(body).to.contain('Phone: +65 6123 4567');
    expect(body).to.contain('https://github.com/ada');
    expect(body).to.contain('Japanese: fluent.');
    expect(body).to.contain('How well do you speak Japanese?\nNative or bilingual');
    expect(body).to.contain('Can you work 4-day, 10-hour shifts?\nYes');
    expect(body).to.contain('Which monitoring tools have you used?\nNagios, Corvil');
    await expect(el).to.be.accessible();

    part<HTMLButtonElement>(el, 'back-button').click();
    await el.updateComplete;
    expect(part(el, 'form').hidden).to.be.false;
    expect(control(el, 'name').value).to.equal('Ada Lovelace');
  });
});
