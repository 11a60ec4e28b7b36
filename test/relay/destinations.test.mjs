// Each destination against a local fake that follows the vendor's documented request format and fails the way
// vendors do (429 with Retry-After, 500, time-outs, dropped connections, 401, 422): the fake receives exactly one
// application per candidate, with every field and file byte; 401/422 are marked failed at once and sent again only
// on "retry now".
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { startRelay } from './dist.mjs';
import { apply, candidate, cleanup, fakeVendor, tempDir, until, writeFeed } from './helpers.mjs';

const basicOf = (req) => Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString();
const field = (body, name) => body.fields?.find(([k]) => k === name)?.[1];
const fieldsAll = (body, name) => body.fields?.filter(([k]) => k === name).map(([, v]) => v) ?? [];
const fileOf = (body, name) => body.files?.find(([k]) => k === name);
const unauthorized = { status: 401, json: { error: 'unauthorized' } };
const invalid = (what) => ({ status: 422, json: { error: `missing ${what}` } });

/**
 * Per vendor: the destination config (given the fake's URL), the fake's route and checks (auth + required fields, as
 * documented), and how to read the candidate's e-mail and files back from a received request.
 */
const VENDORS = {
  webhook: {
    dest: (url) => ({ type: 'webhook', url: `${url}/hooks/applications`, secret: 'whsec-test' }),
    match: (req) => req.method === 'POST' && req.url === '/hooks/applications',
    accept(req, body) {
      const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(req.headers['careers-signature'] ?? '') ?? [];
      const expected = createHmac('sha256', 'whsec-test').update(`${t}.${JSON.stringify(body)}`).digest('hex');
      if (v1 !== expected || !req.headers['idempotency-key']) return unauthorized;
    },
    email: (r) => r.body.application.email,
    file: (r, f) => Buffer.from(r.body.files.find((x) => x.field === f).content, 'base64'),
    check(r, app) {
      // multipart text travels with CRLF line breaks (FormData, like the browser): the relay keeps what it received
      assert.equal(r.body.application.coverLetter.replace(/\r\n/g, '\n'), app.fields.find(([k]) => k === 'coverLetter')[1]);
      assert.deepEqual(r.body.application.answers.find((a) => a.id === 'lang').answer, ['Go', 'Rust']);
    },
  },
  greenhouse: {
    dest: (url) => ({ type: 'greenhouse', board: 'acme', apiKey: 'gh-key', baseUrl: url, jobIds: { 'eng-1': '127817' }, questions: { years: 'question_5555', visa: 'question_3333', lang: 'question_2222', sample: 'question_12349' } }),
    match: (req) => req.method === 'POST' && req.url === '/v1/boards/acme/jobs/127817',
    accept(req, body) {
      if (basicOf(req) !== 'gh-key:') return unauthorized;
      for (const name of ['first_name', 'last_name', 'email']) if (!field(body, name)) return invalid(name);
    },
    email: (r) => field(r.body, 'email'),
    file: (r, f) => fileOf(r.body, f === 'resume' ? 'resume' : 'question_12349')[2],
    check(r) {
      assert.equal(field(r.body, 'first_name'), 'Candidate');
      assert.match(field(r.body, 'last_name'), /^Number\d+$/);
      assert.equal(field(r.body, 'question_3333'), '1');
      assert.deepEqual(fieldsAll(r.body, 'question_2222[]'), ['Go', 'Rust']);
      assert.match(field(r.body, 'cover_letter_text'), /Why us\?\r?\n {2}Because\./);
      assert.equal(field(r.body, 'data_compliance[gdpr_consent_given]'), 'true');
    },
  },
  lever: {
    dest: (url) => ({ type: 'lever', site: 'acme', apiKey: 'lv-key', baseUrl: url }),
    match: (req) => req.method === 'POST' && /^\/v0\/postings\/acme\/[\w-]+\/apply$/.test(new URL(req.url, 'http://x').pathname),
    accept(req, body) {
      if (new URL(req.url, 'http://x').searchParams.get('key') !== 'lv-key') return unauthorized;
      if (!field(body, 'name') || !field(body, 'email')) return invalid('name/email');
    },
    email: (r) => field(r.body, 'email'),
    file: (r, f) => (f === 'resume' ? fileOf(r.body, 'resume')[2] : null),
    check(r) {
      assert.match(field(r.body, 'urls[Link 1]'), /^https:\/\/github\.com\/c\d+$/);
      assert.match(field(r.body, 'comments'), /Languages\r?\n {2}Go, Rust/);
    },
  },
  ashby: {
    dest: (url) => ({ type: 'ashby', apiKey: 'ab-key', baseUrl: url, questions: { years: 'years_field', visa: 'visa_field', sample: 'sample_field' } }),
    match: (req) => req.method === 'POST' && req.url === '/applicationForm.submit',
    accept(req, body) {
      if (basicOf(req) !== 'ab-key:') return unauthorized;
      const form = JSON.parse(field(body, 'applicationForm') ?? '{}');
      const paths = (form.fieldSubmissions ?? []).map((s) => s.path);
      if (field(body, 'jobPostingId') !== 'eng-1' || !paths.includes('_systemfield_name') || !paths.includes('_systemfield_email')) return invalid('system fields');
      for (const s of form.fieldSubmissions) if (s.path.endsWith('resume') || s.path === 'sample_field') if (!fileOf(body, s.value)) return invalid(`file part ${s.value}`);
    },
    success: () => ({ status: 200, json: { success: true, results: { applicationFormSubmission: {} } } }),
    email: (r) => JSON.parse(field(r.body, 'applicationForm')).fieldSubmissions.find((s) => s.path === '_systemfield_email').value,
    file(r, f) {
      const subs = JSON.parse(field(r.body, 'applicationForm')).fieldSubmissions;
      return fileOf(r.body, subs.find((s) => s.path === (f === 'resume' ? '_systemfield_resume' : 'sample_field')).value)[2];
    },
    check(r) {
      const subs = JSON.parse(field(r.body, 'applicationForm')).fieldSubmissions;
      assert.equal(subs.find((s) => s.path === 'visa_field').value, true);
    },
  },
  recruitee: {
    dest: (url) => ({ type: 'recruitee', company: 'acme', baseUrl: url, jobIds: { 'eng-1': 'engineer' }, questions: { years: '286356', lang: '286357', visa: '286358', sample: '286359' } }),
    match: (req) => req.method === 'POST' && req.url === '/api/offers/engineer/candidates',
    accept(req, body) {
      if (!field(body, 'candidate[name]') || !field(body, 'candidate[email]')) return invalid('name/email');
    },
    email: (r) => field(r.body, 'candidate[email]'),
    file(r, f) {
      if (f === 'resume') return fileOf(r.body, 'candidate[cv]')[2];
      const at = r.body.fields.find(([k, v]) => /open_question_id\]$/.test(k) && v === '286359')[0].replace('[open_question_id]', '[file]');
      return fileOf(r.body, at)[2];
    },
    check(r) {
      const idAt = (id) => r.body.fields.find(([k, v]) => /open_question_id\]$/.test(k) && v === id)[0].replace('[open_question_id]', '');
      assert.deepEqual(fieldsAll(r.body, `${idAt('286357')}[multi_content][]`), ['Go', 'Rust']);
      assert.equal(field(r.body, `${idAt('286358')}[flag]`), 'true');
    },
  },
  smartrecruiters: {
    dest: (url) => ({ type: 'smartrecruiters', apiKey: 'sr-key', baseUrl: url, questions: { years: 'q-years', lang: 'q-lang' } }),
    match: (req) => req.method === 'POST' && req.url === '/postings/eng-1/candidates',
    accept(req, body) {
      if (req.headers['x-smarttoken'] !== 'sr-key') return unauthorized;
      if (!body.firstName || !body.lastName || !body.email) return invalid('firstName/lastName/email');
    },
    email: (r) => r.body.email,
    file: (r, f) => Buffer.from((f === 'resume' ? r.body.resume : r.body.attachments[0]).fileContent, 'base64'),
    check(r) {
      assert.deepEqual(r.body.answers.find((a) => a.id === 'q-lang').records[0].fields.value, ['Go', 'Rust']);
      assert.equal(r.body.consentDecisions.SINGLE, true);
    },
  },
  workable: {
    dest: (url) => ({ type: 'workable', subdomain: 'acme', token: 'wk-token', baseUrl: url, jobIds: { 'eng-1': 'GROOV005' }, questions: { years: 'qk1', visa: 'qk2', sample: 'qk3' } }),
    match: (req) => req.method === 'POST' && req.url === '/spi/v3/jobs/GROOV005/candidates',
    accept(req, body) {
      if (req.headers.authorization !== 'Bearer wk-token') return unauthorized;
      if (body.sourced !== false || !body.candidate?.email || !(body.candidate.name || body.candidate.firstname)) return invalid('candidate');
    },
    email: (r) => r.body.candidate.email,
    // GET /spi/v3/candidates?email=&shortcode= (asked after a time-out, before sending again)
    lookup(req, fake) {
      const u = new URL(req.url, 'http://x');
      if (u.pathname !== '/spi/v3/candidates') return undefined;
      if (req.headers.authorization !== 'Bearer wk-token') return unauthorized;
      const candidates = fake.received.filter((r) => r.body.candidate.email === u.searchParams.get('email') && r.url === `/spi/v3/jobs/${u.searchParams.get('shortcode')}/candidates`).map((r) => ({ email: r.body.candidate.email, created_at: r.at }));
      return { status: 200, json: { candidates } };
    },
    file: (r, f) => Buffer.from((f === 'resume' ? r.body.candidate.resume : r.body.candidate.answers.find((a) => a.question_key === 'qk3').file).data, 'base64'),
    check(r) {
      assert.equal(r.body.candidate.answers.find((a) => a.question_key === 'qk2').checked, true);
    },
  },
};

let dir, relay, url;
const fakes = {};
before(async () => {
  dir = await tempDir('destinations');
  for (const [name, v] of Object.entries(VENDORS)) fakes[name] = await fakeVendor({ match: v.match, accept: v.accept, success: v.success, lookup: v.lookup });
  relay = await startRelay({
    port: 0,
    dataDir: path.join(dir, 'data'),
    feeds: [await writeFeed(dir)],
    logLevel: 'error',
    outbox: { pollMs: 50, baseDelayMs: 50, maxDelayMs: 300, timeoutMs: 400, leaseMs: 5_000 },
    destinations: Object.entries(VENDORS).map(([name, v]) => ({ name, ...v.dest(fakes[name].url) })),
  });
  url = `${relay.url}/api/applications`;
});
after(async () => {
  await relay?.close();
  await Promise.all(Object.values(fakes).map((f) => f.close()));
  await cleanup(dir);
});

const entriesOf = async (email) => (await relay.relay.store.listApplications(100)).find((r) => r.application.email === email)?.outbox ?? [];

test('every destination gets the application exactly once, with every file byte, after 429, 500, a time-out and a dropped connection', async () => {
  for (const fake of Object.values(fakes)) fake.faults.push(429, 500, 'timeout', 'reset');
  const app = candidate(11);
  assert.equal((await apply(url, app)).status, 201);
  const email = 'candidate11@example.com';
  await until(async () => (await entriesOf(email)).every((e) => e.state === 'delivered') && (await entriesOf(email)).length === 7, { what: 'all deliveries' });
  for (const [name, v] of Object.entries(VENDORS)) {
    const got = fakes[name].received.filter((r) => v.email(r) === email);
    assert.equal(got.length, 1, `${name}: exactly one application`);
    assert.equal(fakes[name].attempts, 5, `${name}: four faults, then the delivery`);
    for (const [fieldName, , bytes] of app.files) {
      const sent = v.file(got[0], fieldName);
      if (sent !== null) assert.ok(sent.equals(bytes), `${name}: ${fieldName} byte for byte`);
    }
    v.check(got[0], app);
  }
  assert.ok(fakes.workable.lookups >= 1, 'Workable was asked before the try after the time-out (it had not arrived: sent)');
  const entries = await entriesOf(email);
  for (const e of entries) assert.equal(e.attempts, 4, `${e.destination}: the 429 is not counted as a failed attempt`);
});

test('401 and 422 are permanent: marked failed after one try; "retry now" sends again once', async () => {
  for (const fake of Object.values(fakes)) fake.faults.push(401);
  const first = candidate(12);
  assert.equal((await apply(url, first)).status, 201);
  await until(async () => (await entriesOf('candidate12@example.com')).every((e) => e.state === 'failed'), { what: '401s marked failed' });
  const before = Object.fromEntries(Object.entries(fakes).map(([n, f]) => [n, f.attempts]));
  for (const e of await entriesOf('candidate12@example.com')) {
    assert.equal(e.lastStatus, 401);
    assert.ok(await relay.relay.store.retryNow(e.id));
  }
  relay.relay.worker.kick();
  await until(async () => (await entriesOf('candidate12@example.com')).every((e) => e.state === 'delivered'), { what: 'deliveries after retry now' });
  for (const [name, v] of Object.entries(VENDORS)) {
    assert.equal(fakes[name].attempts, before[name] + 1, `${name}: one more try`);
    assert.equal(fakes[name].received.filter((r) => v.email(r) === 'candidate12@example.com').length, 1);
  }
  for (const fake of Object.values(fakes)) fake.faults.push(422);
  assert.equal((await apply(url, candidate(13))).status, 201);
  await until(async () => (await entriesOf('candidate13@example.com')).every((e) => e.state === 'failed' && e.lastStatus === 422), { what: '422s marked failed' });
  // a later application goes through; the refused one was not tried again meanwhile
  const attemptsAfter422 = Object.fromEntries(Object.entries(fakes).map(([n, f]) => [n, f.attempts]));
  assert.equal((await apply(url, candidate(14))).status, 201);
  await until(async () => (await entriesOf('candidate14@example.com')).every((e) => e.state === 'delivered'), { what: 'the next deliveries' });
  for (const [name, fake] of Object.entries(fakes)) assert.equal(fake.attempts, attemptsAfter422[name] + 1, `${name}: the 422 was not retried`);
});

test('Lever (2 applications per second by default): its 429s are queued, not lost', async () => {
  const before = fakes.lever.received.length;
  fakes.lever.faults.push(429, 429);
  const apps = Array.from({ length: 6 }, (_, i) => candidate(100 + i, { posting: 'ops-2' }));
  for (const app of apps) assert.equal((await apply(url, app)).status, 201);
  await until(() => fakes.lever.received.length === before + 6, { what: 'six Lever applications' });
  const emails = fakes.lever.received.slice(before).map((r) => field(r.body, 'email'));
  assert.equal(new Set(emails).size, 6);
});
