/**
 * HTTP endpoints for the test runner and the dev server: a receiver that follows the apply endpoint contract
 * (README, "Apply endpoint") and keeps what it received in memory, plus feeds that misbehave on purpose.
 * Plain Node (`req`, `res`), so web-test-runner (Koa) and Vite (Connect) both mount it.
 *
 *   POST /api/applications[?fail=N]   receive an application; with fail=N the first N tries of each
 *                                     Idempotency-Key answer 500
 *   GET    /api/test/applications     what was stored and every try, as JSON
 *   DELETE /api/test/applications     forget everything
 *   GET    /api/test/strict-csp           test/fixtures/strict-csp.html with a strict CSP and Trusted Types
 *   GET    /api/test/dist/careers-widgets.js   the script-tag bundle, served where its form file is missing
 *   GET    /api/test/feed?file=F[&fail=TOKEN][&delay=MS][&status=N][&type=T][&etag=E]
 *                                     serve test/fixtures/F (fail=TOKEN: the first request for TOKEN answers 500;
 *                                     etag=E: sent as ETag, and a request with If-None-Match: E gets a 304)
 */
import { readFile } from 'node:fs/promises';
import { createHash, randomUUID } from 'node:crypto';

const MAX_FILE_SIZE = 10_000_000;
/** The policy a careful host page sends; README's "Content-Security-Policy" section documents the same. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html careers-widgets";
const stored = [];
const attempts = [];
/** Idempotency-Key -> the first answer, replayed for repeats. */
const answers = new Map();
const triesByKey = new Map();
const failedTokens = new Set();

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function describe(formData) {
  const fields = {};
  const files = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value === 'string') {
      fields[name] = name in fields ? [].concat(fields[name], value) : value;
    } else {
      const bytes = Buffer.from(await value.arrayBuffer());
      files[name] = {
        name: value.name,
        type: value.type,
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        text: bytes.length <= 4096 ? bytes.toString('latin1') : undefined,
      };
    }
  }
  return { fields, files };
}

function fieldErrors({ fields, files }) {
  const errors = [];
  for (const field of ['postingId', 'name', 'email']) {
    if (!String(fields[field] ?? '').trim()) errors.push({ field, message: 'This field is required.' });
  }
  if (fields.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(fields.email)) {
    errors.push({ field: 'email', message: 'This is not an e-mail address we can reach.' });
  }
  if (fields.consent !== 'yes') errors.push({ field: 'consent', message: 'Consent is required.' });
  const resume = files.resume;
  if (!resume || resume.size === 0) errors.push({ field: 'resume', message: 'A resume file is required.' });
  else if (resume.size > MAX_FILE_SIZE) errors.push({ field: 'resume', message: 'The file is larger than 10 MB.' });
  return errors;
}

async function receiveApplication(req, res, url) {
  const key = req.headers['idempotency-key'];
  const body = await readBody(req);
  const request = new Request(`http://localhost${req.url}`, { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? '' }, body });
  let formData;
  try {
    formData = await request.formData();
  } catch {
    return send(res, 400, { message: 'The request is not multipart/form-data.', errors: [] });
  }
  const received = await describe(formData);
  const tries = (triesByKey.get(key) ?? 0) + 1;
  triesByKey.set(key, tries);
  attempts.push({ key, contentType: req.headers['content-type'], fields: received.fields });

  if (!key) return send(res, 400, { message: 'The Idempotency-Key header is missing.', errors: [] });
  if (answers.has(key)) {
    const { status, body: answer } = answers.get(key);
    return send(res, status, answer, { 'Idempotent-Replayed': 'true' });
  }
  if (tries <= Number(url.searchParams.get('fail') ?? 0)) {
    return send(res, 500, { message: 'The application service is restarting.' });
  }
  const errors = fieldErrors(received);
  if (errors.length) return send(res, 422, { message: 'Some fields need attention.', errors });

  const id = randomUUID();
  stored.push({ id, key, ...received });
  const answer = { id, message: `Thank you, ${received.fields.name}! We received your application.` };
  answers.set(key, { status: 201, body: answer });
  return send(res, 201, answer);
}

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

/** Answers the request and returns true when it is one of these endpoints. */
export async function handleTestEndpoint(req, res) {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/api/applications' && req.method === 'POST') {
    await receiveApplication(req, res, url);
    return true;
  }
  if (url.pathname === '/api/test/applications') {
    if (req.method === 'DELETE') {
      stored.length = 0;
      attempts.length = 0;
      answers.clear();
      triesByKey.clear();
      failedTokens.clear();
      res.writeHead(204).end();
    } else {
      send(res, 200, { stored, attempts });
    }
    return true;
  }
  if (url.pathname === '/api/test/strict-csp') {
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': STRICT_CSP,
    });
    res.end(await readFile(new URL('../test/fixtures/strict-csp.html', import.meta.url)));
    return true;
  }
  if (url.pathname === '/api/test/dist/careers-widgets.js') {
    // The script-tag bundle from a folder without its form file: loading the form on Apply fails.
    res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' });
    res.end(await readFile(new URL('../dist/careers-widgets.js', import.meta.url)));
    return true;
  }
  if (url.pathname === '/api/test/feed') {
    await serveFeed(req, res, url);
    return true;
  }
  return false;
}

/** As Koa middleware, for web-test-runner. */
export function koaTestEndpoints() {
  return async (ctx, next) => {
    if (await handleTestEndpoint(ctx.req, ctx.res)) {
      ctx.respond = false;
      return;
    }
    return next();
  };
}

/** As a Vite plugin, so `npm start` has a receiver too. */
export function viteTestEndpoints() {
  return {
    name: 'careers-test-endpoints',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        handleTestEndpoint(req, res).then((handled) => handled || next(), next);
      });
    },
  };
}
