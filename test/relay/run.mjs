#!/usr/bin/env node
/**
 * npm run test:relay: builds the relay into .cache/relay-dist (a private copy: a parallel `npm run build` empties
 * dist/), then runs test/relay/*.test.mjs with node --test, one file at a time (they start servers and processes).
 * `node test/relay/run.mjs receive outbox` runs only the files whose names contain those words.
 * PostgreSQL tests need initdb/pg_ctl (Debian's postgresql; /usr/lib/postgresql/NN/bin is searched).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = path.join(root, '.cache/relay-dist');
const build = spawnSync(process.execPath, [path.join(root, 'scripts/build-relay.mjs'), '--outdir', dist], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const only = process.argv.slice(2);
const files = readdirSync(path.join(root, 'test/relay'))
  .filter((f) => f.endsWith('.test.mjs') && (!only.length || only.some((w) => f.includes(w))))
  .sort()
  .map((f) => path.join('test/relay', f));
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
  env: { ...process.env, RELAY_DIST: dist },
});
process.stdout.write(result.stdout ?? '');
// The closing count alone on a line, as CI reads it.
const count = (word) => Number(new RegExp(`^ℹ ${word} (\\d+)$`, 'm').exec(result.stdout ?? '')?.[1] ?? 0);
console.log(`relay: ${count('pass')} passed, ${count('fail')} failed`);
process.exit(result.status ?? 1);
