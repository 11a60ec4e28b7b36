/** The reference receiver (server/receiver.mjs) over HTTP, as any backend following the apply contract should behave. */
import { expect } from '@open-wc/testing';
import { HONEYPOT } from '../src/apply-form/validate.js';
import { newLane, resume, resumeText, setLane, uniqueEmail } from './apply-helpers.js';

interface Answer {
  status: number;
  replayed: boolean;
  type: string | null;
  retryAfter: string | null;
  body: {
    id?: string;
    message: string;
    followUpOf?: string;
    errors?: { field: string; message: string }[];
    earlier?: { id: string; receivedAt: string; changed: string[] };
    [problem: string]: unknown;
  };
}

function application(email: string, changes: Record<string, string | File> = {}): FormData {
  const data = new FormData();
  const fields = { postingId: 'apply-test-basic', name: 'Grace Hopper', email, consent: 'yes', resume: resume(), ...changes };
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

async function post(data: FormData, key: string | null = crypto.randomUUID(), action = '/api/applications'): Promise<Answer> {
  const response = await fetch(action, { method: 'POST', body: data, headers: key ? { 'Idempotency-Key': key } : {} });
  const { headers } = response;
  return {
    status: response.status,
    replayed: headers.get('Idempotent-Replayed') === 'true',
    type: headers.get('Content-Type'),
    retryAfter: headers.get('Retry-After'),
    body: await response.json(),
  };
}

async function stored(email: string) {
  const { applications } = await (await fetch('/api/applications')).json();
  return (applications as { id: string; receivedAt: string; followUpOf?: string; fields: Record<string, unknown> }[]).filter((a) => a.fields.email === email);
}

describe('the reference receiver', () => {
  it('stores an application once per Idempotency-Key: the same body again gets the first answer, a second request meanwhile 409', async () => {
    const email = uniqueEmail();
    const key = crypto.randomUUID();
    const { lane, action } = newLane();
    await setLane(lane, 'up', { delay: 500, times: 1 }); // the first request is still being handled when the second arrives
    const [first, second] = await Promise.all([post(application(email), key, action), post(application(email), key, action)]);
    const [stored201, inUse] = first.status === 201 ? [first, second] : [second, first];
    expect(stored201).to.include({ status: 201, replayed: false });
    expect(inUse.status).to.equal(409);
    expect(inUse.type).to.equal('application/problem+json; charset=utf-8');
    expect(inUse.retryAfter).to.equal('1');
    expect(inUse.body).to.include({ type: 'urn:careers-widgets:problem:idempotency-key-in-use', status: 409, title: 'This application is still being received.' });

    const again = await post(application(email), key, action);
    expect(again).to.deep.include({ status: 201, replayed: true, body: stored201.body });

    const [record] = await stored(email);
    expect(record.id).to.equal(stored201.body.id);
    expect(record.fields.name).to.equal('Grace Hopper');
    expect(await stored(email)).to.have.length(1);
    const download = await fetch(`/api/applications/${record.id}/files/resume`);
    expect(download.headers.get('Content-Disposition')).to.equal("attachment; filename*=UTF-8''ada-lovelace.pdf");
    expect(download.headers.get('X-Content-Type-Options')).to.equal('nosniff');
    expect(await download.text()).to.equal(resumeText);
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect((await fetch(`/api/applications/${record.id}/files/${name}`)).status, name).to.equal(404);
    }
    expect((await fetch('/api/applications/__proto__')).status).to.equal(404);
  });

  it('answers a reuse of a key with a different body 422, naming the earlier application and what differs; stores a follow-up linked to it', async () => {
    const email = uniqueEmail();
    const key = crypto.randomUUID();
    const first = await post(application(email, { coverLetter: 'First version.' }), key);
    expect(first.status).to.equal(201);
    const [earlier] = await stored(email);

    const edited = application(email, { coverLetter: 'Second version.', resume: new File(['%PDF-1.4\n% another resume\n'], 'new.pdf') });
    const reused = await post(edited, key);
    expect(reused.status).to.equal(422);
    expect(reused.type).to.equal('application/problem+json; charset=utf-8');
    expect(reused.body).to.deep.include({ type: 'urn:careers-widgets:problem:idempotency-key-reused', status: 422, errors: [] });
    expect(reused.body.message).to.contain(`follow_up_of=${first.body.id}`);
    expect(reused.body.earlier).to.deep.equal({ id: first.body.id, receivedAt: earlier.receivedAt, changed: ['resume', 'coverLetter'] });
    expect(await stored(email)).to.have.length(1);

    // A host's own field (a fresh CAPTCHA token on each try) is not part of the application: the same body is replayed.
    const withToken = application(email, { coverLetter: 'First version.', token: crypto.randomUUID() });
    expect(await post(withToken, key)).to.deep.include({ status: 201, replayed: true, body: first.body });

    const unknown = await post(application(email, { follow_up_of: 'no-such-application' }));
    expect(unknown.status).to.equal(422);
    expect(unknown.body.errors).to.deep.equal([{ field: 'follow_up_of', message: 'There is no earlier application with this id for this posting.' }]);

    edited.set('follow_up_of', first.body.id);
    const followUp = await post(edited);
    expect(followUp.status).to.equal(201);
    expect(followUp.body.followUpOf).to.equal(first.body.id);
    const [newest, oldest] = await stored(email);
    expect(oldest.id).to.equal(first.body.id);
    expect(newest).to.deep.include({ id: followUp.body.id, followUpOf: first.body.id });
    expect(newest.fields.coverLetter).to.equal('Second version.');
    expect(newest.fields).to.not.have.property('follow_up_of');
  });

  it('takes files only in the declared file fields: a file as the name or a short-text answer is a 422 on that field', async () => {
    const email = uniqueEmail();
    const exe = new File(['MZ\x90\x00 program'], 'setup.exe', { type: 'application/x-msdownload' });
    const asName = await post(application(email, { name: exe }));
    expect(asName.status).to.equal(422);
    expect(asName.body.errors).to.deep.include({ field: 'name', message: 'This field takes text, not a file.' });
    const asAnswer = application(email, { postingId: 'apply-test-questions', 'answers.japanese': 'Native or bilingual', 'answers.shifts': 'yes' });
    asAnswer.set('answers.notice', exe);
    const refused = await post(asAnswer);
    expect(refused.status).to.equal(422);
    expect(refused.body.errors[0]).to.deep.equal({ field: 'answers.notice', message: 'This field takes text, not a file.' });
    expect(await stored(email)).to.have.length(0);
  });

  it('refuses wrong-type files by their content, and oversize ones, in the JSON error shape, storing nothing', async () => {
    const email = uniqueEmail();
    const disguised = await post(application(email, { resume: new File(['MZ\x90\x00'], 'resume.pdf', { type: 'application/pdf' }) }));
    expect(disguised).to.deep.include({ status: 422 });
    expect(disguised.body).to.deep.equal({ message: 'Some fields need attention.', errors: [{ field: 'resume', message: 'Choose a PDF, DOC or DOCX file.' }] });

    const big = new File(['%PDF-1.7\n', new Uint8Array(10_000_000)], 'big.pdf');
    const oversize = await post(application(email, { resume: big }));
    expect(oversize.status).to.equal(422);
    expect(oversize.body.errors).to.deep.equal([{ field: 'resume', message: 'Choose a file smaller than 10 MB.' }]);

    const huge = await post(application(email, { resume: new File([new Uint8Array(22_000_000)], 'huge.pdf') }));
    expect(huge.status).to.equal(413);
    expect(huge.body).to.deep.equal({ message: 'The application is larger than this server accepts.', errors: [] });
    expect(await stored(email)).to.have.length(0);
  });

  it('checks the posting’s questions with the form’s own rules, and a refused application may be corrected under the same key', async () => {
    const email = uniqueEmail();
    const key = crypto.randomUUID();
    const data = application(email, { postingId: 'apply-test-questions', 'answers.japanese': 'Fluent Klingon', 'answers.shifts': 'maybe' });
    data.append('links', 'javascript:alert(1)');
    const refused = await post(data, key);
    expect(refused.status).to.equal(422);
    expect(refused.body.errors).to.deep.equal([
      { field: 'links[0]', message: 'Enter a full web address starting with https://.' },
      { field: 'answers.japanese', message: 'Choose one of the answers offered for “How well do you speak Japanese?”.' },
      { field: 'answers.shifts', message: 'Choose one of the answers offered for “Can you work 4-day, 10-hour shifts?”.' },
      { field: 'answers.notice', message: 'Answer “What is your notice period?”.' },
    ]);

    data.set('answers.japanese', 'Native or bilingual');
    data.set('answers.shifts', 'yes');
    data.set('answers.notice', 'Two weeks');
    data.delete('links');
    const accepted = await post(data, key);
    expect(accepted.status).to.equal(201);
    expect(accepted.replayed).to.be.false;
    expect(await stored(email)).to.have.length(1);
  });

  it('refuses unknown postings and requests without an Idempotency-Key; ignores a filled honeypot', async () => {
    const email = uniqueEmail();
    const unknown = await post(application(email, { postingId: 'no-such-posting' }));
    expect(unknown.status).to.equal(422);
    expect(unknown.body.errors).to.deep.equal([{ field: 'postingId', message: 'Unknown posting.' }]);
    const keyless = await post(application(email), null);
    expect(keyless.status).to.equal(400);
    expect(keyless.body.message).to.equal('The Idempotency-Key header is missing.');
    const bot = await post(application(email, { [HONEYPOT]: 'https://spam.example' }));
    expect(bot.status).to.equal(201);
    expect(await stored(email)).to.have.length(0);
  });
});
