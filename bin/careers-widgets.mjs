#!/usr/bin/env node
/**
 * careers-widgets: prerender what <job-list> puts on the page, for static sites and search engines.
 *
 *   careers-widgets jsonld  feed.json [--base URL] [--url-prefix P] [--json] [--format F] [--org-email E] [--org-name N]
 *   careers-widgets sitemap feed.json --base URL [--url-prefix P] [--format F] …
 *
 * jsonld prints one <script type="application/ld+json"> per open posting (a JSON array with --json); sitemap prints
 * an XML sitemap with one URL per open posting, in the element's deep-link form: URL?job=<id> (URL?<P>job=<id>).
 * The feed is our format, or with --format an applicant tracking system's response (greenhouse, lever, ashby,
 * workable, smartrecruiters, recruitee, jsonld, auto). Postings past their closing date are left out.
 *
 *   careers-widgets relay --config relay.json   (or --feed F --email-to ADDRESS --smtp URL)
 *
 * relay starts the apply relay: it receives <apply-form> applications, stores them and forwards them to e-mail, a
 * webhook or an ATS (README, "Receiving applications"; the code is dist/relay/, built from src/relay/).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const USAGE = `Usage:
  careers-widgets jsonld  <feed.json> [--base <url>] [--url-prefix <p>] [--json]
  careers-widgets sitemap <feed.json> --base <url> [--url-prefix <p>]
  careers-widgets relay   --config <relay.json> | --feed <feed.json> --email-to <address> --smtp <url>
                          (careers-widgets relay --help for its options)
Options:
  --base <url>        the careers page address; each posting is <url>?job=<id>
  --url-prefix <p>    as the element's url-prefix attribute: <url>?<p>job=<id>
  --json              jsonld: print a JSON array instead of <script> elements
  --format <f>        the feed is an ATS response: greenhouse, lever, ashby, workable, smartrecruiters, recruitee,
                      jsonld or auto (default: our feed format)
  --org-name <name>, --org-email <email>, --org-url <url>
                      the organization, for ATS feeds that do not name it (our format needs an e-mail)
  --include-closed    keep postings past their closing date`;

function fail(message) {
  console.error(`careers-widgets: ${message}`);
  process.exit(1);
}

if (process.argv[2] === 'relay') {
  let relay;
  try {
    relay = await import('../dist/relay/cli.mjs');
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    fail('dist/relay/ is missing: run `npm run build` (or `node scripts/build-relay.mjs`) in the package first.');
  }
  try {
    await relay.main(process.argv.slice(3));
  } catch (error) {
    fail(error.message);
  }
  // The relay serves until SIGINT/SIGTERM, which end the process; nothing below is for it.
  if (process.argv.includes('--help') || process.argv.includes('-h')) process.exit(0);
  await new Promise(() => {});
}

let lib;
try {
  lib = await import('../dist/cli.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  fail('dist/cli.mjs is missing: run `npm run build` (or `node scripts/build-cli.mjs`) in the package first.');
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      base: { type: 'string' },
      'url-prefix': { type: 'string', default: '' },
      json: { type: 'boolean', default: false },
      format: { type: 'string' },
      'org-name': { type: 'string' },
      'org-email': { type: 'string' },
      'org-url': { type: 'string' },
      'include-closed': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(`${error.message}\n\n${USAGE}`);
}
const { values, positionals } = args;
const [command, file] = positionals;
if (values.help || !command) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}
if (command !== 'jsonld' && command !== 'sitemap') fail(`unknown command "${command}"\n\n${USAGE}`);
if (!file) fail(`${command} needs a feed file\n\n${USAGE}`);
if (command === 'sitemap' && !values.base) fail('sitemap needs --base <url>, the careers page address');

let base;
if (values.base) {
  try {
    base = new URL(values.base);
  } catch {
    fail(`--base "${values.base}" is not an absolute URL (e.g. https://example.com/careers)`);
  }
}

let data;
try {
  data = lib.parseFeedResponseText(await readFile(file, 'utf8'), file.endsWith('.json') ? 'application/json' : '');
} catch (error) {
  fail(`${file}: ${error.message}`);
}

let parsed;
const warnings = [];
try {
  if (values.format) {
    const organization = Object.fromEntries(
      [['name', values['org-name']], ['email', values['org-email']], ['url', values['org-url']]].filter(([, value]) => value),
    );
    const adapted = lib.adaptFeed(data, values.format, { organization });
    warnings.push(...adapted.warnings);
    data = adapted.feed;
  }
  parsed = lib.parseFeed(data);
  warnings.push(...parsed.warnings);
} catch (error) {
  fail(`${file}: ${error.message}`);
}
for (const warning of warnings) console.error(`careers-widgets: warning: ${warning.message}`);

const today = new Date().toISOString().slice(0, 10);
const postings = parsed.feed.postings.filter((posting) => values['include-closed'] || !posting.closes || posting.closes >= today);
const left = parsed.feed.postings.length - postings.length;
if (left) console.error(`careers-widgets: ${left} posting(s) past their closing date left out`);

/** The element's deep link to a posting (url-mode="query"). */
function link(id) {
  const url = new URL(base);
  url.searchParams.set(`${values['url-prefix']}job`, id);
  return url.href;
}

if (command === 'jsonld') {
  // A posting without a description gets none (as on the page; said once on stderr).
  const items = postings.map((posting) => lib.postingJsonLd(posting, parsed.feed, base ? { url: link(posting.id) } : {})).filter(Boolean);
  for (const item of items) {
    if (item.jobLocationType === 'TELECOMMUTE' && !item.applicantLocationRequirements) {
      console.error(`careers-widgets: warning: "${item.identifier.value}" is remote but names no country candidates may live in`);
    }
  }
  console.log(values.json ? JSON.stringify(items, null, 2) : items.map(lib.jsonLdScript).join('\n'));
} else {
  const entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&apos;', '"': '&quot;' };
  const xml = (text) => text.replace(/[<>&'"]/g, (c) => entities[c]);
  const urls = postings.map((posting) => `  <url>\n    <loc>${xml(link(posting.id))}</loc>\n    <lastmod>${posting.posted}</lastmod>\n  </url>`);
  console.log(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>`);
}
