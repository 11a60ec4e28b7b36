/**
 * Shared parts of the relay tests: a feed with every question type, candidate applications with PDF/DOCX bytes,
 * posting them like <apply-form> does, a fake vendor server that records every request (multipart or JSON) and
 * fails on a schedule, relay child processes, and waiting for a condition without wall-clock assertions.
 */
import busboy from 'busboy';
import { spawn } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const sha = (data) => createHash('sha256').update(data).digest('hex');

export async function tempDir(label = 'relay') {
  return mkdtemp(path.join(tmpdir(), `cw-${label}-`));
}

/** A feed: posting "eng-1" asks one question of each type; "ops-2" asks none. */
export function feed() {
  const base = {
    title: 'Engineer',
    department: 'eng',
    locations: [{ city: 'Berlin', country: 'DE' }],
    employmentType: 'full-time',
    workplace: 'hybrid',
    posted: '2026-11-01',
    summary: 'Build things.',
    sections: [],
  };
  return {
    version: 1,
    organization: { name: 'Acme', email: 'jobs@acme.example' },
    departments: [{ id: 'eng', name: 'Engineering' }],
    postings: [
      {
        ...base,
        id: 'eng-1',
        questions: [
          { id: 'years', type: 'short-text', label: 'Years of experience', required: true },
          { id: 'why', type: 'long-text', label: 'Why us?' },
          { id: 'visa', type: 'yes-no', label: 'Do you need a visa?', required: true },
          { id: 'lang', type: 'multiple-choice', label: 'Languages', options: ['Go', 'Rust', 'TypeScript'] },
          { id: 'level', type: 'single-choice', label: 'Level', options: ['Junior', 'Senior'] },
          { id: 'sample', type: 'file', label: 'Work sample' },
        ],
      },
      { ...base, id: 'ops-2', title: 'Operator' },
    ],
  };
}

export async function writeFeed(dir) {
  const file = path.join(dir, 'feed.json');
  await writeFile(file, JSON.stringify(feed()));
  return file;
}

/** Writes `dir/relay.json` for a relay on a free port storing under `dir/data`, with the test feed; `config` adds or overrides. */
export async function writeRelayConfig(dir, config) {
  const file = path.join(dir, 'relay.json');
  await writeFile(file, JSON.stringify({ port: 0, dataDir: path.join(dir, 'data'), feeds: [await writeFeed(dir)], logLevel: 'warn', ...config }));
  return file;
}

/** Bytes that are a PDF by content (signature first), `size` long, different per seed. */
export function pdf(size = 2000, seed = randomUUID()) {
  const body = Buffer.alloc(size);
  const fill = createHash('sha256').update(seed).digest();
  for (let i = 0; i < size; i += fill.length) fill.copy(body, i);
  Buffer.from('%PDF-1.7\n').copy(body, 0);
  return body;
}
export function docx(size = 1500, seed = randomUUID()) {
  const bytes = pdf(size, seed);
  Buffer.from([0x50, 0x4b, 3, 4]).copy(bytes, 0);
  return bytes;
}

/** A complete application for posting eng-1 (or ops-2), as field list + files. */
export function candidate(n, { posting = 'eng-1', resumeSize = 3000 } = {}) {
  const fields = [
    ['postingId', posting],
    ['name', `Candidate Number${n}`],
    ['email', `candidate${n}@example.com`],
    ['phone', '+49 30 1234567'],
    ['coverLetter', `Dear Acme,\nI am candidate ${n}. Ünïcödé ✓.`],
    ['links', `https://github.com/c${n}`],
    ['links', `https://c${n}.example.com/portfolio`],
    ['consent', 'yes'],
    ['talentPool', 'yes'],
  ];
  const files = [['resume', `resume-${n}.pdf`, pdf(resumeSize, `r${n}`)]];
  if (posting === 'eng-1') {
    fields.push(['answers.years', String(n % 20)], ['answers.why', 'Because.\nReally.'], ['answers.visa', n % 2 ? 'yes' : 'no'], ['answers.lang', 'Go'], ['answers.lang', 'Rust'], ['answers.level', 'Senior']);
    files.push(['answers.sample', `sample-${n}.docx`, docx(1200, `s${n}`)]);
  }
  return { n, fields, files, key: randomUUID() };
}

export function formOf({ fields, files }) {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  for (const [name, filename, bytes] of files) form.append(name, new File([bytes], filename, { type: 'application/octet-stream' }));
  return form;
}

/** POSTs like the form: multipart, Idempotency-Key, Accept JSON. Resolves { status, body, headers } or { error }. */
export async function apply(url, app, { key = app.key, headers = {} } = {}) {
  try {
    const response = await fetch(url, { method: 'POST', body: formOf(app), headers: { 'Idempotency-Key': key, Accept: 'application/json', ...headers } });
    return { status: response.status, body: await response.json().catch(() => null), headers: response.headers };
  } catch (error) {
    return { error };
  }
}

/** Waits until `check()` is truthy, polling; fails after `limit` ms (a generous bound, not a timing assertion). */
export async function until(check, { limit = 60_000, every = 50, what = 'condition' } = {}) {
  const end = Date.now() + limit;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}

/** Reads a request body: multipart into { fields: [[name, value]], files: [[name, filename, Buffer]] }, JSON parsed. */
export function readBody(req) {
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    return new Promise((resolve, reject) => {
      const fields = [];
      const files = [];
      const parser = busboy({ headers: req.headers, limits: { fileSize: 100_000_000, fieldSize: 10_000_000 } });
      parser.on('field', (name, value) => fields.push([name, value]));
      parser.on('file', (name, stream, info) => {
        const chunks = [];
        stream.on('data', (c) => chunks.push(c));
        stream.on('end', () => files.push([name, info.filename, Buffer.concat(chunks)]));
      });
      parser.on('close', () => resolve({ fields, files }));
      parser.on('error', reject);
      req.pipe(parser);
    });
  }
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(type.includes('json') ? JSON.parse(text) : text);
      } catch (error) {
        reject(error);
      }
    });
  });
}

/**
 * A fake vendor: `match(req)` tells whether a request is an apply call and returns its route data; `accept(req, body)`
 * checks auth and format and returns { status, json } or undefined for success; `faults` is a list consumed in order,
 * each 401 | 422 | 429 | 500 | 'timeout' | 'reset' | 'hang' — for the next apply request whatever it is ('hang':
 * the vendor accepts and records the application, and its answer never comes: the relay's "may have been sent").
 * Every apply request that succeeded is recorded in `received` (a candidate twice is a duplicate); `lookup(req,
 * fake)`, when given, answers the vendor's candidate lookup (GET) from what was received, and counts `lookups`.
 */
export async function fakeVendor({ match, accept, success = () => ({ status: 201, json: { ok: true } }), faults = [], lookup }) {
  const fake = { received: [], attempts: 0, faults: [...faults], log: [], lookups: 0 };
  const server = createServer(async (req, res) => {
    const found = req.method === 'GET' && lookup?.(req, fake);
    if (found) {
      fake.lookups++;
      return res.writeHead(found.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(found.json));
    }
    const route = match(req);
    if (!route) return res.writeHead(404).end();
    fake.attempts++;
    const body = await readBody(req).catch(() => undefined);
    if (body === undefined) return req.socket.destroy(); // the sender went away mid-body (a killed relay)
    const fault = fake.faults.shift();
    fake.log.push({ fault, url: req.url });
    if (fault === 'timeout') return; // never answered: the relay's time-out fires (the socket closes on server close)
    if (fault === 'reset') return req.socket.destroy();
    if (fault === 'hang') {
      if (!accept(req, body, route)) fake.received.push({ route, headers: req.headers, body, url: req.url, at: new Date().toISOString() });
      return;
    }
    if (fault === 429) return res.writeHead(429, { 'Retry-After': '1', 'Content-Type': 'application/json' }).end('{"message":"slow down"}');
    if (typeof fault === 'number') return res.writeHead(fault, { 'Content-Type': 'application/json' }).end(`{"error":"fault ${fault}"}`);
    const refusal = accept(req, body, route);
    if (refusal) return res.writeHead(refusal.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(refusal.json));
    fake.received.push({ route, headers: req.headers, body, url: req.url, at: new Date().toISOString() });
    const { status, json } = success(req, body, route);
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(json));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${server.address().port}`;
  fake.close = () => (server.closeAllConnections(), new Promise((resolve) => server.close(resolve)));
  return fake;
}

/** Starts `node test/relay/run-relay.mjs config.json` as a child process; resolves once it listens. */
export function relayProcess(configFile, { env = {}, onLine } = {}) {
  const child = spawn(process.execPath, [path.join(root, 'test/relay/run-relay.mjs'), configFile], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = [];
  let buffer = '';
  const ready = new Promise((resolve, reject) => {
    const read = (chunk) => {
      buffer += chunk;
      let at;
      while ((at = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, at);
        buffer = buffer.slice(at + 1);
        lines.push(line);
        onLine?.(line);
        if (line.includes('"relay listening"')) resolve(JSON.parse(line).url);
      }
    };
    child.stdout.setEncoding('utf8').on('data', read);
    child.stderr.setEncoding('utf8').on('data', read);
    child.once('exit', (code, signal) => reject(new Error(`relay exited (${code ?? signal}) before listening:\n${lines.join('\n')}`)));
  });
  return { child, ready, lines, exited: new Promise((resolve) => child.once('exit', resolve)) };
}

export async function cleanup(dir) {
  await rm(dir, { recursive: true, force: true });
}

export { randomBytes, randomUUID };
