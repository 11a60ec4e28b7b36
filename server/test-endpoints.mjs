/**
 * HTTP endpoints for the test runner and the dev server: the reference apply receiver (server/receiver.mjs, with its
 * test controls and its list of received applications), plus feeds that misbehave on purpose.
 * Plain Node (`req`, `res`), so web-test-runner (Koa) and Vite (Connect) both mount it.
 *
 *   /api/applications, /api/test/receiver   see server/receiver.mjs
 *   GET    /api/test/strict-csp           test/fixtures/strict-csp.html with a strict CSP and Trusted Types
 *   GET    /api/test/dist/without-NAME/F  dist/F (a careers-widgets*.js file), from a folder where careers-widgets-NAME.js
 *                                     is missing (404): the script tag when one of its later files cannot be loaded;
 *                                     F = page.html: test/fixtures/script-tag.html with the script tag from that folder
 *   GET    /api/test/dist/slow-NAME/F     the same, where careers-widgets-NAME.js answers only after 4 s, and the page's
 *                                     list times out after 1.5 s
 *   GET    /api/test/dist/html-NAME/F     the same, where careers-widgets-NAME.js is a web page (200, text/html)
 *   GET    /api/test/feed?file=F[&fail=TOKEN][&delay=MS][&status=N][&type=T][&etag=E]
 *                                     serve test/fixtures/F (fail=TOKEN: the first request for TOKEN answers 500;
 *                                     etag=E: sent as ETag, and a request with If-None-Match: E gets a 304)
 *   GET    /api/test/big-feed?mb=N&token=T  a valid feed of about N MB (postings with long summaries); once the whole
 *                                     body is handed to the network, /api/test/big-feed/sent?token=T answers { sent: true }
 *                                     (a client that does not read the body holds it back: the socket's buffers fill)
 *   GET    /api/test/smartrecruiters/v1/companies/{name}-{count}[-{token}]/postings[?offset&limit]
 *   GET    …/postings/{id}               a fake SmartRecruiters Posting API: {count} postings built from
 *                                     test/fixtures/ats/smartrecruiters-*.json, paged (limit default 100), and each
 *                                     posting's details (answered after 20 ms, so requests overlap)
 *   GET    /api/test/smartrecruiters/stats?company=C   { pages, details: { id: requests }, maxConcurrent } for C
 */
import { readFile } from 'node:fs/promises';
import { createReceiver, send } from './receiver.mjs';

/** The policy a careful host page sends; README's "Content-Security-Policy" section documents the same. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html careers-widgets";
const failedTokens = new Set();

async function serveFeed(req, res, url) {
  const file = url.searchParams.get('file') ?? '';
  if (!/^[\w.-]+$/.test(file)) return send(res, 400, { message: 'bad file' });
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
  const token = url.searchParams.get('fail');
  if (token && !failedTokens.has(token)) {
    failedTokens.add(token);
    return send(res, 500, { message: 'down' });
  }
  const etag = url.searchParams.get('etag');
  if (etag && req.headers['if-none-match'] === etag) {
    res.writeHead(304, { ETag: etag, 'Cache-Control': 'no-cache' }).end();
    return;
  }
  const status = Number(url.searchParams.get('status') ?? 200);
  const base = file === 'postings.json' ? new URL('../demo/', import.meta.url) : new URL('../test/fixtures/', import.meta.url);
  const text = await readFile(new URL(file, base), 'utf8');
  res.writeHead(status, {
    'Content-Type': url.searchParams.get('type') ?? 'application/json',
    'Cache-Control': etag ? 'no-cache' : 'no-store',
    ...(etag ? { ETag: etag } : {}),
  });
  res.end(text);
}

/** Big feeds whose body was handed to the network in full, by token, until a test has asked (each test its own token). */
const bigFeedsSent = new Set();

function serveBigFeed(res, url) {
  const megabytes = Math.min(Number(url.searchParams.get('mb') ?? 8), 64);
  const token = url.searchParams.get('token');
  if (!token) return send(res, 400, { error: 'token required' });
  const summary = 'Long summary text. '.repeat(200);
  const postings = Array.from({ length: Math.ceil((megabytes * 1024 * 1024) / (summary.length + 200)) }, (_, i) => ({
    id: `big-${i}`,
    title: `Role ${i}`,
    locations: [{ city: 'Chicago', country: 'US' }],
    posted: '2026-11-01',
    summary,
    sections: [],
  }));
  const body = JSON.stringify({ version: 1, organization: { name: 'Big Feed Inc.' }, departments: [], postings });
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(body, () => bigFeedsSent.add(token));
}

const smartRecruiters = new Map();
const SR_TITLES = ['Field Service Technician', 'Cloud Architect', 'Payroll Specialist', 'Embedded Software Engineer', 'Warehouse Operative', 'Key Account Manager', 'Quality Inspector'];
const SR_PLACES = [
  { city: 'Stuttgart', region: 'BW', country: 'de', remote: false, hybrid: false, fullLocation: 'Stuttgart, BW, Germany' },
  { city: 'Budapest', country: 'hu', remote: true, fullLocation: 'Budapest, Hungary' },
  { city: 'Lyon', region: 'ARA', country: 'fr', remote: false, hybrid: true, fullLocation: 'Lyon, ARA, France' },
];

async function serveSmartRecruiters(res, url) {
  if (url.pathname === '/api/test/smartrecruiters/stats') {
    const stats = smartRecruiters.get(url.searchParams.get('company'));
    return send(res, 200, stats ? { pages: stats.pages, details: stats.details, maxConcurrent: stats.maxConcurrent } : { pages: 0, details: {}, maxConcurrent: 0 });
  }
  const match = url.pathname.match(/^\/api\/test\/smartrecruiters\/v1\/companies\/([\w-]+?-(\d+)(?:-[\w]+)?)\/postings(?:\/(\d+))?$/);
  if (!match) return send(res, 404, { message: 'no such company' });
  const [, company, count, id] = match;
  let stats = smartRecruiters.get(company);
  if (!stats) smartRecruiters.set(company, (stats = { pages: 0, details: {}, open: 0, maxConcurrent: 0 }));
  const [list, detail] = await Promise.all(
    ['smartrecruiters-list.json', 'smartrecruiters-detail.json'].map(async (file) => JSON.parse(await readFile(new URL(`../test/fixtures/ats/${file}`, import.meta.url), 'utf8'))),
  );
  const posting = (index) => {
    const title = SR_TITLES[index % SR_TITLES.length];
    const postingId = String(744000020000000 + index);
    return {
      ...list.content[0],
      id: postingId,
      name: index < SR_TITLES.length ? title : `${title} ${Math.floor(index / SR_TITLES.length) + 1}`,
      releasedDate: new Date(Date.UTC(2026, 10, 20) - index * 3600e3).toISOString(),
      location: SR_PLACES[index % SR_PLACES.length],
      department: { id: String(82300 + (index % 3)), label: ['Service', 'IT', 'Finance'][index % 3] },
      ref: `https://api.smartrecruiters.com/v1/companies/${company}/postings/${postingId}`,
    };
  };
  const total = Number(count);
  if (id) {
    const index = Number(id) - 744000020000000;
    if (!(index >= 0 && index < total)) return send(res, 404, { message: 'no such posting' });
    stats.details[id] = (stats.details[id] ?? 0) + 1;
    stats.maxConcurrent = Math.max(stats.maxConcurrent, ++stats.open);
    await new Promise((resolve) => setTimeout(resolve, 20));
    stats.open--;
    const item = posting(index);
    const link = `https://jobs.smartrecruiters.com/${company}/${id}-${item.name.toLowerCase().replace(/\W+/g, '-')}`;
    return send(res, 200, { ...detail, ...item, jobAd: detail.jobAd, postingUrl: link, applyUrl: `${link}?oga=true` });
  }
  stats.pages++;
  const offset = Number(url.searchParams.get('offset') ?? 0);
  const limit = Math.min(Number(url.searchParams.get('limit') ?? 100), 100);
  const content = [];
  for (let index = offset; index < Math.min(offset + limit, total); index++) content.push(posting(index));
  return send(res, 200, { offset, limit, totalFound: total, content });
}

/** The tokens whose first request for a file has stalled (`/api/test/dist/stalled-<file>/<token>/`). */
const stalledOnce = new Set();

/** Answers the request and returns true when it is one of these endpoints (the receiver's excepted). */
export async function handleTestEndpoint(req, res) {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/api/test/strict-csp') {
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': STRICT_CSP,
    });
    const page = url.searchParams.get('page') === 'ats' ? 'strict-csp-ats.html' : 'strict-csp.html';
    res.end(await readFile(new URL(`../test/fixtures/${page}`, import.meta.url)));
    return true;
  }
  const without = /^\/api\/test\/dist\/(without|slow|stalled|html)-([\w-]+)(?:\/(\w+))?\/(careers-widgets(?:-[\w-]+)?\.js|page\.html)$/.exec(url.pathname);
  if (without) {
    const [, how, missing, token = '', file] = without;
    if (file === `careers-widgets-${missing}.js` && how === 'without') {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
      return true;
    }
    if (file === `careers-widgets-${missing}.js` && how === 'html') {
      // What a single-page app's fallback route or a misconfigured CDN answers for a file it does not have.
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end('<!doctype html><title>Home</title><p>Welcome</p>');
      return true;
    }
    if (file === `careers-widgets-${missing}.js` && how === 'stalled' && !stalledOnce.has(token)) {
      // The first request for the file (per token) never answers, as over a connection that dropped without a word;
      // the next ones answer at once.
      stalledOnce.add(token);
      await new Promise((resolve) => req.on('close', resolve));
      return true;
    }
    if (file === `careers-widgets-${missing}.js` && how === 'slow') {
      // A file that stalls: it answers after 4 s (or not at all if the page goes away first).
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 4000);
        req.on('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      if (res.destroyed) return true;
    }
    const page = file === 'page.html';
    res.writeHead(200, { 'Content-Type': page ? 'text/html; charset=utf-8' : 'text/javascript', 'Cache-Control': 'no-store' });
    if (!page) {
      res.end(await readFile(new URL(`../dist/${file}`, import.meta.url)));
      return true;
    }
    // The plain script-tag page (test/fixtures/script-tag.html), its bundle taken from this folder; the page of a slow
    // file gives its list a 1.5 s time-out, which the file overruns.
    const html = String(await readFile(new URL('../test/fixtures/script-tag.html', import.meta.url))).replaceAll('src="/dist/careers-widgets.js"', 'src="careers-widgets.js"');
    res.end(how === 'slow' || how === 'stalled' ? html.replace('<job-list ', '<job-list timeout="1500" ') : html);
    return true;
  }
  if (url.pathname === '/api/test/big-feed') {
    serveBigFeed(res, url);
    return true;
  }
  if (url.pathname === '/api/test/big-feed/sent') {
    const sent = bigFeedsSent.delete(url.searchParams.get('token') ?? '');
    send(res, 200, { sent });
    return true;
  }
  if (url.pathname === '/api/test/feed') {
    await serveFeed(req, res, url);
    return true;
  }
  if (url.pathname.startsWith('/api/test/smartrecruiters/')) {
    await serveSmartRecruiters(res, url);
    return true;
  }
  return false;
}

/**
 * The receiver and the test endpoints as one `(req, res) => handled` function. `receiver`: options of
 * `createReceiver`; here with its test controls and application list on.
 */
export function testEndpoints({ receiver: options } = {}) {
  const receiver = createReceiver({ testControls: true, listApplications: true, ...options });
  return async (req, res) => {
    try {
      return (await receiver.handle(req, res)) || (await handleTestEndpoint(req, res));
    } catch (error) {
      console.error(error);
      if (!res.headersSent) send(res, 500, { message: String(error?.message ?? error) });
      return true;
    }
  };
}

/** As Koa middleware, for web-test-runner. */
export function koaTestEndpoints(options) {
  const handle = testEndpoints(options);
  return async (ctx, next) => {
    if (await handle(ctx.req, ctx.res)) {
      ctx.respond = false;
      return;
    }
    return next();
  };
}

/** As a Vite plugin, so `npm start` has a receiver too (storing in .receiver-data/). */
export function viteTestEndpoints(options) {
  const handle = testEndpoints(options);
  return {
    name: 'careers-test-endpoints',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        handle(req, res).then((handled) => handled || next(), next);
      });
    },
  };
}
