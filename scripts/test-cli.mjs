#!/usr/bin/env node
/**
 * Checks bin/careers-widgets.mjs as a user runs it: builds dist/cli.mjs, then runs the CLI with plain node on the
 * seed feed (demo/postings.json) and on ATS samples, and checks what it prints. Exits non-zero on a failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/careers-widgets.mjs');
const seed = path.join(root, 'demo/postings.json');
const today = new Date().toISOString().slice(0, 10);
const open = JSON.parse(readFileSync(seed, 'utf8')).postings.filter((p) => !p.closes || p.closes >= today);
let failures = 0;

function run(...args) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function check(name, condition, detail = '') {
  if (condition) console.log(`✔ ${name}`);
  else {
    failures++;
    console.error(`✖ ${name}${detail ? `\n  ${String(detail).slice(0, 800)}` : ''}`);
  }
}

const built = spawnSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { cwd: root, encoding: 'utf8' });
check('dist/cli.mjs builds', built.status === 0, built.stderr);

// jsonld: one script element per open posting, each a complete JobPosting.
const jsonld = run('jsonld', seed, '--base', 'https://example.com/careers');
const scripts = [...jsonld.out.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
check('jsonld exits 0', jsonld.code === 0, jsonld.err);
check(`jsonld prints one script per open posting (${open.length})`, scripts.length === open.length, jsonld.out);
check(
  'jsonld postings are complete',
  scripts.every((s) => s['@type'] === 'JobPosting' && s.title && s.description && s.datePosted && s.hiringOrganization?.name && (s.jobLocation || s.jobLocationType === 'TELECOMMUTE') && s.identifier?.value && typeof s.directApply === 'boolean'),
  JSON.stringify(scripts[0]),
);
check('jsonld uses the deep link as url', scripts.every((s, i) => s.url === `https://example.com/careers?job=${open[i].id}`), scripts.map((s) => s.url));
check('jsonld output cannot close its script early', !/<\/script>(?!\n<script|$)/.test(jsonld.out.trim()));

const asJson = run('jsonld', seed, '--json', '--base', 'https://example.com/careers', '--url-prefix', 'careers-');
let array = [];
try {
  array = JSON.parse(asJson.out);
} catch (error) {
  check('jsonld --json prints JSON', false, error.message);
}
check('jsonld --json prints an array of JobPostings', Array.isArray(array) && array.length === open.length && array.every((s) => s['@type'] === 'JobPosting'));
check('jsonld --url-prefix prefixes the parameter', array.every((s) => /\?careers-job=/.test(s.url)), array.map((s) => s.url));

// sitemap: one <url> per open posting, in the element's deep-link format.
const sitemap = run('sitemap', seed, '--base', 'https://example.com/careers?lang=en');
const locs = [...sitemap.out.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]);
check('sitemap exits 0', sitemap.code === 0, sitemap.err);
check('sitemap is a urlset', sitemap.out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'));
check('sitemap lists every open posting', locs.length === open.length && open.every((p, i) => locs[i] === `https://example.com/careers?lang=en&amp;job=${p.id}`), locs);
check('sitemap has lastmod dates', (sitemap.out.match(/<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/g) ?? []).length === open.length);
const prefixed = run('sitemap', seed, '--base', 'https://example.com/careers', '--url-prefix', 'careers-');
check('sitemap --url-prefix', prefixed.out.includes('<loc>https://example.com/careers?careers-job='), prefixed.out.slice(0, 300));

// An ATS response, adapted first.
const ats = run('jsonld', path.join(root, 'test/fixtures/ats/ashby.json'), '--format', 'auto', '--org-name', 'Example', '--org-email', 'jobs@example.com', '--json', '--include-closed');
let atsItems = [];
try {
  atsItems = JSON.parse(ats.out);
} catch {
  /* reported below */
}
check('--format auto adapts an Ashby response', ats.code === 0 && atsItems.length === 2 && atsItems[0].hiringOrganization.name === 'Example', ats.err || ats.out);

// The same answers as the element: the CLI's JSON-LD and sitemap for each ATS fixture, compared with
// test/fixtures/ats/cli-expected.json, which test/job-list-ats.test.ts compares with what <job-list> writes for the
// same file. Closed postings are included here (the browser test leaves out those closed by its day), so the file
// does not change with the date. CLI_UPDATE=1 rewrites the file (review the diff).
const ATS_FIXTURES = ['greenhouse-jobs', 'greenhouse-cases', 'greenhouse-job', 'greenhouse-offices', 'lever', 'lever-sparse', 'ashby', 'workable', 'smartrecruiters-list', 'smartrecruiters-detail', 'recruitee', 'jsonld-graph'];
const expectedFile = path.join(root, 'test/fixtures/ats/cli-expected.json');
const answers = {};
for (const name of ATS_FIXTURES) {
  const file = path.join(root, `test/fixtures/ats/${name}.json`);
  const common = ['--format', 'auto', '--org-name', 'Acme', '--org-email', 'jobs@acme.example', '--include-closed'];
  const items = run('jsonld', file, '--json', ...common);
  const map = run('sitemap', file, '--base', 'https://example.com/careers', ...common);
  let jsonldItems;
  try {
    jsonldItems = JSON.parse(items.out);
  } catch {
    check(`jsonld --json on ${name}`, false, items.err);
    continue;
  }
  const sitemapItems = [...map.out.matchAll(/<loc>[^<]*\?job=([^<]*)<\/loc>\s*<lastmod>([^<]*)<\/lastmod>/g)].map(([, id, lastmod]) => ({ id: decodeURIComponent(id), lastmod }));
  answers[`${name}.json`] = { jsonld: jsonldItems, sitemap: sitemapItems };
}
if (process.env.CLI_UPDATE) writeFileSync(expectedFile, `${JSON.stringify(answers, null, 2)}\n`);
const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
for (const [name, answer] of Object.entries(answers)) {
  check(`jsonld and sitemap of ${name} as in cli-expected.json (what the element is checked against)`, JSON.stringify(answer) === JSON.stringify(expected[name]), JSON.stringify(answer).slice(0, 400));
}

// Errors in plain words, with a non-zero exit.
const noBase = run('sitemap', seed);
check('sitemap without --base fails clearly', noBase.code === 1 && noBase.err.includes('sitemap needs --base'), noBase.err);
const page = run('jsonld', path.join(root, 'test/fixtures/ats/careers-page.html'));
check('an HTML page fails clearly', page.code === 1 && page.err.includes('returned a web page'), page.err);
const dir = mkdtempSync(path.join(tmpdir(), 'careers-cli-'));
writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ version: 1, organization: { email: 'jobs@x.example' }, departments: [], postings: [] }));
const invalid = run('jsonld', path.join(dir, 'bad.json'));
check('an invalid feed fails with its problems', invalid.code === 1 && invalid.err.includes('organization.name: required'), invalid.err);
const unknown = run('publish', seed);
check('an unknown command fails with the usage', unknown.code === 1 && unknown.err.includes('Usage:'), unknown.err);
check('--help prints the usage', run('--help').out.includes('careers-widgets sitemap'));

console.log(failures ? `\ncli: ${failures} check(s) failed` : '\ncli: all checks passed');
process.exit(failures ? 1 : 0);
