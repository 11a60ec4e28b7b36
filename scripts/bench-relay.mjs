#!/usr/bin/env node
/**
 * npm run bench:relay: applications per second and the p95 time to the 2xx acknowledgement, for the relay with its
 * embedded store (SQLite, WAL, synchronous=FULL) and with PostgreSQL (a throwaway server, fsync on), each relay in a
 * process of its own with a webhook destination taking the forwards meanwhile. N applications (a 50 KB PDF each), C at
 * a time: `node scripts/bench-relay.mjs [N] [C]` (default 400, 16). PostgreSQL is skipped when it is not installed.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { apply, candidate, cleanup, fakeVendor, relayProcess, tempDir, until, writeRelayConfig } from '../test/relay/helpers.mjs';
import { postgresAvailable, startPostgres } from '../test/relay/pg.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const N = Number(process.argv[2] ?? 400);
const C = Number(process.argv[3] ?? 16);
const dist = path.join(root, '.cache/relay-dist');
const built = spawnSync(process.execPath, [path.join(root, 'scripts/build-relay.mjs'), '--outdir', dist], { stdio: 'inherit' });
if (built.status !== 0) process.exit(1);
process.env.RELAY_DIST = dist;

async function bench(label, database) {
  const dir = await tempDir('bench');
  const hook = await fakeVendor({ match: (req) => req.url === '/hook', accept: () => undefined, success: () => ({ status: 200, json: {} }) });
  const config = await writeRelayConfig(dir, {
    ...(database ? { database } : {}),
    limits: { maxConcurrent: 256 },
    destinations: [{ name: 'hook', type: 'webhook', url: `${hook.url}/hook`, secret: 'bench' }],
  });
  const relay = relayProcess(config);
  const url = await relay.ready;
  const apps = Array.from({ length: N }, (_, i) => candidate(i, { resumeSize: 50_000 }));
  // warm-up (JIT, connections), not counted
  for (const app of apps.splice(0, 20)) await apply(url, app);
  const times = [];
  const queue = [...apps];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: C }, async () => {
      for (let app; (app = queue.shift()); ) {
        const t = performance.now();
        const answer = await apply(url, app);
        if (answer.status !== 201) throw new Error(`${label}: ${answer.status ?? answer.error}`);
        times.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await until(() => hook.received.length >= N, { limit: 120_000, what: 'the forwards' });
  times.sort((a, b) => a - b);
  const p = (q) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  const line = `${label.padEnd(10)} ${(times.length / seconds).toFixed(1).padStart(7)} applications/s   p50 ${p(0.5).toFixed(1)} ms   p95 ${p(0.95).toFixed(1)} ms   (${times.length} applications, ${C} at a time, 50 KB resume)`;
  relay.child.kill('SIGTERM');
  await relay.exited;
  await hook.close();
  await cleanup(dir);
  return line;
}

const lines = [await bench('sqlite')];
if (postgresAvailable()) {
  const pg = await startPostgres();
  try {
    lines.push(await bench('postgres', pg.url));
  } finally {
    pg.stop();
  }
} else lines.push('postgres   skipped: PostgreSQL is not installed (apt-get install postgresql)');
console.log(`\nrelay bench (2xx acknowledgement = stored durably, outbox row written)\n${lines.join('\n')}`);
