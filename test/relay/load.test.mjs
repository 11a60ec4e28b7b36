// Load: 200 concurrent uploads of 5 MB to a relay process: all stored, and the relay's peak RSS (VmHWM) grows by less
// than a fifth of the 1,000 MB uploaded — files are streamed to disk, never held in memory. (The growth itself is the
// garbage collector's choice: 53-99 MB over an idle 66 MB in CI runs; an absolute 150 MB failed by chance at 165.)
import assert from 'node:assert/strict';
import { openAsBlob } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { cleanup, pdf, relayProcess, tempDir, writeRelayConfig } from './helpers.mjs';

let dir, relay, url, resumeFile;
const SIZE = 5 * 1024 * 1024;

before(async () => {
  dir = await tempDir('load');
  resumeFile = path.join(dir, 'resume.pdf');
  await writeFile(resumeFile, pdf(SIZE, 'load'));
  const config = await writeRelayConfig(dir, {
    limits: { maxConcurrent: 256 },
    // forwarding is not what is measured here: an SMTP server that is not there keeps the outbox waiting
    outbox: { baseDelayMs: 60_000 },
    destinations: [{ name: 'inbox', type: 'email', to: 'jobs@acme.example', from: 'relay@acme.example', smtp: 'smtp://127.0.0.1:9' }],
  });
  relay = relayProcess(config);
  url = await relay.ready;
});
after(async () => {
  relay?.child.kill('SIGKILL');
  await relay?.exited;
  await cleanup(dir);
});

const peakRss = async (pid) => Number(/VmHWM:\s+(\d+) kB/.exec(await readFile(`/proc/${pid}/status`, 'utf8'))[1]) * 1024;

test('200 concurrent 5 MB uploads: all stored, relay RSS grows by under a fifth of the data', { skip: process.platform !== 'linux' && 'reads /proc' }, async () => {
  const idle = await peakRss(relay.child.pid);
  const blob = await openAsBlob(resumeFile, { type: 'application/pdf' });
  const answers = await Promise.all(
    Array.from({ length: 200 }, async (_, i) => {
      const form = new FormData();
      form.append('postingId', 'ops-2');
      form.append('name', `Load Tester ${i}`);
      form.append('email', `load${i}@example.com`);
      form.append('consent', 'yes');
      form.append('resume', blob, `resume-${i}.pdf`);
      const response = await fetch(url, { method: 'POST', body: form, headers: { 'Idempotency-Key': `load-${i}-${dir}` } });
      return response.status;
    }),
  );
  const peak = await peakRss(relay.child.pid);
  console.log(`# idle RSS before: ${(idle / 1048576).toFixed(1)} MB`);
  const statuses = {};
  for (const status of answers) statuses[status] = (statuses[status] ?? 0) + 1;
  console.log(`# 200 x 5 MB: statuses ${JSON.stringify(statuses)}, relay peak RSS ${(peak / 1048576).toFixed(1)} MB`);
  assert.deepEqual([...new Set(answers)], [201]);
  const health = await (await fetch(url.replace('/api/applications', '/healthz'))).json();
  assert.equal(health.outbox.pending, 200, 'all 200 stored, each with its outbox entry');
  assert.ok(peak - idle < (200 * SIZE) / 5, `peak RSS ${peak} bytes, ${peak - idle} over the idle relay's`);
});
