// Scale-out: two relay processes on one PostgreSQL, applications posted to both, forwarded by both to one webhook:
// each of 500 applications delivered exactly once (the outbox is claimed FOR UPDATE SKIP LOCKED).
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { apply, candidate, cleanup, fakeVendor, relayProcess, tempDir, until, writeFeed } from './helpers.mjs';
import { postgresAvailable, startPostgres } from './pg.mjs';

const skip = postgresAvailable() ? false : 'PostgreSQL is not installed (apt-get install postgresql)';
let dir, pg, hook, relays = [];

before(async () => {
  if (skip) return;
  dir = await tempDir('scale');
  pg = await startPostgres({ fsync: false });
  hook = await fakeVendor({ match: (req) => req.url === '/hook', accept: () => undefined, success: () => ({ status: 200, json: {} }) });
  const feed = await writeFeed(dir);
  for (const i of [1, 2]) {
    const config = path.join(dir, `relay${i}.json`);
    await writeFile(
      config,
      JSON.stringify({
        port: 0,
        dataDir: path.join(dir, 'shared-files'),
        feeds: [feed],
        database: pg.url,
        logLevel: 'warn',
        limits: { maxConcurrent: 256 },
        outbox: { pollMs: 50, batch: 20 },
        destinations: [{ name: 'hook', type: 'webhook', url: `${hook.url}/hook`, secret: 'scale-secret' }],
      }),
    );
    relays.push(relayProcess(config));
  }
  relays.urls = await Promise.all(relays.map((r) => r.ready));
});
after(async () => {
  for (const r of relays) r.child.kill('SIGKILL');
  await Promise.all(relays.map((r) => r.exited));
  await hook?.close();
  pg?.stop();
  if (dir) await cleanup(dir);
});

test('two relays on one PostgreSQL forward 500 applications, each delivered once', { skip }, async () => {
  const apps = Array.from({ length: 500 }, (_, i) => candidate(1000 + i, { posting: 'ops-2', resumeSize: 800 }));
  const queue = [...apps];
  const answers = [];
  await Promise.all(
    Array.from({ length: 16 }, async (_, worker) => {
      for (let app; (app = queue.shift()); ) answers.push(await apply(relays.urls[(worker + app.n) % 2], app));
    }),
  );
  assert.equal(answers.filter((a) => a.status === 201).length, 500, JSON.stringify(answers.find((a) => a.status !== 201)));
  await until(() => hook.received.length >= 500, { limit: 90_000, what: '500 deliveries' });
  // a little longer for any second delivery to show up: both relays drain their outbox first
  await until(async () => (await (await fetch(relays.urls[0].replace('/api/applications', '/healthz'))).json()).outbox.pending === undefined, { what: 'an empty outbox' });
  const emails = hook.received.map((r) => r.body.application.email);
  assert.equal(emails.length, 500, 'no application delivered twice');
  assert.equal(new Set(emails).size, 500);
  assert.equal(new Set(hook.received.map((r) => r.headers['idempotency-key'])).size, 500);
});
