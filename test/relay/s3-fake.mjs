/**
 * A small S3-compatible server on 127.0.0.1 for the relay's tests, path-style (http://host/<bucket>/<key>):
 * PutObject, GetObject, HeadObject, DeleteObject, DeleteObjects (POST ?delete) and ListObjectsV2 (GET ?list-type=2).
 * Every request must carry a SigV4 Authorization header whose credential scope is <access key>/<date>/<region>/s3/
 * aws4_request with the date of its X-Amz-Date (the signature itself is not recomputed): otherwise 403.
 *
 * Failures are injected: `faults` is a list of { method?, status, code } consumed by the next matching request
 * (500 InternalError, 503 SlowDown, …); `down` (a method name, or true for all) fails every matching request with
 * 503 until cleared. `objects` maps "<bucket>/<key>" to { body: Buffer, type }; `requests` counts by method.
 */
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';

const xml = (body) => `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const errorXml = (code, message) => xml(`<Error><Code>${code}</Code><Message>${esc(message)}</Message></Error>`);

export async function fakeS3({ accessKeyId, region = 'us-east-1', bucket }) {
  const fake = { objects: new Map(), faults: [], down: false, requests: {}, refused: 0 };
  const readAll = (req) =>
    new Promise((resolve, reject) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', reject);
    });
  const send = (res, status, body = '', headers = {}) => {
    res.writeHead(status, { ...(body ? { 'Content-Type': 'application/xml', 'Content-Length': Buffer.byteLength(body) } : {}), ...headers });
    res.end(body);
  };

  function authorized(req) {
    const auth = req.headers.authorization ?? '';
    const m = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([\w;-]+), ?Signature=([0-9a-f]{64})$/.exec(auth);
    if (!m) return 'no SigV4 Authorization header';
    const [, key, date, scopeRegion, service, signed] = m;
    const amzDate = req.headers['x-amz-date'] ?? '';
    if (key !== accessKeyId) return `unknown access key ${key}`;
    if (scopeRegion !== region || service !== 's3') return `wrong credential scope ${scopeRegion}/${service}`;
    if (!amzDate.startsWith(date)) return 'the scope date is not the X-Amz-Date';
    if (!signed.split(';').includes('host') || !signed.split(';').includes('x-amz-date')) return 'host and x-amz-date must be signed';
    if (!req.headers['x-amz-content-sha256']) return 'no x-amz-content-sha256';
    return undefined;
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://s3.invalid');
    const [, b, ...rest] = url.pathname.split('/');
    const key = decodeURIComponent(rest.join('/'));
    const method = req.method;
    fake.requests[method] = (fake.requests[method] ?? 0) + 1;
    const body = await readAll(req);
    const problem = authorized(req);
    if (problem) {
      fake.refused++;
      return send(res, 403, errorXml('SignatureDoesNotMatch', problem));
    }
    if (b !== bucket) return send(res, 404, errorXml('NoSuchBucket', b));
    const at = fake.faults.findIndex((f) => !f.method || f.method === method);
    if (at >= 0) {
      const [fault] = fake.faults.splice(at, 1);
      return send(res, fault.status, errorXml(fault.code ?? 'InternalError', 'injected'));
    }
    if (fake.down === true || fake.down === method) return send(res, 503, errorXml('SlowDown', 'Please reduce your request rate.'));
    const id = `${b}/${key}`;
    if (method === 'PUT' && key) {
      const length = Number(req.headers['content-length']);
      if (!Number.isFinite(length) || length !== body.length) return send(res, 400, errorXml('IncompleteBody', `Content-Length ${req.headers['content-length']}, got ${body.length}`));
      if (/aws-chunked/.test(req.headers['content-encoding'] ?? '')) return send(res, 400, errorXml('NotImplemented', 'aws-chunked'));
      const etag = `"${createHash('md5').update(body).digest('hex')}"`;
      fake.objects.set(id, { body, type: req.headers['content-type'] ?? 'application/octet-stream', etag });
      return send(res, 200, '', { ETag: etag });
    }
    if ((method === 'GET' || method === 'HEAD') && key) {
      const object = fake.objects.get(id);
      if (!object) return method === 'HEAD' ? send(res, 404) : send(res, 404, errorXml('NoSuchKey', key));
      res.writeHead(200, { 'Content-Type': object.type, 'Content-Length': object.body.length, ETag: object.etag });
      return res.end(method === 'HEAD' ? undefined : object.body);
    }
    if (method === 'DELETE' && key) {
      fake.objects.delete(id);
      return send(res, 204);
    }
    if (method === 'POST' && url.searchParams.has('delete')) {
      const keys = [...body.toString('utf8').matchAll(/<Key>([^<]*)<\/Key>/g)].map((m) => m[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
      for (const k of keys) fake.objects.delete(`${b}/${k}`);
      return send(res, 200, xml(`<DeleteResult>${keys.map((k) => `<Deleted><Key>${esc(k)}</Key></Deleted>`).join('')}</DeleteResult>`));
    }
    if (method === 'GET' && !key && url.searchParams.get('list-type') === '2') {
      const prefix = url.searchParams.get('prefix') ?? '';
      const max = Number(url.searchParams.get('max-keys') ?? 1000);
      const after = url.searchParams.get('continuation-token') ?? url.searchParams.get('start-after') ?? '';
      const all = [...fake.objects.keys()].filter((k) => k.startsWith(`${b}/`)).map((k) => k.slice(b.length + 1)).filter((k) => k.startsWith(prefix) && k > after).sort();
      const page = all.slice(0, max);
      const truncated = all.length > page.length;
      const contents = page.map((k) => `<Contents><Key>${esc(k)}</Key><Size>${fake.objects.get(`${b}/${k}`).body.length}</Size><ETag>${esc(fake.objects.get(`${b}/${k}`).etag)}</ETag></Contents>`).join('');
      return send(
        res,
        200,
        xml(`<ListBucketResult><Name>${esc(b)}</Name><Prefix>${esc(prefix)}</Prefix><KeyCount>${page.length}</KeyCount><MaxKeys>${max}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${contents}${truncated ? `<NextContinuationToken>${esc(page.at(-1))}</NextContinuationToken>` : ''}</ListBucketResult>`),
      );
    }
    return send(res, 400, errorXml('NotImplemented', `${method} ${req.url}`));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${server.address().port}`;
  /** The objects under a key prefix ("<prefix>"), as a Map key → Buffer. */
  fake.under = (prefix) => new Map([...fake.objects].filter(([k]) => k.startsWith(`${bucket}/${prefix}`)).map(([k, v]) => [k.slice(bucket.length + 1), v.body]));
  fake.close = () => (server.closeAllConnections(), new Promise((resolve) => server.close(resolve)));
  return fake;
}
