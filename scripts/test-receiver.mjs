#!/usr/bin/env node
/**
 * The reference receiver (server/receiver.mjs) against hostile clients, over raw HTTP and sockets, as a separate
 * process started the way a user starts it (`node server/receiver.mjs`). Nothing here asserts a wall-clock time:
 * costs are compared with each other in the same run (a body with 4x the fields may take at most 8x as long), and
 * the rest are status codes, counts, and the server's peak memory. Exits non-zero on a failure.
 *
 *   RECEIVER_SCRIPT=path   run against another receiver (e.g. an older one, to see these checks fail)
 *   ONLY=bind,fields,…     run some groups only: bind, fields, files, memory, concurrency, slow
 *   MAX_FIELDS=40000       leave out the larger field counts
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, createServer } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const script = path.resolve(process.env.RECEIVER_SCRIPT ?? path.join(root, 'server/receiver.mjs'));
const feed = path.join(root, 'test/fixtures/apply-postings.json');
const only = process.env.ONLY?.split(',');
/** The largest field count tried (an older, quadratic receiver takes minutes over 100k). */
const MAX_FIELDS = Number(process.env.MAX_FIELDS ?? 100_000);
const dirs = [];
let failures = 0;

function check(name, condition, detail = '') {
  if (condition) console.log(`✔ ${name}`);
  else {
    failures++;
    console.error(`✖ ${name}${detail ? `\n  ${String(detail).slice(0, 800)}` : ''}`);
  }
}

/** A port free right now. */
const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** Starts a receiver process; resolves with its port, host and pid once it says where it listens. */
async function startReceiver(env = {}) {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'careers-receiver-test-'));
  dirs.push(dataDir);
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '', RECEIVER_DATA_DIR: dataDir, RECEIVER_FEEDS: feed, RECEIVER_LIST: '1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (data) => {
      out += data;
      const found = /http:\/\/(\[[^\]]+\]|[^:/]+):\d+/.exec(out);
      if (found) resolve({ child, host: found[1], port, pid: child.pid, dataDir });
    });
    child.once('exit', (code) => reject(new Error(`receiver exited (${code}) before listening: ${out}`)));
  });
}

const stop = ({ child }) => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', resolve), child.kill())));

const CRLF = '\r\n';
const BOUNDARY = '----careers-hostile-7d3f';
const textPart = (name, value) => `--${BOUNDARY}${CRLF}Content-Disposition: form-data; name="${name}"${CRLF}${CRLF}${value}${CRLF}`;
const fileHead = (name, filename, type = 'application/pdf') =>
  `--${BOUNDARY}${CRLF}Content-Disposition: form-data; name="${name}"; filename="${filename}"${CRLF}Content-Type: ${type}${CRLF}${CRLF}`;
const END = `--${BOUNDARY}--${CRLF}`;
const PDF = '%PDF-1.4\n% resume\n%%EOF\n';

/** The fields of a valid application to the test posting with questions, as multipart text. */
function validFields(email, postingId = 'apply-test-questions') {
  return [
    ['postingId', postingId],
    ['name', 'Grace Hopper'],
    ['email', email],
    ['consent', 'yes'],
    ...(postingId === 'apply-test-questions'
      ? [
          ['answers.japanese', 'Native or bilingual'],
          ['answers.shifts', 'yes'],
          ['answers.notice', 'Two weeks'],
        ]
      : []),
  ]
    .map(([name, value]) => textPart(name, value))
    .join('');
}

/**
 * POSTs a multipart body given as a list of strings and `{ size }` (that many bytes of filler, written in 64 KB
 * pieces, so the client itself stays small). Resolves with the status and the parsed JSON answer.
 */
function post(server, pieces, { key = crypto.randomUUID(), pathname = '/api/applications' } = {}) {
  const filler = Buffer.alloc(65_536, 0x20);
  const length = pieces.reduce((sum, piece) => sum + (typeof piece === 'string' ? Buffer.byteLength(piece) : piece.size), 0);
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: pathname,
        // A connection of its own: Node 20's global agent keeps sockets alive, and a POST on a kept socket that the
        // server closes at its keep-alive timeout just then fails with ECONNRESET (a race, not the receiver's answer).
        agent: false,
        headers: { 'Content-Type': `multipart/form-data; boundary=${BOUNDARY}`, 'Content-Length': length, 'Idempotency-Key': key },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (data) => (text += data));
        res.on('end', () => {
          let body;
          try {
            body = JSON.parse(text);
          } catch {
            body = text;
          }
          resolve({ status: res.statusCode, body });
        });
      },
    );
    req.on('error', (error) => resolve({ status: 0, body: error.code }));
    (async () => {
      for (const piece of pieces) {
        if (typeof piece === 'string') {
          if (!req.write(piece)) await new Promise((done) => req.once('drain', done));
          continue;
        }
        for (let left = piece.size; left > 0; left -= filler.length) {
          if (!req.write(left >= filler.length ? filler : filler.subarray(0, left))) await new Promise((done) => req.once('drain', done));
        }
      }
      req.end();
    })().catch(() => {});
  });
}

const get = (server, pathname) =>
  new Promise((resolve) => {
    request({ host: '127.0.0.1', port: server.port, path: pathname, agent: false }, (res) => (res.resume(), res.on('end', () => resolve(res.statusCode))))
      .on('error', () => resolve(0))
      .end();
  });

/** Peak resident memory of a process (kB) since the last reset; the reset needs /proc, else the peak since start. */
const peakKb = (pid) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
const rssKb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
function resetPeak(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    /* not allowed: the peak since start is compared, a harder test */
  }
}

const wanted = (group) => !only || only.includes(group);
const email = (tag) => `hostile+${tag}-${Date.now()}@example.com`;

const server = await startReceiver({ RECEIVER_MAX_CONCURRENT: '16' });
try {
  // Warm up: the first application compiles the form's rules (esbuild) in the receiver.
  const warm = await post(server, [validFields(email('warm')), fileHead('resume', 'cv.pdf'), PDF, CRLF, END]);
  check('a valid application is stored (201)', warm.status === 201, JSON.stringify(warm));

  if (wanted('bind')) {
    check(`listens on loopback by default (${server.host})`, server.host === '127.0.0.1', server.host);
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;
    if (outside) {
      const refused = await new Promise((resolve) => {
        const socket = connect(server.port, outside);
        socket.once('connect', () => (socket.destroy(), resolve(false)));
        socket.once('error', () => resolve(true));
      });
      check(`not reachable on ${outside}`, refused);
    }
  }

  if (wanted('files')) {
    const exe = ['MZ\x90\x00 this program cannot be run in DOS mode'];
    // An .exe sent as a file under a field that takes text: a 422 on that field, whatever else the application holds.
    const fileUnderText = (tag, field, text, type) =>
      post(server, [validFields(email(tag)).replace(textPart(field, text), ''), fileHead(field, `${tag}.exe`, type), ...exe, CRLF, fileHead('resume', 'cv.pdf'), PDF, CRLF, END]);
    const asName = await fileUnderText('exe', 'name', 'Grace Hopper', 'application/x-msdownload');
    check(
      'a file under the text field "name" is a 422 on name',
      asName.status === 422 && asName.body.errors?.some((e) => e.field === 'name' && e.message === 'This field takes text, not a file.'),
      JSON.stringify(asName),
    );
    const asAnswer = await fileUnderText('exe2', 'answers.notice', 'Two weeks', 'application/octet-stream');
    check(
      'a file under a short-text answer is a 422 on that answer',
      asAnswer.status === 422 && asAnswer.body.errors?.[0]?.field === 'answers.notice',
      JSON.stringify(asAnswer),
    );
    const { applications = [] } = await new Promise((resolve) => {
      request({ host: '127.0.0.1', port: server.port, path: '/api/applications' }, (res) => {
        let text = '';
        res.on('data', (data) => (text += data)).on('end', () => resolve(JSON.parse(text)));
      }).end();
    });
    const record = applications[0];
    const proto = await Promise.all(['__proto__', 'constructor', 'toString'].map((name) => get(server, `/api/applications/${record?.id}/files/${name}`)));
    check('files named __proto__, constructor, toString: 404', proto.every((status) => status === 404), proto.join());
    // One read that ends a large file (its disk stream full) and starts the next with a few bytes: the parser must
    // wait for the full stream, not the new one (which never drains; that upload once hung until the request timeout).
    const switchAnswer = await new Promise((resolve) => {
      const first = Buffer.alloc(300_000, 0x61);
      const body = [validFields(email('switch')) + fileHead('resume', 'cv.pdf') + '%PDF-1.7\n', first.subarray(0, 240_000), first.subarray(240_000) + CRLF + fileHead('answers.certificate', 'jlpt.pdf') + '%PDF', '-1.7\n' + 'b'.repeat(5_000) + CRLF + END];
      const length = body.reduce((sum, piece) => sum + Buffer.byteLength(piece), 0);
      const head = `POST /api/applications HTTP/1.1${CRLF}Host: x${CRLF}Connection: close${CRLF}Idempotency-Key: ${crypto.randomUUID()}${CRLF}Content-Type: multipart/form-data; boundary=${BOUNDARY}${CRLF}Content-Length: ${length}${CRLF}${CRLF}`;
      const socket = connect(server.port, '127.0.0.1');
      let answer = '';
      const giveUp = setTimeout(() => (socket.destroy(), resolve('no answer in 20 s')), 20_000);
      socket.on('data', (data) => (answer += data));
      socket.on('error', () => {});
      socket.on('close', () => (clearTimeout(giveUp), resolve(answer.split(CRLF)[0])));
      socket.on('connect', async () => {
        // Apart in time, so the server reads them as separate chunks.
        for (const piece of [head + body[0], ...body.slice(1)]) {
          socket.write(piece);
          await new Promise((done) => setTimeout(done, 300));
        }
      });
    });
    check('a read that ends one large file and starts the next is stored (201)', /^HTTP\/1\.1 201/.test(switchAnswer), switchAnswer);
    const long = await post(server, [validFields(email('long')), textPart('coverLetter', 'x'.repeat(300_000)), fileHead('resume', 'cv.pdf'), PDF, CRLF, END]);
    check('a 300 kB text field is refused (413, on that field)', long.status === 413 && long.body.errors?.[0]?.field === 'coverLetter', JSON.stringify(long).slice(0, 300));
  }

  if (wanted('fields')) {
    // The same work at three sizes: parsing must grow linearly (or stop at a cap), never with the square.
    const costs = {};
    // Each size three times, interleaved, and the fastest of each kept: a busy machine slows single runs, not all three.
    for (const count of [10_000, 40_000, 100_000, 10_000, 40_000, 100_000, 10_000, 40_000, 100_000].filter((n) => n <= MAX_FIELDS)) {
      const extra = Array.from({ length: count }, (_, i) => textPart(`x${i}`, 'y')).join('');
      const started = process.hrtime.bigint();
      const answer = await post(server, [validFields(email(`fields${count}`)), extra, fileHead('resume', 'cv.pdf'), PDF, CRLF, END]);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      costs[count] = Math.min(costs[count] ?? Infinity, ms);
      console.log(`  ${count} extra fields: HTTP ${answer.status}, ${ms.toFixed(0)} ms`);
      check(`${count} extra fields are refused (413)`, answer.status === 413, JSON.stringify(answer).slice(0, 200));
    }
    check('40k fields cost at most 8x what 10k cost', costs[40_000] <= 8 * costs[10_000], JSON.stringify(costs));
    if (costs[100_000]) check('100k fields cost at most 20x what 10k cost', costs[100_000] <= 20 * costs[10_000], JSON.stringify(costs));
  }

  if (wanted('memory')) {
    // Ten applications of ~19 MB at once (two 9.5 MB PDFs each): the files go to disk, not into memory.
    resetPeak(server.pid);
    const before = rssKb(server.pid);
    const size = 9_500_000;
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        post(server, [
          validFields(email(`big${i}`)),
          fileHead('resume', 'cv.pdf'),
          '%PDF-1.7\n',
          { size },
          CRLF,
          fileHead('answers.certificate', 'jlpt.pdf'),
          '%PDF-1.7\n',
          { size },
          CRLF,
          END,
        ]),
      ),
    );
    const grown = (peakKb(server.pid) - before) / 1024;
    console.log(`  peak memory grew by ${grown.toFixed(0)} MB for 10 concurrent uploads of ${((2 * size) / 1e6).toFixed(0)} MB`);
    check('10 concurrent ~19 MB uploads are all stored', answers.every((a) => a.status === 201), answers.map((a) => `${a.status}${a.status === 201 ? '' : ` ${JSON.stringify(a.body).slice(0, 120)}`}`).join());
    check('and the receiver’s peak memory grows by less than 100 MB (their total is 190 MB)', grown < 100, `${grown.toFixed(0)} MB`);
  }
} finally {
  await stop(server);
}

if (wanted('concurrency')) {
  // At most two at once: of six uploads started together, the others are told to come back (503 + Retry-After).
  const capped = await startReceiver({ RECEIVER_MAX_CONCURRENT: '2' });
  try {
    const body = (i) => [validFields(email(`cap${i}`)), fileHead('resume', 'cv.pdf'), '%PDF-1.7\n', { size: 3_000_000 }, CRLF, END];
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => post(capped, body(i))));
    const statuses = answers.map((a) => a.status).sort();
    check('a concurrency cap: some of 6 simultaneous uploads get 503, the rest 201', statuses.includes(503) && statuses.includes(201) && statuses.every((s) => s === 201 || s === 503), statuses.join());
  } finally {
    await stop(capped);
  }
}

if (wanted('slow')) {
  const slow = await startReceiver({ RECEIVER_HEADERS_TIMEOUT: '1000', RECEIVER_BODY_IDLE_TIMEOUT: '1000' });
  try {
    /** Sends `first`, then `drip` every 200 ms, 50 times (10 s, ten times the server's timeouts); says whether the server ended the connection first. */
    const trickle = (first, drip) =>
      new Promise((resolve) => {
        const socket = connect(slow.port, '127.0.0.1');
        let answer = '';
        let sent = 0;
        let timer;
        const finish = (closedByServer) => (clearInterval(timer), socket.destroy(), resolve({ closedByServer, answer: answer.split(CRLF)[0] }));
        socket.on('data', (data) => (answer += data));
        socket.on('close', () => finish(true));
        socket.on('error', () => {});
        socket.on('connect', () => {
          socket.write(first);
          timer = setInterval(() => (++sent > 50 ? finish(false) : socket.write(drip)), 200);
        });
      });
    const headers = await trickle(`POST /api/applications HTTP/1.1${CRLF}Host: x${CRLF}`, `X-Slow-${Math.random().toString(36).slice(2, 6)}: 1${CRLF}`);
    check('headers trickled in: the server closes the connection', headers.closedByServer, JSON.stringify(headers));
    const head = `POST /api/applications HTTP/1.1${CRLF}Host: x${CRLF}Idempotency-Key: slow-body${CRLF}Content-Type: multipart/form-data; boundary=${BOUNDARY}${CRLF}Content-Length: 100000${CRLF}${CRLF}`;
    const idle = await new Promise((resolve) => {
      const socket = connect(slow.port, '127.0.0.1');
      let answer = '';
      const giveUp = setTimeout(() => (socket.destroy(), resolve({ closedByServer: false, answer })), 10_000);
      socket.on('data', (data) => (answer += data));
      socket.on('error', () => {});
      socket.on('close', () => (clearTimeout(giveUp), resolve({ closedByServer: true, answer: answer.split(CRLF)[0] })));
      socket.on('connect', () => socket.write(head + validFields('slow@example.com').slice(0, 100)));
    });
    check('a body that stops: 408 and the connection closed', idle.closedByServer && /^HTTP\/1\.1 408/.test(idle.answer), JSON.stringify(idle));
  } finally {
    await stop(slow);
  }
}

for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
console.log(failures ? `\nreceiver: ${failures} check(s) failed` : '\nreceiver: all checks passed');
process.exit(failures ? 1 : 0);
