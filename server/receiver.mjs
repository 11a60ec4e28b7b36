/**
 * The reference receiver of the apply endpoint contract (README, "Apply endpoint"), in plain Node: what a company's
 * backend has to do, working, so the demo is real and the tests hit real HTTP.
 *
 *   POST /api/applications                  receive an application (multipart/form-data, Idempotency-Key header)
 *   GET  /api/applications                  what was received, newest first (only with `listApplications`)
 *   GET  /api/applications/ID               one application
 *   GET  /api/applications/ID/files/FIELD   one of its files, as a download
 *
 * It checks the request with the form's own rules: src/apply-form/validate.ts and the feed parser are compiled
 * with esbuild (a dev dependency) in memory on first use, so the browser and the receiver cannot disagree on what
 * a valid application is. The posting's questions and consent items come from the feed files it is given.
 *
 * Each application is stored as DATA/applications/ID/application.json plus its files, named by field
 * (`resume.pdf`, `answers.sample.docx`; the candidate's file name is only recorded). The first 2xx answer for an
 * Idempotency-Key is kept in DATA/keys/, and a repeat of that key gets it again, stored once. Refusals are not
 * kept: a corrected application may be sent again with the same key.
 *
 * With `testControls`, tests can make it misbehave, per "lane" (the `lane` query parameter of the action URL), so
 * test files running side by side do not disturb each other:
 *   POST /api/test/receiver?lane=L&mode=M[&retryAfter=S][&times=N][&delay=MS]
 *        M: up | down (503) | busy (429) | error (500) | drop (connection closed unanswered) |
 *        drop-after-store (stored, then the connection closed); for the next N requests, or until set again;
 *        delay: milliseconds to wait, once the request is read, before answering
 *   GET  /api/test/receiver?lane=L          { attempts: [{ key, status }] } of that lane
 *
 * Standalone: `node server/receiver.mjs` (PORT, RECEIVER_DATA_DIR, RECEIVER_FEEDS comma-separated,
 * RECEIVER_ALLOW_ORIGIN for a form on another origin).
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importTs } from '../scripts/import-ts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = { pdf: 'application/pdf', doc: 'application/msword', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };

let shared;
/** validate.ts and parse.ts, bundled in memory (with zod) and imported from a data: URL. */
function loadShared() {
  shared ??= importTs(`export * from './src/apply-form/validate.ts'; export { parseFeed } from './src/feed/parse.ts';`);
  return shared;
}

/** A JSON answer. */
export function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/** The request body, or null once it exceeds `limit` (the rest is still read, so the answer reaches the browser). */
async function readBody(req, limit) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
  }
  return size > limit ? null : Buffer.concat(chunks);
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/**
 * @param {object} [options]
 * @param {string} [options.dataDir] where applications are stored (default `.receiver-data/` in the repo)
 * @param {string[]} [options.feeds] feed files whose postings accept applications (default the demo feed)
 * @param {number} [options.maxFileSize] bytes per file (default: the form's, 10 MB)
 * @param {number} [options.maxTotalSize] bytes of all files of one application (default: the form's, 20 MB)
 * @param {boolean} [options.listApplications] serve GET /api/applications: a demo page; never in production unprotected
 * @param {boolean} [options.testControls] serve /api/test/receiver (see above)
 * @param {string} [options.allowOrigin] an origin allowed to post from another site (CORS)
 */
export function createReceiver({
  dataDir = path.join(root, '.receiver-data'),
  feeds = [path.join(root, 'demo/postings.json')],
  maxFileSize,
  maxTotalSize,
  listApplications = false,
  testControls = false,
  allowOrigin,
} = {}) {
  const applications = path.join(dataDir, 'applications');
  const keys = path.join(dataDir, 'keys');
  /** Idempotency-Key -> the request being handled, so a double submit waits for the first and gets its answer. */
  const inFlight = new Map();
  const lanes = new Map();
  const attempts = new Map();

  async function findPosting(id) {
    const { parseFeed } = await loadShared();
    for (const file of feeds) {
      const { feed } = parseFeed(JSON.parse(await readFile(file, 'utf8')));
      const posting = feed.postings.find((p) => p.id === id);
      if (posting) return { posting, consent: { ...feed.organization.consent, ...posting.consent } };
    }
    return undefined;
  }

  /** Validates and stores one application; returns the answer to give (and to keep for the key when 2xx). */
  async function accept(data, key, lane) {
    const rules = await loadShared();
    const limits = { maxFileSize: maxFileSize ?? rules.DEFAULT_MAX_FILE_SIZE, maxTotalSize: maxTotalSize ?? rules.DEFAULT_MAX_TOTAL_SIZE };
    const postingId = String(data.get('postingId') ?? '');
    // A filled honeypot: thanked like anyone, nothing stored.
    if (data.get(rules.HONEYPOT)) return { status: 201, body: { id: randomUUID(), message: 'Thank you! We received your application.' } };
    const found = await findPosting(postingId);
    if (!found) {
      return { status: 422, body: { message: 'This posting does not take applications here.', errors: [{ field: 'postingId', message: 'Unknown posting.' }] } };
    }
    const { posting } = found;
    const questions = posting.questions ?? [];
    const ruleSet = { questions, files: true, ...limits };
    await rules.sniffFiles(data);
    const errors = Object.entries(rules.validateApplication(data, ruleSet)).map(([field, message]) => ({ field, message }));
    if (errors.length) return { status: 422, body: { message: 'Some fields need attention.', errors } };

    const id = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}`;
    const folder = path.join(applications, id);
    await mkdir(folder, { recursive: true });
    const many = new Set(['links', ...questions.filter((q) => q.type === 'multiple-choice').map((q) => `answers.${q.id}`)]);
    const fields = {};
    const files = {};
    for (const name of new Set(data.keys())) {
      if (name === 'postingId' || name === rules.HONEYPOT) continue;
      const file = rules.fileIn(data, name);
      if (file) {
        if (!rules.fieldKeys(ruleSet).includes(name)) continue; // only the form's file fields are kept
        const bytes = Buffer.from(await file.arrayBuffer());
        const kind = rules.kindOf(bytes);
        files[name] = { name: file.name, type: TYPES[kind], size: bytes.length, sha256: sha256(bytes), path: `${name}.${kind}` };
        await writeFile(path.join(folder, files[name].path), bytes);
      } else {
        const values = data.getAll(name).filter((value) => typeof value === 'string');
        fields[name] = many.has(name) ? values : (values[0] ?? '');
      }
    }
    const answers = questions.map((q) => ({ id: q.id, label: q.label, answer: files[`answers.${q.id}`]?.name ?? fields[`answers.${q.id}`] ?? null }));
    const record = { id, receivedAt: new Date().toISOString(), idempotencyKey: key, lane, postingId, postingTitle: posting.title, fields, answers, files };
    await writeFile(path.join(folder, 'application.json'), `${JSON.stringify(record, null, 2)}\n`);
    const name = String(fields.name).trim();
    return { status: 201, body: { id, message: `Thank you, ${name}! We received your application.` } };
  }

  async function receive(req, res, url) {
    const key = String(req.headers['idempotency-key'] ?? '');
    const lane = url.searchParams.get('lane') ?? '';
    const log = (status) => testControls && (attempts.get(lane) ?? attempts.set(lane, []).get(lane)).push({ key, status });
    const { DEFAULT_MAX_TOTAL_SIZE } = await loadShared();
    const body = await readBody(req, (maxTotalSize ?? DEFAULT_MAX_TOTAL_SIZE) + 1_000_000);

    const trouble = testControls ? lanes.get(lane) : undefined;
    if (trouble && trouble.times-- <= 1) lanes.delete(lane);
    if (trouble?.delay) await new Promise((resolve) => setTimeout(resolve, trouble.delay));
    const mode = trouble?.mode;
    const retryAfter = trouble?.retryAfter ? { 'Retry-After': trouble.retryAfter } : {};
    if (mode === 'drop') return log('dropped'), req.socket.destroy();
    if (mode === 'down') return log(503), send(res, 503, { message: 'The application service is down for maintenance.' }, retryAfter);
    if (mode === 'busy') return log(429), send(res, 429, { message: 'Too many applications at once.' }, retryAfter);
    if (mode === 'error') return log(500), send(res, 500, { message: 'The application service is restarting.' });

    if (!key || key.length > 200) return log(400), send(res, 400, { message: 'The Idempotency-Key header is missing.', errors: [] });
    if (!body) return log(413), send(res, 413, { message: 'The application is larger than this server accepts.', errors: [] });
    const keyFile = path.join(keys, `${sha256(key)}.json`);
    const previous = inFlight.get(key);
    const answer = (async () => {
      await previous;
      const kept = await readFile(keyFile, 'utf8').then(JSON.parse, () => undefined);
      if (kept) return { ...kept, replayed: true };
      let data;
      try {
        data = await new Request('http://receiver/', { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? '' }, body }).formData();
      } catch {
        return { status: 400, body: { message: 'The request is not multipart/form-data.', errors: [] } };
      }
      const result = await accept(data, key, lane);
      if (result.status < 300) {
        await mkdir(keys, { recursive: true });
        await writeFile(keyFile, JSON.stringify(result));
      }
      return result;
    })();
    inFlight.set(key, answer.catch(() => {}));
    const { status, body: json, replayed } = await answer.finally(() => inFlight.get(key) === answer && inFlight.delete(key));
    if (mode === 'drop-after-store') return log('dropped'), req.socket.destroy();
    log(status);
    send(res, status, json, replayed ? { 'Idempotent-Replayed': 'true' } : {});
  }

  async function list() {
    const ids = await readdir(applications).catch(() => []);
    const records = await Promise.all(ids.map((id) => readFile(path.join(applications, id, 'application.json'), 'utf8').then(JSON.parse, () => null)));
    return records.filter(Boolean).sort((a, b) => b.id.localeCompare(a.id));
  }

  async function serveStored(res, id, field) {
    const record = /^[\w-]+$/.test(id) ? (await list()).find((r) => r.id === id) : undefined;
    if (!field) return record ? send(res, 200, record) : send(res, 404, { message: 'No such application.' });
    const file = record?.files[field];
    if (!file) return send(res, 404, { message: 'No such file.' });
    res.writeHead(200, {
      'Content-Type': file.type,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    res.end(await readFile(path.join(applications, id, file.path)));
  }

  /** Answers the request and returns true when it is one of the receiver's; false otherwise. */
  async function handle(req, res) {
    const url = new URL(req.url, 'http://localhost');
    const [, api, resource, id, files, field] = url.pathname.split('/');
    if (testControls && url.pathname === '/api/test/receiver') {
      const lane = url.searchParams.get('lane') ?? '';
      if (req.method === 'POST') {
        const { mode = 'up', retryAfter, times = 'Infinity', delay = 0 } = Object.fromEntries(url.searchParams);
        lanes.set(lane, { mode, retryAfter, times: Number(times), delay: Number(delay) });
        res.writeHead(204).end();
      } else send(res, 200, { attempts: attempts.get(lane) ?? [] });
      return true;
    }
    if (api !== 'api' || resource !== 'applications' || (files && files !== 'files')) return false;
    if (allowOrigin) {
      res.setHeader('Access-Control-Allow-Origin', allowOrigin);
      res.setHeader('Access-Control-Expose-Headers', 'Retry-After, Idempotent-Replayed');
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Idempotency-Key, Accept', 'Access-Control-Max-Age': '600' });
        res.end();
        return true;
      }
    }
    if (req.method === 'POST' && !id) await receive(req, res, url);
    else if (req.method === 'GET' && listApplications) await (id ? serveStored(res, id, field) : list().then((all) => send(res, 200, { applications: all })));
    else send(res, 405, { message: 'Not allowed.' });
    return true;
  }

  return { handle, dataDir };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { env } = process;
  const receiver = createReceiver({
    dataDir: env.RECEIVER_DATA_DIR && path.resolve(env.RECEIVER_DATA_DIR),
    feeds: env.RECEIVER_FEEDS?.split(',').map((file) => path.resolve(file)),
    allowOrigin: env.RECEIVER_ALLOW_ORIGIN,
    listApplications: env.RECEIVER_LIST === '1',
  });
  const port = Number(env.PORT ?? 8787);
  createServer((req, res) => {
    receiver.handle(req, res).then(
      (handled) => handled || send(res, 404, { message: 'Not found.' }),
      (error) => (console.error(error), send(res, 500, { message: 'The receiver failed.' })),
    );
  }).listen(port, () => console.log(`apply receiver on http://localhost:${port}/api/applications, storing in ${receiver.dataDir}`));
}
