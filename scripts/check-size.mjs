#!/usr/bin/env node
/**
 * Size budget of the script-tag bundle, dist/careers-widgets.js: what a host page downloads.
 * Prints its minified, gzip (-9) and brotli (quality 11) sizes; exits 1 when gzip is over the budget.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET_GZIP = 25 * 1024;

const root = fileURLToPath(new URL('..', import.meta.url));
const file = path.join(root, 'dist', 'careers-widgets.js');
const shown = path.relative(process.cwd(), file) || file;

if (!existsSync(file)) {
  console.error(`✖ size: ${shown} is missing: run npm run build first.`);
  process.exit(1);
}

const code = readFileSync(file);
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliCompressSync(code, {
  params: {
    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_SIZE_HINT]: code.length,
  },
}).length;

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const rows = [
  ['', 'bytes', 'KB', 'budget'],
  ['min', code.length, kb(code.length), ''],
  ['gzip -9', gzip, kb(gzip), `${kb(BUDGET_GZIP)} (${((gzip / BUDGET_GZIP) * 100).toFixed(1)}%)`],
  ['brotli -11', brotli, kb(brotli), ''],
];
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
console.log(`size of ${shown}`);
for (const row of rows) {
  console.log(
    row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  '),
  );
}

if (gzip > BUDGET_GZIP) {
  console.error(
    `✖ size: ${shown} is ${gzip} bytes gzipped, ${gzip - BUDGET_GZIP} bytes over the budget of ${BUDGET_GZIP} bytes ` +
      `(25 KB). Trim the bundle, or raise the budget in scripts/check-size.mjs on purpose.`,
  );
  process.exit(1);
}
console.log(`✔ size: within the ${kb(BUDGET_GZIP)} gzip budget (${BUDGET_GZIP - gzip} bytes to spare)`);
