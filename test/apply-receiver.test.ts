/** The reference receiver (server/receiver.mjs) over HTTP, as any backend following the apply contract should behave. */
import { expect } from '@open-wc/testing';
import { HONEYPOT } from '../src/apply-form/validate.js';
import { resume, resumeText, uniqueEmail } from './apply-helpers.js';

interface Answer {
  status: number;
  replayed: boolean;
  body: { id?: string; message: string; errors?: { field: string; message: string }[] };
}

function application(email: string, changes: Record<string, string | File> = {}): FormData {
  const data = new FormData();
  const fields = { postingId: 'apply-test-basic', name: 'Grace Hopper', email, consent: 'yes', resume: resume(), ...changes };
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

async function post(data: FormData, key: string | null = crypto.randomUUID()): Promise<Answer> {
  const response = await fetch('/api/applications', { method: 'POST', body: data, headers: key ? { 'Idempotency-Key': key } : {} });
  return { status: response.status, replayed: response.headers.get('Idempotent-Replayed') === 'true', body: await response.json() };
}

async function stored(email: string) {
  const { applications } = await (await fetch('/api/applications')).json();
  return (applications as { id: string; fields: Record<string, unknown> }[]).filter((a) => a.fields.email === email);
}

describe('the reference receiver', () => {
  it('stores an application once per Idempotency-Key and answers repeats, even concurrent ones, with the first answer', async () => {
    const email = uniqueEmail();
    const key = crypto.randomUUID();
    const [first, second] = await Promise.all([post(application(email), key), post(application(email), key)]);
    expect(first.status).to.equal(201);
    expect(second.status).to.equal(201);
    expect(second.body).to.deep.equal(first.body);
    expect([first.replayed, second.replayed].sort()).to.deep.equal([false, true]);
    const later = await post(application(email, { name: 'Someone Else' }), key);
    expect(later).to.deep.equal({ status: 201, replayed: true, body: first.body });

    const [record] = await stored(email);
    expect(record.id).to.equal(first.body.id);
    expect(record.fields.name).to.equal('Grace Hopper');
    expect(await stored(email)).to.have.length(1);
    const download = await fetch(`/api/applications/${record.id}/files/resume`);
    expect(download.headers.get('Content-Disposition')).to.equal("attachment; filename*=UTF-8''ada-lovelace.pdf");
    expect(download.headers.get('X-Content-Type-Options')).to.equal('nosniff');
    expect(await download.text()).to.equal(resumeText);
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
