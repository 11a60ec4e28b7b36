// Crash safety: the relay process is SIGKILLed at random points while applications arrive and are forwarded, then
// restarted, several times. Every acknowledged application is forwarded; none is stored twice; and nothing is
// forwarded twice, within what each vendor allows (README, "Delivery guarantee"):
// - the webhook dedupes on the delivery's Idempotency-Key: a kill between its answer and the relay's commit sends
//   the delivery again under the same key (the test counts such repeats; they must share the key);
// - Greenhouse is asked (Harvest API, candidates by e-mail) before an interrupted delivery is sent again: the fake
//   receives every candidate exactly once;
// - Ashby can neither dedupe nor be asked: an interrupted delivery is parked "needs review", never sent again, so
//   the fake receives each candidate at most once, and every one it lacks is in review.
// A second test makes the window certain: the vendors record the application and never answer, the relay is killed.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { apply, candidate, cleanup, fakeVendor, relayProcess, tempDir, until, writeFeed } from './helpers.mjs';

let dir, hook, gh, ashby, config, current;
const PORT = 20000 + Math.floor(Math.random() * 20000);
const TOKEN = 'crash-admin-token-0123';
const field = (body, name) => body.fields?.find(([k]) => k === name)?.[1];
const ghEmail = (r) => field(r.body, 'email');
const ashbyEmail = (r) => JSON.parse(field(r.body, 'applicationForm')).fieldSubmissions.find((s) => s.path === '_systemfield_email').value;

/** Greenhouse: the Job Board apply route, and the Harvest candidate lookup answered from what it received. */
const greenhouseFake = () =>
  fakeVendor({
    match: (req) => req.method === 'POST' && /^\/v1\/boards\/acme\/jobs\/[\w-]+$/.test(req.url),
    accept: () => undefined,
    lookup(req, fake) {
      const u = new URL(req.url, 'http://x');
      if (u.pathname !== '/v1/candidates') return undefined;
      if (req.headers.authorization !== `Basic ${Buffer.from('harvest-key:').toString('base64')}`) return { status: 401, json: {} };
      const mine = fake.received.filter((r) => ghEmail(r) === u.searchParams.get('email'));
      return { status: 200, json: mine.length ? [{ id: 1, applications: mine.map((r) => ({ applied_at: r.at, jobs: [{ id: r.url.split('/').pop() }] })) }] : [] };
    },
  });
const ashbyFake = () => fakeVendor({ match: (req) => req.method === 'POST' && req.url === '/applicationForm.submit', accept: () => undefined, success: () => ({ status: 200, json: { success: true } }) });

async function writeConfig(file, { port, data, extra = {} }) {
  await writeFile(
    file,
    JSON.stringify({
      port,
      dataDir: data,
      feeds: [await writeFeed(dir)],
      logLevel: 'error',
      adminToken: TOKEN,
      outbox: { pollMs: 30, batch: 5, timeoutMs: 500, leaseMs: 1_500, baseDelayMs: 50, maxDelayMs: 200 },
      destinations: [
        { name: 'hook', type: 'webhook', url: `${hook.url}/hook`, secret: 'crash-secret' },
        { name: 'greenhouse', type: 'greenhouse', board: 'acme', apiKey: 'gh-key', baseUrl: gh.url, harvestApiKey: 'harvest-key', harvestUrl: gh.url },
        { name: 'ashby', type: 'ashby', apiKey: 'ab-key', baseUrl: ashby.url },
      ],
      ...extra,
    }),
  );
}

/** Every application with its outbox entries, from the admin API of the running relay. */
async function outboxOf(url) {
  const response = await fetch(new URL('/admin/api/applications?limit=500', url), { headers: { Authorization: `Bearer ${TOKEN}` } });
  return (await response.json()).applications;
}

before(async () => {
  dir = await tempDir('crash');
  hook = await fakeVendor({ match: (req) => req.url === '/hook', accept: () => undefined, success: () => ({ status: 200, json: {} }) });
  gh = await greenhouseFake();
  ashby = await ashbyFake();
  config = path.join(dir, 'relay.json');
  await writeConfig(config, { port: PORT, data: path.join(dir, 'data') });
});
after(async () => {
  current?.child.kill('SIGKILL');
  await current?.exited;
  await Promise.all([hook?.close(), gh?.close(), ashby?.close()]);
  await cleanup(dir);
});

/** Sends like the form: the same key until a 2xx (a refused connection or a dropped request is tried again). */
async function sendUntilAcknowledged(url, app, stop) {
  for (;;) {
    const answer = await apply(url, app);
    if (answer.status >= 200 && answer.status < 300) return answer;
    if (answer.status && answer.status !== 409 && answer.status !== 503) throw new Error(`refused ${answer.status}: ${JSON.stringify(answer.body)}`);
    if (stop()) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test('SIGKILL during receive and forward, restart: nothing acknowledged lost, nothing stored twice; webhook repeats only under its key, Greenhouse once, Ashby at most once (else in review)', async () => {
  const apps = Array.from({ length: 120 }, (_, i) => candidate(2000 + i, { resumeSize: 20_000 + (i % 7) * 30_000 }));
  const acknowledged = new Map();
  let done = false;
  let url;
  current = relayProcess(config);
  url = await current.ready;
  const queue = [...apps];
  const senders = Promise.all(
    Array.from({ length: 6 }, async () => {
      for (let app; (app = queue.shift()); ) {
        const answer = await sendUntilAcknowledged(url, app, () => done);
        if (answer) acknowledged.set(app.key, { app, id: answer.body.id });
      }
    }),
  );
  let kills = 0;
  while (queue.length || kills < 3) {
    await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400));
    current.child.kill('SIGKILL');
    await current.exited;
    kills++;
    current = relayProcess(config);
    await current.ready;
    if (kills >= 12) break;
  }
  await senders;
  done = true;
  assert.equal(acknowledged.size, apps.length, 'every application was acknowledged in the end');
  assert.ok(kills >= 3, `killed ${kills} times`);
  // after the last restart everything acknowledged is forwarded
  await until(() => new Set(hook.received.map((r) => r.body.application.email)).size >= apps.length, { limit: 60_000, what: 'every delivery' });
  const byEmail = new Map();
  for (const r of hook.received) {
    const list = byEmail.get(r.body.application.email) ?? byEmail.set(r.body.application.email, []).get(r.body.application.email);
    list.push(r);
  }
  let repeats = 0;
  for (const { app, id } of acknowledged.values()) {
    const got = byEmail.get(`candidate${app.n}@example.com`) ?? [];
    assert.ok(got.length >= 1, `candidate ${app.n} delivered`);
    assert.equal(new Set(got.map((r) => r.body.application.id)).size, 1, `candidate ${app.n} stored once`);
    assert.equal(got[0].body.application.id, id, `candidate ${app.n}: the acknowledged id`);
    assert.equal(new Set(got.map((r) => r.headers['idempotency-key'])).size, 1, `candidate ${app.n}: one delivery key`);
    const resume = Buffer.from(got[0].body.files.find((f) => f.field === 'resume').content, 'base64');
    assert.ok(resume.equals(app.files[0][2]), `candidate ${app.n}: resume byte for byte`);
    repeats += got.length - 1;
  }
  // the ATS fakes: nothing forwarded twice
  await until(
    async () => (await outboxOf(url)).every(({ outbox }) => outbox.every((e) => e.state === 'delivered' || e.state === 'review')),
    { limit: 60_000, what: 'every outbox entry delivered or in review' },
  );
  const apps2 = await outboxOf(url);
  assert.equal(apps2.length, apps.length, 'each application stored once');
  const count = (list, emailOf) => list.reduce((m, r) => m.set(emailOf(r), (m.get(emailOf(r)) ?? 0) + 1), new Map());
  const ghCount = count(gh.received, ghEmail);
  const ashbyCount = count(ashby.received, ashbyEmail);
  let review = 0;
  for (const { application, outbox } of apps2) {
    const state = Object.fromEntries(outbox.map((e) => [e.destination, e.state]));
    assert.equal(state.greenhouse, 'delivered', `${application.email}: Greenhouse delivered`);
    assert.equal(ghCount.get(application.email), 1, `${application.email}: Greenhouse received it exactly once`);
    assert.ok((ashbyCount.get(application.email) ?? 0) <= 1, `${application.email}: Ashby received it at most once`);
    if (state.ashby === 'review') review++;
    else assert.equal(ashbyCount.get(application.email), 1, `${application.email}: Ashby delivered once`);
    assert.notEqual(state.hook, 'review', 'the webhook is never parked (it dedupes)');
  }
  console.log(`# ${kills} kills, ${apps.length} applications, ${repeats} webhook repeats (same Idempotency-Key), Greenhouse lookups ${gh.lookups}, Ashby in review ${review}`);
});

test('the vendor recorded the application and the relay died before the answer: Greenhouse is asked and not sent again, Ashby is parked for review, the webhook is resent under its key', async () => {
  const port = PORT + 1;
  const file = path.join(dir, 'window.json');
  await writeConfig(file, { port, data: path.join(dir, 'window-data') });
  const [ghBefore, ashbyBefore, hookBefore] = [gh.received.length, ashby.received.length, hook.received.length];
  gh.faults.push('hang');
  ashby.faults.push('hang');
  hook.faults.push('hang');
  let relay = relayProcess(file);
  const url = await relay.ready;
  const app = candidate(4242);
  assert.equal((await apply(url, app)).status, 201);
  await until(() => gh.received.length > ghBefore && ashby.received.length > ashbyBefore && hook.received.length > hookBefore, { what: 'the three vendors recorded it' });
  relay.child.kill('SIGKILL');
  await relay.exited;
  relay = relayProcess(file);
  try {
    await relay.ready;
    const entries = async () => (await outboxOf(url)).find((a) => a.application.email === 'candidate4242@example.com').outbox;
    // the dead relay's lease lapses (leaseMs 1.5 s), then the entries are taken up again
    await until(async () => (await entries()).every((e) => e.state !== 'pending'), { what: 'the interrupted deliveries decided' });
    const byName = Object.fromEntries((await entries()).map((e) => [e.destination, e]));
    assert.equal(byName.greenhouse.state, 'delivered');
    assert.match(byName.greenhouse.lastError, /found at the destination/);
    assert.equal(gh.received.filter((r) => ghEmail(r) === 'candidate4242@example.com').length, 1, 'Greenhouse: not sent again');
    assert.ok(gh.lookups >= 1, 'Greenhouse was asked');
    assert.equal(byName.ashby.state, 'review');
    assert.match(byName.ashby.lastError, /may have reached ashby[\s\S]*candidate4242@example.com/);
    assert.equal(ashby.received.filter((r) => ashbyEmail(r) === 'candidate4242@example.com').length, 1, 'Ashby: not sent again');
    assert.equal(byName.hook.state, 'delivered');
    const hooks = hook.received.filter((r) => r.body.application.email === 'candidate4242@example.com');
    assert.equal(hooks.length, 2, 'the webhook got it again');
    assert.equal(hooks[0].headers['idempotency-key'], hooks[1].headers['idempotency-key'], 'under the same Idempotency-Key');
    // the admin view shows it; the operator checks Ashby and marks it delivered
    const page = await fetch(new URL('/admin', url), { headers: { Authorization: `Bearer ${TOKEN}` } }).then((r) => r.text());
    assert.match(page, /needs review/);
    assert.match(page, new RegExp(`/admin/outbox/${byName.ashby.id}/delivered`));
    const marked = await fetch(new URL(`/admin/outbox/${byName.ashby.id}/delivered`, url), { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` } });
    assert.equal(marked.status, 200);
    assert.equal(Object.fromEntries((await entries()).map((e) => [e.destination, e.state])).ashby, 'delivered');
    assert.equal(ashby.received.filter((r) => ashbyEmail(r) === 'candidate4242@example.com').length, 1, 'Ashby: still once');
  } finally {
    relay.child.kill('SIGKILL');
    await relay.exited;
  }
});
