// The relay receives the apply contract, stores durably (SQLite) and e-mails the application with its files.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import path from 'node:path';
import { startRelay } from './dist.mjs';
import { apply, candidate, cleanup, formOf, pdf, tempDir, until, writeFeed } from './helpers.mjs';
import { smtpSink } from './smtp-sink.mjs';

let dir, sink, relay, url;
const token = 'admin-token-0123456789';

before(async () => {
  dir = await tempDir('receive');
  sink = await smtpSink();
  relay = await startRelay(
    {
      port: 0,
      dataDir: path.join(dir, 'data'),
      feeds: [await writeFeed(dir)],
      allowedOrigins: ['https://careers.acme.example'],
      adminToken: token,
      logLevel: 'error',
      outbox: { pollMs: 100, baseDelayMs: 50, maxDelayMs: 200 },
      destinations: [{ name: 'inbox', type: 'email', to: 'jobs@acme.example', from: 'relay@acme.example', smtp: sink.url }],
    },
    {},
  );
  url = `${relay.url}/api/applications`;
});
after(async () => {
  await relay?.close();
  await sink?.close();
  await cleanup(dir);
});

test('an application is stored, answered 201 and e-mailed with every field and file byte', async () => {
  const app = candidate(1);
  const answer = await apply(url, app);
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  assert.match(answer.body.message, /Thank you, Candidate Number1!/);
  const mail = await until(() => sink.messages.find((m) => m.text.includes('candidate1@example.com')), { what: 'the e-mail' });
  assert.deepEqual(mail.to, ['jobs@acme.example']);
  for (const [name, value] of app.fields) if (name !== 'postingId' && !['consent', 'talentPool'].includes(name)) assert.ok(mail.text.includes(value.split('\n')[0]), `${name} in the mail`);
  assert.match(mail.text, /Do you need a visa\?\n  yes/);
  assert.match(mail.text, /Languages\n  Go, Rust/);
  assert.equal(mail.attachments.length, 2);
  for (const [, filename, bytes] of app.files) {
    const attached = mail.attachments.find((a) => a.filename === filename);
    assert.ok(attached, `${filename} attached`);
    assert.ok(attached.content.equals(bytes), `${filename} byte for byte`);
  }
  assert.match(mail.headers['reply-to'], /candidate1@example\.com/);
});

test('the same key and body is replayed; another body under the key is 422 with earlier; nothing stored twice', async () => {
  const app = candidate(2);
  const first = await apply(url, app);
  assert.equal(first.status, 201);
  const again = await apply(url, app);
  assert.equal(again.status, 201);
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
  assert.equal(again.body.id, first.body.id);
  const changed = { ...app, fields: app.fields.map(([k, v]) => [k, k === 'coverLetter' ? 'Changed' : v]) };
  const reused = await apply(url, changed);
  assert.equal(reused.status, 422);
  assert.equal(reused.headers.get('content-type'), 'application/problem+json; charset=utf-8');
  assert.equal(reused.body.type, 'urn:careers-widgets:problem:idempotency-key-reused');
  assert.equal(reused.body.earlier.id, first.body.id);
  assert.deepEqual(reused.body.earlier.changed, ['coverLetter']);
  const list = await relay.relay.store.listApplications(100);
  assert.equal(list.filter((r) => r.application.email === 'candidate2@example.com').length, 1);
  // a follow-up with a new key names the earlier one
  const followUp = { ...changed, key: crypto.randomUUID(), fields: [...changed.fields, ['follow_up_of', first.body.id]] };
  const added = await apply(url, followUp);
  assert.equal(added.status, 201);
  assert.equal(added.body.followUpOf, first.body.id);
  const unknown = await apply(url, { ...changed, key: crypto.randomUUID(), fields: [...changed.fields, ['follow_up_of', 'nope']] });
  assert.equal(unknown.status, 422);
  assert.ok(unknown.body.errors.some((e) => e.field === 'follow_up_of'));
});

test('the form rules apply: missing fields, a file that is not a document, a file in a text field, an unknown posting', async () => {
  const app = candidate(3);
  const bad = {
    ...app,
    fields: app.fields.filter(([k]) => k !== 'email' && k !== 'answers.visa'),
    files: [['resume', 'cv.pdf', Buffer.from('not a pdf at all')], ['name', 'x.pdf', pdf(100)]],
  };
  const answer = await apply(url, bad);
  assert.equal(answer.status, 422);
  const fields = answer.body.errors.map((e) => e.field);
  for (const field of ['email', 'answers.visa', 'resume', 'name']) assert.ok(fields.includes(field), `${field} refused: ${fields}`);
  const unknown = await apply(url, { ...app, key: crypto.randomUUID(), fields: app.fields.map(([k, v]) => [k, k === 'postingId' ? 'nope' : v]) });
  assert.equal(unknown.status, 422);
  assert.equal(unknown.body.errors[0].field, 'postingId');
  // the refusal is not kept: the corrected application under the same key is accepted
  assert.equal((await apply(url, app)).status, 201);
});

test('limits: a field longer than the cap is 413; no key is 400; not multipart is 400', async () => {
  const app = candidate(4);
  const long = { ...app, fields: [...app.fields, ['answers.why', 'x'.repeat(100_001)]] };
  assert.equal((await apply(url, long)).status, 413);
  const noKey = await fetch(url, { method: 'POST', body: formOf(app) });
  assert.equal(noKey.status, 400);
  const json = await fetch(url, { method: 'POST', body: '{}', headers: { 'Idempotency-Key': 'k', 'Content-Type': 'application/json' } });
  assert.equal(json.status, 400);
});

test('CORS: allowed origin gets its headers and preflight; another origin is refused', async () => {
  const ok = await fetch(url, { method: 'OPTIONS', headers: { Origin: 'https://careers.acme.example', 'Access-Control-Request-Method': 'POST' } });
  assert.equal(ok.status, 204);
  assert.equal(ok.headers.get('access-control-allow-origin'), 'https://careers.acme.example');
  assert.match(ok.headers.get('access-control-allow-headers'), /Idempotency-Key/);
  const evil = await fetch(url, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
  assert.equal(evil.status, 403);
  assert.equal(evil.headers.get('access-control-allow-origin'), null);
  const posted = await apply(url, candidate(5), { headers: { Origin: 'https://evil.example' } });
  assert.equal(posted.status, 403);
});

test('healthz, the admin view behind its token, retry now, and the fetch handler', async () => {
  const health = await (await fetch(`${relay.url}/healthz`)).json();
  assert.equal(health.ok, true);
  assert.equal(health.store, 'sqlite');
  assert.equal((await fetch(`${relay.url}/admin`)).status, 401);
  assert.equal((await fetch(`${relay.url}/admin`, { headers: { Authorization: 'Bearer wrong-token-0123456789' } })).status, 401);
  const page = await fetch(`${relay.url}/admin`, { headers: { Authorization: `Basic ${Buffer.from(`admin:${token}`).toString('base64')}` } });
  assert.equal(page.status, 200);
  assert.match(await page.text(), /Candidate Number1/);
  const api = await (await fetch(`${relay.url}/admin/api/applications`, { headers: { Authorization: `Bearer ${token}` } })).json();
  const entry = api.applications[0].outbox[0];
  const retried = await fetch(`${relay.url}/admin/outbox/${entry.id}/retry`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, Origin: 'https://evil.example' } });
  assert.equal(retried.status, 403);
  const file = await fetch(`${relay.url}/admin/applications/${api.applications.at(-1).application.id}/files/resume`, { headers: { Authorization: `Bearer ${token}` } });
  assert.equal(file.status, 200);
  assert.equal(file.headers.get('content-type'), 'application/pdf');
  // the same relay through its Fetch-API handler
  const app = candidate(6);
  const response = await relay.relay.handleFetch(new Request('http://relay.test/api/applications', { method: 'POST', body: formOf(app), headers: { 'Idempotency-Key': app.key } }));
  assert.equal(response.status, 201);
  assert.match((await response.json()).message, /Candidate Number6/);
});

test('an SMTP server that refuses for a while: the mail arrives once it accepts', async () => {
  sink.failNext = 2;
  const app = candidate(7);
  assert.equal((await apply(url, app)).status, 201);
  await until(() => sink.messages.some((m) => m.text.includes('candidate7@example.com')), { what: 'the mail after 451s' });
  assert.equal(sink.messages.filter((m) => m.text.includes('candidate7@example.com')).length, 1);
});

test('the configuration is checked at start, every problem named by its path', async () => {
  const { parseConfig } = await import('./dist.mjs');
  assert.throws(
    () => parseConfig({ feeds: [], destinations: [{ name: 'x', type: 'greenhouse', board: 'b', apiKey: { env: 'NOT_SET_ANYWHERE' } }, { name: 'y', type: 'fax' }] }, { env: {} }),
    (error) => /feeds: name at least one feed file/.test(error.message) && /destinations\[1\]/.test(error.message),
  );
  assert.throws(
    () => parseConfig({ feeds: ['f.json'], destinations: [{ name: 'x', type: 'greenhouse', board: 'b', apiKey: { env: 'NOT_SET_ANYWHERE' } }] }, { env: {} }),
    /destinations\[0\]\.apiKey: the environment variable NOT_SET_ANYWHERE is not set/,
  );
  const ok = parseConfig({ feeds: ['f.json'], destinations: [{ name: 'x', type: 'lever', site: 's', apiKey: { env: 'LEVER_KEY' } }] }, { env: { LEVER_KEY: 'k', PORT: '9999' } });
  assert.equal(ok.host, '127.0.0.1');
  assert.equal(ok.port, 9999);
});

test('retention: deleteBefore removes applications with their files\' rows and outbox entries (the hourly sweep also deletes their files)', async () => {
  const store = relay.relay.store;
  const before = (await store.listApplications(500)).length;
  assert.ok(before > 0);
  assert.equal(await relay.relay.sweep(), 0, 'nothing is old yet');
  const removed = await store.deleteBefore(new Date(Date.now() + 1000).toISOString());
  assert.equal(removed.length, before);
  assert.equal((await store.listApplications(500)).length, 0);
  assert.deepEqual(await store.outboxCounts(), {});
});
