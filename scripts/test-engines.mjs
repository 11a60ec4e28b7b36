#!/usr/bin/env node
/**
 * The browser suite in each engine, one engine at a time (a loaded 2-core machine cannot run three browsers at once
 * without starving focus and timers), then one closing line for all: `N passed, N failed`.
 *
 *   node scripts/test-engines.mjs                      Chromium, Firefox and WebKit
 *   node scripts/test-engines.mjs firefox webkit       the engines named
 *   node scripts/test-engines.mjs chromium --files test/job-card.test.ts   then wtr's own options
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ENGINES } from './engines.mjs';

// Leading engine names, then web-test-runner's own options (`npm run test:firefox -- --files x` passes them on).
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const firstOption = args.findIndex((arg) => !ENGINES.includes(arg));
const named = firstOption < 0 ? args : args.slice(0, firstOption);
const wtrArgs = firstOption < 0 ? [] : args.slice(firstOption);
const engines = named.length ? named : ENGINES;
// The package exports neither its bin nor its package.json: its main module lives in dist/ beside bin.js.
const wtr = path.join(path.dirname(createRequire(import.meta.url).resolve('@web/test-runner')), 'bin.js');

const results = [];
for (const engine of engines) {
  const start = Date.now();
  const output = await new Promise((resolve) => {
    let tail = '';
    const child = spawn(process.execPath, [wtr, ...wtrArgs], { env: { ...process.env, WTR_BROWSERS: engine }, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk).slice(-4000);
    });
    child.on('close', (code) => resolve({ tail, code }));
  });
  // The summary reporter's line; none means the run broke before reporting (counted as one failure).
  const counts = [...output.tail.matchAll(/^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/gm)].at(-1);
  const [passed, failed, skipped] = counts ? counts.slice(1).map((n) => Number(n ?? 0)) : [0, 1, 0];
  results.push({ engine, passed, failed: failed || (output.code && !failed ? 1 : 0), skipped, seconds: Math.round((Date.now() - start) / 1000) });
}

const total = (key) => results.reduce((sum, result) => sum + result[key], 0);
console.log('\nBrowser tests by engine:');
for (const { engine, passed, failed, skipped, seconds } of results) {
  console.log(`  ${engine.padEnd(9)} ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} (${seconds} s)`);
}
if (total('skipped')) console.log(`  ${total('skipped')} skipped in all (their names say why)`);
console.log(`\n${total('passed')} passed, ${total('failed')} failed`);
process.exit(total('failed') ? 1 : 0);
