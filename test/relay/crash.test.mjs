// Crash safety: the relay process is SIGKILLed at random points while applications arrive and are forwarded, then
// restarted, several times. Every acknowledged application reaches the webhook; none is stored twice; the webhook
// sees each delivery under one Idempotency-Key (a kill between the webhook's answer and the relay's commit can send
// a delivery again with the same key — the webhook dedupes on it; the test counts such repeats and they must share
// the key).
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { apply, candidate, cleanup, fakeVendor, relayProcess, tempDir, until, writeFeed } from './helpers.mjs';

let dir, hook, config, current;
const PORT = 20000 + Math.floor(Math.random() * 20000);

before(async () => {
  dir = await tempDir('crash');
  hook = await fakeVendor({ match: (req) => req.url === '/hook', accept: () => undefined, success: () => ({ status: 200, json: {} }) });
  config = path.join(dir, 'relay.json');
  await writeFile(
    config,
    JSON.stringify({
      port: PORT,
      dataDir: path.join(dir, 'data'),
      feeds: [await writeFeed(dir)],
      logLevel: 'warn',
      outbox: { pollMs: 30, batch: 5, timeoutMs: 500, leaseMs: 1_500, baseDelayMs: 50, maxDelayMs: 200 },
      destinations: [{ name: 'hook', type: 'webhook', url: `${hook.url}/hook`, secret: 'crash-secret' }],
    }),
  );
});
after(async () => {
  current?.child.kill('SIGKILL');
  await current?.exited;
  await hook?.close();
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

test('SIGKILL during receive and forward, restart: nothing acknowledged lost, nothing stored twice, a repeat only under its Idempotency-Key', async () => {
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
  console.log(`# ${kills} kills, ${apps.length} applications, ${repeats} repeated deliveries (same Idempotency-Key)`);
});
