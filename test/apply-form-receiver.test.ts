/** <apply-form> end to end against the reference receiver (server/receiver.mjs): nothing lost, nothing filed twice. */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { ApplyFormElement } from '../src/apply-form/apply-form.js';
import { HONEYPOT } from '../src/apply-form/validate.js';
import type { Feed, Posting } from '../src/feed/schema.js';
import {
  applyPostings,
  attemptsIn,
  choose,
  clearDrafts,
  control,
  draftOf,
  fillValid,
  newLane,
  pick,
  resume,
  resumeText,
  setLane,
  storedFor,
  storedValidFields,
  submit,
  type,
  uniqueEmail,
} from './apply-helpers.js';
import { deepActiveElement, oneEvent, part, shadow, until } from './helpers.js';

let feed: Feed;
let basic: Posting;
let questions: Posting;

/** A PDF whose body holds every byte value, so any re-encoding on the way would show. */
const certificateBytes = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...Array.from({ length: 512 }, (_, i) => i % 256)]);

async function form(action: string, posting: Posting, extra = '') {
  const el = await fixture<ApplyFormElement>(
    html`<apply-form action=${action} min-fill-time="0" .posting=${posting} .organization=${feed.organization}></apply-form>`,
  );
  if (extra === 'fast-retries') el.retryPolicy = { base: 100, cap: 300 };
  return el;
}

function answerQuestions(el: ApplyFormElement) {
  pick(el, 'answers.japanese', 'Business level (JLPT N1 or N2)');
  pick(el, 'answers.shifts', 'no');
  type(el, 'answers.notice', 'Three months');
  pick(el, 'answers.tools', 'Nagios');
  pick(el, 'answers.tools', 'Corvil');
  type(el, 'answers.outage', 'A BGP session flapped at the open.\nWe dampened it and found the bad optic.');
}

/** A filled form posting into a fresh lane set to `mode`, sent; resolves with the first failure's detail. */
async function sendInto(mode: string, params: Record<string, string | number> = {}, extra = '') {
  const { lane, action } = newLane();
  await setLane(lane, mode, params);
  const email = uniqueEmail();
  const el = await form(action, basic, extra);
  fillValid(el, { email });
  const failed = oneEvent(el, 'apply-error');
  submit(el);
  return { lane, email, el, error: (await failed).detail };
}

/** Tries that were dropped, then one that was answered 201, all with the same key. */
function expectDroppedThenStored(attempts: { key: string; status: number | string }[]) {
  expect(attempts.map((a) => a.status).join()).to.match(/^(dropped,)+201$/);
  expect(new Set(attempts.map((a) => a.key)).size).to.equal(1);
}

const bytesOf = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

describe('<apply-form> against the reference receiver', () => {
  before(async () => ({ feed, basic, questions } = await applyPostings()));
  beforeEach(() => clearDrafts(basic.id, questions.id));

  it('delivers a full application (questions, consent, two files) intact, with progress, accessible at each step', async () => {
    const { lane, action } = newLane();
    await setLane(lane, 'up', { delay: 400, times: 1 }); // a slow answer, so the sending state can be seen
    const email = uniqueEmail();
    const el = await form(action, questions);
    await expect(el).to.be.accessible();
    fillValid(el, { email });
    answerQuestions(el);
    choose(el, 'answers.certificate', new File([certificateBytes], 'jlpt-n2.pdf', { type: 'application/pdf' }));
    control(el, 'talentPool').click();
    const succeeded = oneEvent(el, 'apply-success');
    submit(el);

    const progress = await until(() => shadow(el).querySelector<HTMLProgressElement>('[part="progress"]'), 'the progress bar');
    expect(progress.getAttribute('aria-label')).to.equal('Upload progress');
    expect(part<HTMLButtonElement>(el, 'submit-button').disabled).to.be.true;
    expect(part(el, 'cancel-button').textContent).to.equal('Cancel sending');
    await until(() => progress.value === 100, 'the upload to finish');
    await el.updateComplete;
    expect(part(el, 'status').textContent?.trim()).to.equal('Sending your application… 100%');
    await expect(el).to.be.accessible();

    const { detail } = await succeeded;
    const [stored, ...more] = await storedFor(email);
    expect(more).to.have.length(0);
    expect((detail.response as { id: string }).id).to.equal(stored.id);
    expect(stored.postingId).to.equal(questions.id);
    expect(stored.fields).to.deep.equal({
      ...storedValidFields(email),
      'answers.japanese': 'Business level (JLPT N1 or N2)',
      'answers.shifts': 'no',
      'answers.notice': 'Three months',
      'answers.tools': ['Nagios', 'Corvil'],
      'answers.outage': 'A BGP session flapped at the open.\r\nWe dampened it and found the bad optic.',
      consent: 'yes',
      talentPool: 'yes',
    });
    expect(stored.answers.map((a) => [a.label, a.answer])).to.deep.equal([
      ['How well do you speak Japanese?', 'Business level (JLPT N1 or N2)'],
      ['Can you work 4-day, 10-hour shifts?', 'no'],
      ['What is your notice period?', 'Three months'],
      ['Which monitoring tools have you used?', ['Nagios', 'Corvil']],
      ['Tell us about an outage you resolved.', 'A BGP session flapped at the open.\r\nWe dampened it and found the bad optic.'],
      ['JLPT certificate', 'jlpt-n2.pdf'],
    ]);
    expect(stored.files.resume).to.include({ name: 'ada-lovelace.pdf', type: 'application/pdf', size: resumeText.length });
    expect(stored.files['answers.certificate']).to.include({ name: 'jlpt-n2.pdf', size: certificateBytes.length });
    expect(await bytesOf(`/api/applications/${stored.id}/files/resume`)).to.deep.equal(new TextEncoder().encode(resumeText));
    expect(await bytesOf(`/api/applications/${stored.id}/files/answers.certificate`)).to.deep.equal(certificateBytes);

    await el.updateComplete;
    expect(draftOf(questions.id)).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('restores a draft after a reload, asks for the files again, and lets the candidate discard it', async () => {
    const { action } = newLane();
    const first = await form(action, questions);
    fillValid(first);
    answerQuestions(first);
    await until(() => draftOf(questions.id)?.fields['answers.outage'], 'the draft to be saved as the candidate types');
    const saved = draftOf(questions.id);
    expect(saved.files).to.deep.equal({ resume: 'ada-lovelace.pdf' });
    expect(saved.fields.website).to.be.undefined;
    expect(part(first, 'draft-notice').textContent).to.contain('What you type is kept on this device until you send it.');
    first.remove(); // the tab is gone

    const el = await form(action, questions);
    const notice = await until(() => shadow(el).querySelector('[part="draft-notice"].restored'), 'the restored draft');
    expect(notice.textContent).to.match(/We restored the application you started on .+\. It is kept on this device until you send it\./);
    expect(control(el, 'name').value).to.equal('Ada Lovelace');
    expect(control<HTMLTextAreaElement>(el, 'coverLetter').value).to.equal('I have run BGP networks for eight years.\nJapanese: fluent.');
    expect(control(el, 'links[1]').value).to.equal('https://github.com/ada');
    expect(control(el, 'answers.notice').value).to.equal('Three months');
    expect(control(el, 'consent').checked).to.be.true;
    const checked = [...shadow(el).querySelectorAll<HTMLInputElement>('input:checked')].map((i) => `${i.name}=${i.value}`);
    expect(checked).to.deep.equal([
      'answers.japanese=Business level (JLPT N1 or N2)',
      'answers.shifts=no',
      'answers.tools=Nagios',
      'answers.tools=Corvil',
      'consent=yes',
    ]);
    expect(control(el, 'resume').files).to.have.length(0);
    const hint = shadow(el).getElementById('resume-hint')!;
    expect(hint.textContent).to.contain('You had chosen “ada-lovelace.pdf”. Files are not kept in drafts: please choose it again.');
    expect(control(el, 'resume').getAttribute('aria-describedby')).to.equal('resume-hint');
    await expect(el).to.be.accessible();

    choose(el, 'resume', resume());
    await until(() => !hint.textContent?.includes('You had chosen'), 'the reminder to go');

    part<HTMLButtonElement>(el, 'discard-button').click();
    await until(() => deepActiveElement() === control(el, 'name'), 'focus on the first field');
    expect(draftOf(questions.id)).to.be.null;
    expect(control(el, 'name').value).to.equal('');
    expect(shadow(el).querySelectorAll('input:checked')).to.have.length(0);
    expect(part(el, 'status').textContent?.trim()).to.equal('Draft discarded.');
    expect(shadow(el).querySelector('[part="draft-notice"]')).to.be.null;
  });

  it('keeps no draft when the host says no-draft', async () => {
    const el = await fixture<ApplyFormElement>(html`<apply-form no-draft action="/api/applications" .posting=${basic}></apply-form>`);
    type(el, 'name', 'Ada Lovelace');
    await new Promise((resolve) => setTimeout(resolve, 600));
    el.remove();
    expect(draftOf(basic.id)).to.be.null;
    expect(shadow(el).querySelector('[part="draft-notice"]')).to.be.null;
  });

  it('server down, then up: tries again by itself with the same key, and the application is stored once', async () => {
    const { lane, email, el, error: detail } = await sendInto('down', {}, 'fast-retries');
    expect(detail).to.include({ status: 503, reason: 'server', retryable: true, message: 'The application service is down for maintenance.' });
    expect(detail.retryIn).to.be.within(1, 300);
    await el.updateComplete;
    expect(part(el, 'submit-error').textContent).to.contain('We will try again by ourselves in 1 second.');
    expect(control(el, 'name').value).to.equal('Ada Lovelace');
    await expect(el).to.be.accessible();

    const succeeded = oneEvent(el, 'apply-success');
    await setLane(lane, 'up');
    await succeeded;
    const attempts = await attemptsIn(lane);
    expect(attempts.length).to.be.at.least(2);
    expect(attempts.at(-1)!.status).to.equal(201);
    expect(attempts.slice(0, -1).every((a) => a.status === 503)).to.be.true;
    expect(new Set(attempts.map((a) => a.key)).size).to.equal(1);
    expect(await storedFor(email)).to.have.length(1);
  });

  it('the answer was lost after the receiver stored it: sending again gets the first answer, nothing is filed twice', async () => {
    // Chrome itself sends a POST again once when a kept-alive connection drops: every try is dropped until "up".
    const { lane, email, el, error } = await sendInto('drop-after-store');
    expect(error).to.include({ status: 0, reason: 'network', retryable: true });
    expect(await storedFor(email)).to.have.length(1);

    await setLane(lane, 'up');
    const succeeded = oneEvent(el, 'apply-success');
    submit(el);
    expect((await succeeded).detail.message).to.equal('Thank you, Ada Lovelace! We received your application.');
    expectDroppedThenStored(await attemptsIn(lane));
    expect(await storedFor(email)).to.have.length(1);
  });

  it('an unanswered try is worded as unknown; an edit sent after it is never thanked: the form names the version received and sends the change as a follow-up', async () => {
    const { lane, email, el, error } = await sendInto('drop-after-store');
    expect(error).to.include({ status: 0, reason: 'network', retryable: true });
    await el.updateComplete;
    const alert = part(el, 'submit-error');
    expect(alert.textContent).to.contain('We could not confirm that your application arrived.');
    expect(alert.textContent).to.contain('Sending it again is safe: if it did arrive, it is not filed twice.');
    expect(alert.textContent).to.not.contain('could not be sent');
    await expect(el).to.be.accessible();
    const [first, ...more] = await storedFor(email);
    expect(more).to.have.length(0);

    // The candidate corrects the cover letter and sends again, with the same key: the receiver has the first version.
    await setLane(lane, 'up');
    type(el, 'coverLetter', 'Corrected: ten years of BGP networks.');
    let thanked = 0;
    el.addEventListener('apply-success', () => thanked++);
    const conflicted = oneEvent(el, 'apply-conflict');
    submit(el);
    const { detail } = await conflicted;
    expect(detail).to.deep.equal({ postingId: basic.id, earlierId: first.id, receivedAt: first.receivedAt, changed: ['coverLetter'] });
    await el.updateComplete;
    const notice = shadow(el).getElementById('earlier-version')!;
    expect(notice.getAttribute('part')).to.equal('submit-error');
    const when = new Date(first.receivedAt).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });
    expect(notice.textContent).to.contain(`We had already received an earlier version of this application, sent on ${when}. Your changes to Cover letter are not in it.`);
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(shadow(el).querySelector('[part="success"]')).to.be.null;
    expect(shadow(el).querySelector('button[type="submit"]')).to.be.null;
    const followUpButton = part<HTMLButtonElement>(el, 'submit-button');
    expect(followUpButton.textContent?.trim()).to.equal('Send changes as a follow-up');
    expect(thanked).to.equal(0);
    await until(() => deepActiveElement() === notice, 'focus on the notice');
    await expect(el).to.be.accessible();

    const sent = oneEvent(el, 'apply-success');
    const submitted = oneEvent(el, 'apply-submit');
    followUpButton.click();
    expect((await submitted).detail.formData.get('follow_up_of')).to.equal(first.id);
    expect((await sent).detail.followUpOf).to.equal(first.id);
    const [followUp, earlier, ...others] = await storedFor(email);
    expect(others).to.have.length(0);
    expect(earlier).to.deep.include({ id: first.id });
    expect(earlier.fields.coverLetter).to.equal(storedValidFields(email).coverLetter);
    expect(followUp.followUpOf).to.equal(first.id);
    expect(followUp.fields.coverLetter).to.equal('Corrected: ten years of BGP networks.');
    expect(followUp.idempotencyKey).to.not.equal(first.idempotencyKey);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('after a reload during an unanswered try, says the outcome is unknown, and the same application sent again is filed once', async () => {
    const { lane, email, el } = await sendInto('drop-after-store');
    el.remove(); // the tab is reloaded
    expect(draftOf(basic.id)).to.include({ unconfirmed: true });
    await setLane(lane, 'up');
    const again = await form(`/api/applications?lane=${lane}`, basic);
    const notice = await until(() => shadow(again).querySelector('[part="draft-notice"].restored'), 'the restored draft');
    expect(notice.textContent).to.contain('We could not confirm that your application arrived.');
    await expect(again).to.be.accessible();
    choose(again, 'resume', resume());
    const succeeded = oneEvent(again, 'apply-success');
    submit(again);
    expect((await succeeded).detail.message).to.equal('Thank you, Ada Lovelace! We received your application.');
    expect(await storedFor(email)).to.have.length(1);
  });

  it('sends by itself when the browser comes back online', async () => {
    const { lane, email, el, error } = await sendInto('drop');
    expect(error).to.include({ reason: 'network', retryable: true });
    expect(error.retryIn).to.be.undefined;
    await expect(el).to.be.accessible();
    await setLane(lane, 'up');
    const succeeded = oneEvent(el, 'apply-success');
    window.dispatchEvent(new Event('online'));
    await succeeded;
    expectDroppedThenStored(await attemptsIn(lane));
    expect(await storedFor(email)).to.have.length(1);
  });

  it('429 with Retry-After: waits as long as asked, then tries again by itself', async () => {
    const { lane, email, el, error: detail } = await sendInto('busy', { retryAfter: 1, times: 1 });
    const succeeded = oneEvent(el, 'apply-success');
    expect(detail).to.include({ status: 429, reason: 'rejected', retryable: true, retryIn: 1000, message: 'Too many applications at once.' });
    // The wait is the server's second (retryIn above), not an immediate resend.
    expect((await attemptsIn(lane)).map((a) => a.status)).to.deep.equal([429]);
    await el.updateComplete;
    const alert = part(el, 'submit-error');
    // While the form retries by itself, the same alert stays: screen readers are not told the failure again.
    await until(() => shadow(el).querySelector('[part="progress"]'), 'the automatic retry');
    expect(alert.isConnected).to.be.true;
    expect(part(el, 'submit-error')).to.equal(alert);
    await succeeded;
    const attempts = await attemptsIn(lane);
    expect(attempts.map((a) => a.status)).to.deep.equal([429, 201]);
    expect(attempts[1].key).to.equal(attempts[0].key);
    expect(await storedFor(email)).to.have.length(1);
  });

  it('shows the receiver’s error for a custom question beside the question', async () => {
    const el = await form('/api/applications', questions);
    el.addEventListener('apply-submit', (event) => event.detail.formData.set('answers.japanese', 'Fluent Klingon'));
    fillValid(el);
    answerQuestions(el);
    const failed = oneEvent(el, 'apply-error');
    submit(el);
    expect((await failed).detail).to.include({ status: 422, retryable: false });
    const summary = await until(() => shadow(el).querySelector<HTMLElement>('[part="error-summary"]'), 'the summary');
    await until(() => deepActiveElement() === summary, 'focus on the summary');
    const group = control(el, 'answers.japanese');
    expect(group.getAttribute('aria-invalid')).to.equal('true');
    const error = shadow(el).getElementById('answers.japanese-error')!;
    expect(error.textContent).to.equal('Choose one of the answers offered for “How well do you speak Japanese?”.');
    expect(group.contains(error)).to.be.true;
    expect(group.getAttribute('aria-describedby')).to.equal('answers.japanese-hint answers.japanese-error');
    await expect(el).to.be.accessible();
  });

  it('cancels an upload in progress, keeps everything, and sends again without filing twice', async () => {
    const { lane, action } = newLane();
    await setLane(lane, 'up', { delay: 1000, times: 1 });
    const email = uniqueEmail();
    const el = await form(action, basic);
    fillValid(el, { email });
    submit(el);
    (await until(() => shadow(el).querySelector<HTMLButtonElement>('[part="cancel-button"]'), 'the cancel button')).click();
    await until(() => shadow(el).querySelector('[part="submit-error"]'), 'the canceled state');
    expect(part(el, 'submit-error').textContent).to.contain('You canceled sending.');
    await until(() => deepActiveElement() === part(el, 'submit-button'), 'focus on the send button');
    expect(control(el, 'resume').files?.[0]?.name).to.equal('ada-lovelace.pdf');

    await new Promise((resolve) => setTimeout(resolve, 1200)); // the receiver finishes the canceled request
    const succeeded = oneEvent(el, 'apply-success');
    submit(el);
    await succeeded;
    expect(await storedFor(email)).to.have.length(1);
  });

  it('thanks a bot that filled the honeypot and sends nothing; holds a too-fast submit back instead of dropping it', async () => {
    const { lane, action } = newLane();
    const el = await form(action, basic);
    fillValid(el);
    control(el, HONEYPOT).value = 'https://cheap-pills.example';
    let events = 0;
    el.addEventListener('apply-success', () => events++);
    el.addEventListener('apply-submit', () => events++);
    submit(el);
    await until(() => shadow(el).querySelector('[part="success"]'), 'the thank-you');
    expect(part(el, 'success').textContent?.trim()).to.equal('Thank you! Your application has been sent.');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await attemptsIn(lane)).to.deep.equal([]);
    expect(events).to.equal(0);
    const honeypot = control(el, HONEYPOT);
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.autocomplete).to.equal('off');
    expect(honeypot.parentElement?.getAttribute('aria-hidden')).to.equal('true');

    // A person whose restored draft is complete may send at once: the form waits out the minimum, then sends.
    const fast = await fixture<ApplyFormElement>(html`<apply-form action=${action} min-fill-time="600" .posting=${basic}></apply-form>`);
    fillValid(fast);
    const sent = oneEvent(fast, 'apply-success');
    submit(fast);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await attemptsIn(lane)).to.deep.equal([]);
    await sent;
    expect(await attemptsIn(lane)).to.have.length(1);
  });

});
