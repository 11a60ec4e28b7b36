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
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:http';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importTs } from '../scripts/import-ts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = { pdf: 'application/pdf', doc: 'application/msword', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
/** The problem types of the two Idempotency-Key answers (README, "Apply endpoint contract"). */
export const KEY_IN_USE = 'urn:careers-widgets:problem:idempotency-key-in-use';
export const KEY_REUSED = 'urn:careers-widgets:problem:idempotency-key-reused';
/** The field naming the earlier application that a follow-up adds to. */
export const FOLLOW_UP_FIELD = 'follow_up_of';
/** The fields an application is made of: the body fingerprint covers these (a host's own fields, e.g. a CAPTCHA token, not). */
const APPLICATION_FIELD = /^(postingId|name|email|phone|coverLetter|links|resume|consent|talentPool|follow_up_of|answers\..+)$/;

/** Hard limits of the parser, whatever the posting: a hostile body is refused as soon as it passes one. */
export const LIMITS = {
  /** Parts (fields and files) per request; the form sends fewer than 40 even with many questions. */
  parts: 500,
  /** Bytes of one text field (a long cover letter is ~10 kB). */
  fieldSize: 100_000,
  /** Bytes of one part's headers. */
  headerSize: 8_192,
};

let shared;
/** validate.ts and parse.ts, bundled in memory (with zod) and imported from a data: URL. */
function loadShared() {
  shared ??= importTs(
    `export * from './src/apply-form/validate.ts'; export { parseFeed } from './src/feed/parse.ts'; export { formDataOf } from './src/relay/form-data.ts';`,
  );
  return shared;
}

/** A JSON answer. */
export function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/** An answer the request ends with, thrown from deep in the parsing. */
class Refusal extends Error {
  constructor(status, message, errors = [], headers = {}) {
    super(message);
    Object.assign(this, { status, errors, headers });
  }
}

/**
 * The request's chunks, as an async iterable that several loops may read in turn (a parser that stops early, then a
 * drain): stopping does not end it. A pause longer than `idle` ms between two chunks (a trickling client) rejects
 * with a 408 refusal.
 */
function chunksOf(req, idle) {
  const chunks = req.iterator({ destroyOnReturn: false });
  const reader = {
    async next() {
      let timer;
      const stalled = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Refusal(408, 'The request body stalled.')), idle);
      });
      return Promise.race([chunks.next(), stalled]).finally(() => clearTimeout(timer));
    },
    async return() {
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => reader,
  };
  return reader;
}

/**
 * Reads a multipart/form-data body in one pass, in time linear in its size: text fields into memory (each at most
 * `LIMITS.fieldSize`), files straight to disk under `tmp` (with their SHA-256 and size), so ten 20 MB uploads cost no
 * more memory than one. Returns the parts in order: `{ name, value }` or `{ name, file: { filename, type, size,
 * sha256, path } }`. Throws a `Refusal` at the first limit passed or malformed byte.
 */
async function parseMultipart(body, boundary, tmp, bodyLimit) {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const CRLF2 = Buffer.from('\r\n\r\n');
  const parts = [];
  const writes = [];
  let buf = Buffer.from('\r\n'); // the first delimiter is then found like the others
  let state = 'preamble';
  let part;
  let total = 0;
  /** The file stream whose buffer filled up during this chunk: the next chunk is read once it has drained. */
  let full;

  const bodyData = (data) => {
    if (!data.length) return;
    part.size += data.length;
    if (!part.file) {
      if (part.size > LIMITS.fieldSize) {
        throw new Refusal(413, `The field ${part.name} is longer than this server accepts.`, [{ field: part.name, message: 'This answer is too long.' }]);
      }
      part.chunks.push(data);
      return;
    }
    part.hash.update(data);
    if (!part.stream.write(data)) full = part.stream;
  };
  const endPart = () => {
    if (part.file) {
      part.stream.end();
      parts.push({ name: part.name, file: { filename: part.filename, type: part.type, size: part.size, sha256: part.hash.digest('hex'), path: part.path } });
    } else parts.push({ name: part.name, value: Buffer.concat(part.chunks).toString('utf8') });
    part = undefined;
  };
  const startPart = (head) => {
    if (parts.length >= LIMITS.parts) throw new Refusal(413, 'The application has more fields than this server accepts.');
    const disposition = /^content-disposition:[ \t]*form-data(;[^\r\n]*)$/im.exec(head)?.[1];
    const name = disposition && /;[ \t]*name="([^"]*)"/i.exec(disposition)?.[1];
    if (!name) throw new Refusal(400, 'A part of the request has no field name.');
    const filename = /;[ \t]*filename="([^"]*)"/i.exec(disposition)?.[1];
    const type = /^content-type:[ \t]*([^\r\n]*)$/im.exec(head)?.[1] ?? '';
    part = { name, size: 0 };
    if (filename === undefined) part.chunks = [];
    else {
      Object.assign(part, { file: true, filename: filename.replace(/%22/g, '"'), type, hash: createHash('sha256'), path: path.join(tmp, String(parts.length)) });
      // The buffer size named, not Node's default (16 KiB in Node 20, 64 KiB from 22): the same backpressure everywhere.
      const stream = (part.stream = createWriteStream(part.path, { highWaterMark: 16_384 }));
      // Listened to from the start: a disk error while the file is still arriving must not be missed.
      const written = new Promise((resolve, reject) => stream.once('close', resolve).once('error', reject));
      written.catch(() => {}); // reported when `writes` is awaited
      stream.on('error', () => {}); // and a write after the error (which errors again) is not an uncaught one
      writes.push(written);
    }
  };

  try {
    await mkdir(tmp, { recursive: true });
    for await (const chunk of body) {
      total += chunk.length;
      if (total > bodyLimit) throw new Refusal(413, 'The application is larger than this server accepts.');
      buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
      for (let more = true; more; ) {
        more = false;
        if (state === 'preamble' || state === 'body') {
          const at = buf.indexOf(delimiter);
          // Everything but a possible start of the delimiter is data; each byte is searched about once.
          const end = at === -1 ? Math.max(0, buf.length - delimiter.length + 1) : at;
          if (state === 'body') bodyData(buf.subarray(0, end));
          if (at === -1) {
            buf = buf.subarray(end);
            break;
          }
          if (state === 'body') endPart();
          buf = buf.subarray(at + delimiter.length);
          state = 'after';
        }
        if (state === 'after') {
          if (buf.length < 2) break;
          const next = buf.toString('latin1', 0, 2);
          if (next === '--') {
            state = 'done';
            buf = Buffer.alloc(0);
            break;
          }
          if (next !== '\r\n') throw new Refusal(400, 'The request is not valid multipart/form-data.');
          buf = buf.subarray(2);
          state = 'headers';
        }
        if (state === 'headers') {
          const at = buf.indexOf(CRLF2);
          if (at === -1 || at > LIMITS.headerSize) {
            if (buf.length > LIMITS.headerSize) throw new Refusal(413, 'A part of the request has headers larger than this server accepts.');
            break;
          }
          startPart(buf.toString('utf8', 0, at));
          buf = buf.subarray(at + 4);
          state = 'body';
          more = true;
        }
      }
      if (state === 'done') buf = Buffer.alloc(0);
      // Backpressure: the next chunk is read once the disk has taken this one. The stream waited on is the one that
      // filled up, not the current part's: a chunk may end one file and start the next (waiting on the new file's
      // stream, which never needs to drain, once hung that upload until the request timeout).
      // A disk error ends the upload now (a 500), not after the rest of the body was read for nothing.
      const failed = full?.errored ?? part?.stream?.errored;
      if (failed) throw failed;
      if (full?.writableNeedDrain) {
        const stream = full;
        await new Promise((resolve) => {
          const done = () => (stream.off('drain', done).off('close', done).off('error', done), resolve());
          stream.on('drain', done).on('close', done).on('error', done);
        });
        if (stream.errored) throw stream.errored;
      }
      full = undefined;
    }
    if (state !== 'done') throw new Refusal(400, 'The request is not valid multipart/form-data.');
    await Promise.all(writes);
    return parts;
  } catch (error) {
    part?.stream?.destroy();
    await Promise.allSettled(writes);
    throw error;
  }
}

/** Reads and discards the rest of a body (up to `limit` bytes), so an early answer still reaches the browser. */
async function drain(body, req, limit) {
  let size = 0;
  try {
    for await (const chunk of body) {
      size += chunk.length;
      if (size > limit) return void req.socket.destroy();
    }
  } catch {
    req.socket.destroy();
  }
}

/** Per field, a hash of its values (files by their content); the fingerprint is the hash of all of them, by name. */
function fingerprintOf(parts) {
  const values = new Map();
  for (const p of parts) {
    if (!APPLICATION_FIELD.test(p.name) || (p.file && !p.file.size && !p.file.filename)) continue;
    const list = values.get(p.name) ?? values.set(p.name, []).get(p.name);
    list.push(p.file ? `file:${p.file.sha256}` : `text:${p.value}`);
  }
  const fields = Object.fromEntries([...values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, list]) => [name, sha256(JSON.stringify(list))]));
  return { fingerprint: sha256(JSON.stringify(fields)), fields };
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/**
 * @param {object} [options]
 * @param {string} [options.dataDir] where applications are stored (default `.receiver-data/` in the repo)
 * @param {string[]} [options.feeds] feed files whose postings accept applications (default the demo feed)
 * @param {number} [options.maxFileSize] bytes per file (default: the form's, 10 MB)
 * @param {number} [options.maxTotalSize] bytes of all files of one application (default: the form's, 20 MB)
 * @param {number} [options.maxConcurrent] applications received at once; more are answered 503 with Retry-After (default 8)
 * @param {number} [options.bodyIdleTimeout] ms a request body may pause before it is answered 408 (default 15 s)
 * @param {boolean} [options.listApplications] serve GET /api/applications: a demo page; never in production unprotected
 * @param {boolean} [options.testControls] serve /api/test/receiver (see above)
 * @param {string} [options.allowOrigin] an origin allowed to post from another site (CORS)
 */
export function createReceiver({
  dataDir = path.join(root, '.receiver-data'),
  feeds = [path.join(root, 'demo/postings.json')],
  maxFileSize,
  maxTotalSize,
  maxConcurrent = 8,
  bodyIdleTimeout = 15_000,
  listApplications = false,
  testControls = false,
  allowOrigin,
} = {}) {
  const applications = path.join(dataDir, 'applications');
  const keys = path.join(dataDir, 'keys');
  const uploads = path.join(dataDir, 'tmp');
  /** Idempotency-Keys whose first request is still being received or stored: a second one meanwhile gets 409. */
  const inFlight = new Set();
  let receiving = 0;
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

  async function readRecord(id) {
    if (typeof id !== 'string' || !/^[\w-]{1,100}$/.test(id)) return undefined;
    return readFile(path.join(applications, id, 'application.json'), 'utf8').then(JSON.parse, () => undefined);
  }

  /** Validates and stores one application from its parsed parts; returns the answer to give (and to keep for the key when 2xx). */
  async function accept(parts, key, lane) {
    const rules = await loadShared();
    const limits = { maxFileSize: maxFileSize ?? rules.DEFAULT_MAX_FILE_SIZE, maxTotalSize: maxTotalSize ?? rules.DEFAULT_MAX_TOTAL_SIZE };
    const text = (name) => parts.find((p) => p.name === name && !p.file)?.value;
    // A filled honeypot: thanked like anyone, nothing stored.
    if (text(rules.HONEYPOT)) return { status: 201, body: { id: randomUUID(), message: 'Thank you! We received your application.' } };
    const postingId = text('postingId') ?? '';
    const found = await findPosting(postingId);
    if (!found) {
      return { status: 422, body: { message: 'This posting does not take applications here.', errors: [{ field: 'postingId', message: 'Unknown posting.' }] } };
    }
    const { posting } = found;
    const questions = posting.questions ?? [];
    const ruleSet = { questions, files: true, ...limits };
    // Only the declared file fields carry files: a file where text is expected is refused, never stored.
    const { data, errors } = await rules.formDataOf(parts, posting);
    const followUpOf = text(FOLLOW_UP_FIELD);
    if (followUpOf !== undefined && (await readRecord(followUpOf))?.postingId !== postingId) {
      errors.push({ field: FOLLOW_UP_FIELD, message: 'There is no earlier application with this id for this posting.' });
    }
    await rules.sniffFiles(data);
    for (const [field, message] of Object.entries(rules.validateApplication(data, ruleSet))) errors.push({ field, message });
    if (errors.length) return { status: 422, body: { message: 'Some fields need attention.', errors } };

    const id = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}`;
    const folder = path.join(applications, id);
    await mkdir(folder, { recursive: true });
    const many = new Set(['links', ...questions.filter((q) => q.type === 'multiple-choice').map((q) => `answers.${q.id}`)]);
    const fields = {};
    const files = {};
    for (const p of parts) {
      if (p.name === 'postingId' || p.name === rules.HONEYPOT || p.name === FOLLOW_UP_FIELD) continue;
      if (p.file) {
        if (Object.hasOwn(files, p.name) || !p.file.size) continue; // one file per field
        const kind = rules.kindOf(new Uint8Array(await data.get(p.name).slice(0, 4).arrayBuffer()));
        files[p.name] = { name: p.file.filename, type: TYPES[kind], size: p.file.size, sha256: p.file.sha256, path: `${p.name}.${kind}` };
        await rename(p.file.path, path.join(folder, files[p.name].path));
      } else if (many.has(p.name)) (fields[p.name] ??= []).push(p.value);
      else if (!Object.hasOwn(fields, p.name)) fields[p.name] = p.value;
    }
    const answers = questions.map((q) => ({
      id: q.id,
      label: q.label,
      answer: (Object.hasOwn(files, `answers.${q.id}`) ? files[`answers.${q.id}`].name : undefined) ?? (Object.hasOwn(fields, `answers.${q.id}`) ? fields[`answers.${q.id}`] : null),
    }));
    const record = {
      id,
      receivedAt: new Date().toISOString(),
      idempotencyKey: key,
      lane,
      postingId,
      postingTitle: posting.title,
      ...(followUpOf ? { followUpOf } : {}),
      fields,
      answers,
      files,
    };
    await writeFile(path.join(folder, 'application.json'), `${JSON.stringify(record, null, 2)}\n`);
    const name = String(fields.name).trim();
    return { status: 201, receivedAt: record.receivedAt, body: { id, message: `Thank you, ${name}! We received your application.`, ...(followUpOf ? { followUpOf } : {}) } };
  }

  /** The answer for a parsed request under its key: the kept one (same body), a 422 (another body), or a new one. */
  async function answerFor(parts, key, lane) {
    const keyFile = path.join(keys, `${sha256(key)}.json`);
    const { fingerprint, fields } = fingerprintOf(parts);
    const kept = await readFile(keyFile, 'utf8').then(JSON.parse, () => undefined);
    if (kept && (!kept.fingerprint || kept.fingerprint === fingerprint)) return { status: kept.status, body: kept.body, replayed: true };
    if (kept) {
      const names = new Set([...Object.keys(kept.fields), ...Object.keys(fields)]);
      const order = [...new Set(parts.map((p) => p.name)), ...names];
      const changed = [...new Set(order)].filter((name) => names.has(name) && kept.fields[name] !== fields[name]);
      const detail =
        'An earlier version of this application was already received under this Idempotency-Key, and this request differs from it: ' +
        `it was not stored. To add the changes, send them with a new Idempotency-Key and the field ${FOLLOW_UP_FIELD}=${kept.body.id}.`;
      return {
        status: 422,
        type: 'problem',
        body: {
          type: KEY_REUSED,
          title: 'This Idempotency-Key was used for a different application.',
          status: 422,
          detail,
          message: detail,
          errors: [],
          earlier: { id: kept.body.id, receivedAt: kept.receivedAt, changed },
        },
      };
    }
    const result = await accept(parts, key, lane);
    if (result.status < 300) {
      await mkdir(keys, { recursive: true });
      await writeFile(keyFile, JSON.stringify({ receivedAt: new Date().toISOString(), ...result, fingerprint, fields }));
    }
    return result;
  }

  async function receive(req, res, url) {
    const key = String(req.headers['idempotency-key'] ?? '');
    const lane = url.searchParams.get('lane') ?? '';
    const log = (status) => testControls && (attempts.get(lane) ?? attempts.set(lane, []).get(lane)).push({ key, status });
    const { DEFAULT_MAX_TOTAL_SIZE } = await loadShared();
    const bodyLimit = (maxTotalSize ?? DEFAULT_MAX_TOTAL_SIZE) + 1_000_000;
    req.on('error', () => {}); // a client gone mid-request: handled where the body is read
    const body = chunksOf(req, bodyIdleTimeout);
    const problem = (status, type, title, detail, headers = {}) =>
      send(res, status, { type, title, status, detail, message: detail, errors: [] }, { 'Content-Type': 'application/problem+json; charset=utf-8', ...headers });

    const trouble = testControls ? lanes.get(lane) : undefined;
    if (trouble && trouble.times-- <= 1) lanes.delete(lane);
    const refuseEarly = async (status, answer) => {
      await drain(body, req, bodyLimit);
      if (req.socket.destroyed) return log('dropped');
      log(status);
      answer();
    };
    if (receiving >= maxConcurrent) {
      return refuseEarly(503, () => send(res, 503, { message: 'Too many applications are arriving at once.', errors: [] }, { 'Retry-After': '2' }));
    }
    if (!key || key.length > 200) return refuseEarly(400, () => send(res, 400, { message: 'The Idempotency-Key header is missing.', errors: [] }));
    if (inFlight.has(key)) {
      return refuseEarly(409, () =>
        problem(409, KEY_IN_USE, 'This application is still being received.', 'An earlier request with this Idempotency-Key is still in progress. Try again in a moment.', {
          'Retry-After': '1',
        }),
      );
    }
    const boundary = /^multipart\/form-data\s*;.*?\bboundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(req.headers['content-type'] ?? '');
    if (!boundary) return refuseEarly(400, () => send(res, 400, { message: 'The request is not multipart/form-data.', errors: [] }));

    receiving++;
    inFlight.add(key);
    const tmp = path.join(uploads, randomUUID());
    let result;
    try {
      try {
        const parts = await parseMultipart(body, boundary[1] ?? boundary[2], tmp, bodyLimit);
        if (trouble?.delay) await new Promise((resolve) => setTimeout(resolve, trouble.delay));
        const mode = trouble?.mode;
        const retryAfter = trouble?.retryAfter ? { 'Retry-After': trouble.retryAfter } : {};
        if (mode === 'drop') result = { drop: true };
        else if (mode === 'down') result = { status: 503, body: { message: 'The application service is down for maintenance.' }, headers: retryAfter };
        else if (mode === 'busy') result = { status: 429, body: { message: 'Too many applications at once.' }, headers: retryAfter };
        else if (mode === 'error') result = { status: 500, body: { message: 'The application service is restarting.' } };
        else result = { ...(await answerFor(parts, key, lane)), drop: mode === 'drop-after-store' };
      } catch (error) {
        // The client went away mid-upload (canceled, closed the tab): nothing to answer.
        if (!(error instanceof Refusal) && (req.destroyed || error?.code === 'ECONNRESET')) return log('dropped');
        if (!(error instanceof Refusal)) throw error;
        result = { status: error.status, body: { message: error.message, errors: error.errors }, headers: { Connection: 'close' } };
        // A stalled body is not waited for again; anything else is read to its end, so the browser gets the answer.
        if (error.status !== 408) await drain(body, req, bodyLimit);
      }
    } finally {
      receiving--;
      inFlight.delete(key);
      await rm(tmp, { recursive: true, force: true });
    }
    if (result.drop || req.socket.destroyed) return log('dropped'), req.socket.destroy();
    log(result.status);
    const headers = { ...result.headers, ...(result.replayed ? { 'Idempotent-Replayed': 'true' } : {}) };
    if (result.type === 'problem') headers['Content-Type'] = 'application/problem+json; charset=utf-8';
    send(res, result.status, result.body, headers);
    if (result.status === 408) res.once('finish', () => req.socket.destroy());
  }

  async function list() {
    const ids = await readdir(applications).catch(() => []);
    const records = await Promise.all(ids.map(readRecord));
    return records.filter(Boolean).sort((a, b) => b.id.localeCompare(a.id));
  }

  async function serveStored(res, id, field) {
    const record = await readRecord(id);
    if (!field) return record ? send(res, 200, record) : send(res, 404, { message: 'No such application.' });
    // Own properties only: `__proto__` or `constructor` is no file.
    const file = record && Object.hasOwn(record.files, field) ? record.files[field] : undefined;
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
    const [, api, resource, id, files, field, extra] = url.pathname.split('/').map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return '\0';
      }
    });
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
    else if (req.method === 'GET' && listApplications && extra === undefined && (!files || field)) {
      await (id ? serveStored(res, id, field) : list().then((all) => send(res, 200, { applications: all })));
    } else if (req.method === 'GET' && listApplications) send(res, 404, { message: 'Not found.' });
    else send(res, 405, { message: 'Not allowed.' });
    return true;
  }

  return { handle, dataDir };
}

/**
 * The receiver as a Node HTTP server with the timeouts a public endpoint needs: `headersTimeout` for headers
 * trickled in, `requestTimeout` for a whole request, and the receiver's own idle timeout for a stalled body.
 */
export function createReceiverServer(options = {}, { headersTimeout = 10_000, requestTimeout = 300_000, checkInterval = Math.min(1000, headersTimeout) } = {}) {
  const receiver = createReceiver(options);
  const server = createServer({ headersTimeout, requestTimeout, connectionsCheckingInterval: checkInterval }, (req, res) => {
    receiver.handle(req, res).then(
      (handled) => handled || send(res, 404, { message: 'Not found.' }),
      (error) => (console.error(error), res.headersSent ? res.destroy() : send(res, 500, { message: 'The receiver failed.' })),
    );
  });
  return { server, receiver };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { env } = process;
  const number = (value) => (value ? Number(value) : undefined);
  const { server, receiver } = createReceiverServer(
    {
      dataDir: env.RECEIVER_DATA_DIR && path.resolve(env.RECEIVER_DATA_DIR),
      feeds: env.RECEIVER_FEEDS?.split(',').map((file) => path.resolve(file)),
      allowOrigin: env.RECEIVER_ALLOW_ORIGIN,
      listApplications: env.RECEIVER_LIST === '1',
      maxConcurrent: number(env.RECEIVER_MAX_CONCURRENT),
      bodyIdleTimeout: number(env.RECEIVER_BODY_IDLE_TIMEOUT),
    },
    { headersTimeout: number(env.RECEIVER_HEADERS_TIMEOUT) },
  );
  // Loopback only unless HOST says otherwise (HOST=0.0.0.0 behind a proxy of your own).
  server.listen(Number(env.PORT ?? 8787), env.HOST || '127.0.0.1', () => {
    const { address, port } = server.address();
    const host = address.includes(':') ? `[${address}]` : address;
    console.log(`apply receiver on http://${host}:${port}/api/applications, storing in ${receiver.dataDir}`);
  });
}
