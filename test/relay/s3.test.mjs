// Files in S3-compatible object storage, against a local fake (test/relay/s3-fake.mjs: path-style, SigV4 scope
// checked, failures injected): an application's files land in the bucket byte for byte after a 500 and a 503
// SlowDown; the e-mail destination attaches them read back from the bucket; with the bucket failing the relay does
// not acknowledge and the candidate's retry succeeds; retention deletes the objects; a configuration naming S3
// without @aws-sdk/client-s3 installed stops with an error naming the package, and one without S3 runs.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { parseConfig, startRelay } from './dist.mjs';
import { apply, candidate, cleanup, relayProcess, root, tempDir, until, writeFeed } from './helpers.mjs';
import { fakeS3 } from './s3-fake.mjs';
import { smtpSink } from './smtp-sink.mjs';

const BUCKET = 'cw-applications';
const REGION = 'eu-central-1';
const PREFIX = 'relay/apps/';
const TOKEN = 'admin-token-0123456789';
let dir, s3, sink, relay, url, feedFile;

const s3Config = (endpoint) => ({
  type: 's3',
  bucket: BUCKET,
  prefix: 'relay/apps',
  region: REGION,
  endpoint,
  forcePathStyle: true,
  accessKeyId: { env: 'CW_TEST_S3_KEY' },
  secretAccessKey: { env: 'CW_TEST_S3_SECRET' },
});

before(async () => {
  dir = await tempDir('s3');
  feedFile = await writeFeed(dir);
  s3 = await fakeS3({ accessKeyId: 'AKIDRELAYTEST', region: REGION, bucket: BUCKET });
  sink = await smtpSink();
  process.env.CW_TEST_S3_KEY = 'AKIDRELAYTEST';
  process.env.CW_TEST_S3_SECRET = 'relay-test-secret-key';
  relay = await startRelay({
    port: 0,
    dataDir: path.join(dir, 'data'),
    feeds: [feedFile],
    logLevel: 'error',
    adminToken: TOKEN,
    // tiny, so sweep() finds everything old enough; the hourly timer never fires during the test
    retentionDays: 1e-7,
    files: s3Config(s3.url),
    outbox: { pollMs: 50, baseDelayMs: 50, maxDelayMs: 300, timeoutMs: 2_000, leaseMs: 10_000 },
    destinations: [{ name: 'inbox', type: 'email', smtp: sink.url, from: 'relay@acme.example', to: 'jobs@acme.example' }],
  });
  url = `${relay.url}/api/applications`;
});
after(async () => {
  await relay?.close();
  await sink?.close();
  await s3?.close();
  await cleanup(dir);
});

const mailsOf = (n) => sink.messages.filter((m) => m.text.includes(`candidate${n}@example.com`));

async function checkStored(app, id) {
  const objects = s3.under(`${PREFIX}${id}/`);
  assert.deepEqual([...objects.keys()].sort(), [`${PREFIX}${id}/answers.sample.docx`, `${PREFIX}${id}/resume.pdf`], 'one object per file, under the prefix');
  assert.ok(objects.get(`${PREFIX}${id}/resume.pdf`).equals(app.files[0][2]), 'resume byte for byte in the bucket');
  assert.ok(objects.get(`${PREFIX}${id}/answers.sample.docx`).equals(app.files[1][2]), 'work sample byte for byte in the bucket');
}

async function checkMailed(app) {
  await until(() => mailsOf(app.n).length, { what: `the mail of candidate ${app.n}` });
  const [mail] = mailsOf(app.n);
  assert.equal(mailsOf(app.n).length, 1, 'one mail');
  const byName = Object.fromEntries(mail.attachments.map((a) => [a.filename, a.content]));
  assert.ok(byName[`resume-${app.n}.pdf`]?.equals(app.files[0][2]), 'resume attached byte for byte, read back from S3');
  assert.ok(byName[`sample-${app.n}.docx`]?.equals(app.files[1][2]), 'work sample attached byte for byte, read back from S3');
}

test('files land in the bucket byte for byte after a 500 and a 503 SlowDown; the e-mail attaches them read back from S3; no local copy kept', async () => {
  s3.faults.push({ method: 'PUT', status: 500, code: 'InternalError' }, { method: 'PUT', status: 503, code: 'SlowDown' }, { method: 'GET', status: 503, code: 'SlowDown' });
  const app = candidate(31, { resumeSize: 300_000 });
  const answer = await apply(url, app);
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  await checkStored(app, answer.body.id);
  await checkMailed(app);
  assert.equal(s3.faults.length, 0, 'every injected failure was met and retried');
  assert.equal(s3.refused, 0, 'every request carried a SigV4 Authorization with the right credential scope');
  assert.deepEqual(await readdir(path.join(dir, 'data')).then((names) => names.filter((n) => n === 'files')), [], 'no files directory on disk');
  await until(async () => (await readdir(path.join(dir, 'data/tmp/s3-read')).catch(() => [])).length === 0, { what: 'read-back copies released' });
  // the admin view's download reads from the bucket too
  const download = await fetch(`${relay.url}/admin/applications/${answer.body.id}/files/resume`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  assert.equal(download.status, 200);
  assert.ok(Buffer.from(await download.arrayBuffer()).equals(app.files[0][2]), 'admin download byte for byte');
});

test('the bucket failing: no 2xx and nothing stored; the candidate retries with the same key and it is stored once', async () => {
  const app = candidate(32);
  const before = s3.objects.size;
  s3.down = 'PUT';
  const refused = await apply(url, app);
  assert.ok(refused.status >= 500, `not acknowledged (got ${refused.status})`);
  assert.equal(refused.headers.get('retry-after'), '2');
  assert.ok(!(await relay.relay.store.listApplications(100)).some((r) => r.application.email === 'candidate32@example.com'), 'no application stored');
  assert.equal(s3.objects.size, before, 'no object left behind');
  s3.down = false;
  const answer = await apply(url, app);
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  assert.notEqual(answer.headers.get('idempotent-replayed'), 'true', 'the first acknowledgement');
  await checkStored(app, answer.body.id);
  await checkMailed(app);
  assert.equal((await relay.relay.store.listApplications(100)).filter((r) => r.application.email === 'candidate32@example.com').length, 1);
});

test('retention deletes the applications and their objects in the bucket', async () => {
  assert.ok(s3.under(PREFIX).size >= 4);
  const other = `${BUCKET}/elsewhere/keep.txt`;
  s3.objects.set(other, { body: Buffer.from('not the relay\'s'), type: 'text/plain', etag: '"x"' });
  const deleted = await relay.relay.sweep();
  assert.ok(deleted >= 2, `deleted ${deleted}`);
  assert.equal(s3.under(PREFIX).size, 0, 'no object left under the prefix');
  assert.ok(s3.objects.has(other), 'objects outside the prefix untouched');
  assert.equal((await relay.relay.store.listApplications(100)).length, 0);
});

test('configuration: S3 settings and credentials are checked at start, each problem named', () => {
  const base = { feeds: [feedFile], destinations: [{ name: 'x', type: 'webhook', url: 'http://127.0.0.1:1/h', secret: 's' }] };
  assert.throws(() => parseConfig({ ...base, files: { type: 's3', bucket: 'Bad_Bucket!' } }, { env: {} }), /files\.bucket/);
  assert.throws(() => parseConfig({ ...base, files: { type: 's3', bucket: 'ok-bucket', endpoint: 'not a url' } }, { env: {} }), /files\.endpoint/);
  assert.throws(() => parseConfig({ ...base, files: { type: 's3', bucket: 'ok-bucket' } }, { env: {} }), /files\.accessKeyId: the environment variable AWS_ACCESS_KEY_ID is not set[\s\S]*files\.secretAccessKey/);
  const ok = parseConfig({ ...base, files: { type: 's3', bucket: 'ok-bucket' } }, { env: { AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' } });
  assert.equal(ok.files.region, 'us-east-1');
  const fromEnv = parseConfig(base, { env: { RELAY_S3_BUCKET: 'env-bucket', RELAY_S3_ENDPOINT: 'http://127.0.0.1:9000', AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' } });
  assert.equal(fromEnv.files.bucket, 'env-bucket');
  assert.equal(fromEnv.files.forcePathStyle, true);
  assert.equal(parseConfig(base, { env: {} }).files.type, 'disk');
});

test('without @aws-sdk/client-s3 installed: S3 configured stops with an error naming the package; disk storage runs', async () => {
  const write = async (name, files) => {
    const file = path.join(dir, name);
    await writeFile(file, JSON.stringify({ port: 0, dataDir: path.join(dir, name + '-data'), feeds: [feedFile], logLevel: 'error', files, destinations: [{ name: 'x', type: 'webhook', url: 'http://127.0.0.1:1/h', secret: 's' }] }));
    return file;
  };
  const hooks = ['--import', path.join(root, 'test/relay/no-s3-hooks.mjs')];
  const run = (config) =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [...hooks, path.join(root, 'test/relay/run-relay.mjs'), config], { env: { ...process.env, CW_TEST_S3_KEY: 'k', CW_TEST_S3_SECRET: 's' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (c) => {
        out += c;
        if (out.includes('relay listening')) child.kill('SIGTERM');
      });
      child.stderr.on('data', (c) => (out += c));
      child.on('exit', (code) => resolve({ code, out }));
    });
  const s3Run = await run(await write('s3.json', s3Config('http://127.0.0.1:1')));
  assert.notEqual(s3Run.code, 0);
  assert.match(s3Run.out, /files\.type is "s3": the relay needs the @aws-sdk\/client-s3 package \(npm install @aws-sdk\/client-s3\)/);
  const diskRun = await run(await write('disk.json', { type: 'disk' }));
  assert.match(diskRun.out, /relay listening/, diskRun.out);
});
