/**
 * The relay, assembled: store (SQLite or PostgreSQL), file store, feeds, receiver, outbox worker, retention, and the
 * request handlers — a Node `(req, res)` handler and a Fetch-API `(Request) => Promise<Response>` handler, so it
 * mounts in Node's http, Express, Fastify, Hono or a serverless function.
 *
 *   POST {path}      an application (the apply contract); OPTIONS for CORS preflights from allowed origins
 *   GET  /healthz    200 when the database answers, with the outbox counts; 503 otherwise
 *   /admin…          the admin view (admin.ts), when an adminToken is configured
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import { handleAdmin } from './admin.js';
import { parseConfig, resolveSecret, type RelayConfig, type RelayConfigInput } from './config.js';
import { feedPostings } from './feeds.js';
import { diskFiles, type FileStore } from './files.js';
import { createLogger, type Logger } from './log.js';
import { createOutboxWorker, type OutboxWorker } from './outbox.js';
import { createReceiver, type Reply } from './receive.js';
import { openSqlite } from './store/sqlite.js';
import type { Store } from './store/store.js';

export interface Relay {
  config: RelayConfig;
  store: Store;
  worker: OutboxWorker;
  /** Node's http handler: answers every request (404 for paths that are not the relay's). */
  handleNode(req: IncomingMessage, res: ServerResponse): void;
  /** The Fetch-API handler. */
  handleFetch(request: Request): Promise<Response>;
  /** Deletes applications older than `retentionDays` now; returns how many. */
  sweep(): Promise<number>;
  close(): Promise<void>;
}

export interface RelayOptions {
  log?: Logger;
  /** Start the outbox worker (default true); a web-only instance may leave forwarding to others. */
  forward?: boolean;
  files?: FileStore;
}

type Answer = Reply | { status: number; stream: Blob; headers: Record<string, string> };

async function openStore(config: RelayConfig): Promise<Store> {
  if (config.database && /^postgres(ql)?:\/\//.test(config.database)) {
    const { openPostgres } = await import('./store/postgres.js');
    return openPostgres(config.database);
  }
  return openSqlite(config.database ? path.resolve(config.dataDir, config.database) : path.join(config.dataDir, 'relay.db'));
}

const lower = (headers: Record<string, string | string[] | undefined>) =>
  Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : String(v)]));

/** Creates the relay from a checked configuration (or an input object, checked here). */
export async function createRelay(input: RelayConfig | RelayConfigInput, options: RelayOptions = {}): Promise<Relay> {
  const config = 'limits' in input && (input as RelayConfig).limits?.parts ? (input as RelayConfig) : parseConfig(input);
  const log = options.log ?? createLogger(config.logLevel);
  const postings = feedPostings(config.feeds);
  await postings.load();
  const store = await openStore(config);
  const files =
    options.files ??
    (config.files.type === 's3'
      ? await (await import('./files-s3.js')).s3Files(config.files, { tmpDir: path.join(config.dataDir, 'tmp') })
      : diskFiles(path.join(config.dataDir, 'files')));
  const worker = createOutboxWorker({ config, store, files, log });
  const receiver = createReceiver({ config, store, files, postings, log, onStored: () => worker.kick() });
  const adminToken = config.adminToken ? resolveSecret(config.adminToken) : undefined;
  const allowed = new Set(config.allowedOrigins);

  async function route(method: string, url: URL, headers: Record<string, string>, body: () => Readable): Promise<Answer> {
    const origin = headers.origin;
    const cors: Record<string, string> = origin && allowed.has(origin) ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin', 'Access-Control-Expose-Headers': 'Retry-After, Idempotent-Replayed' } : {};
    if (url.pathname === config.path) {
      if (method === 'OPTIONS') {
        if (!cors['Access-Control-Allow-Origin']) return { status: 403, body: { message: 'This origin may not post applications here.' } };
        return { status: 204, body: '', headers: { ...cors, 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Idempotency-Key, Accept', 'Access-Control-Max-Age': '600' } };
      }
      if (method !== 'POST') return { status: 405, body: { message: 'Not allowed.' }, headers: { Allow: 'POST, OPTIONS' } };
      if (origin && !cors['Access-Control-Allow-Origin'] && new URL(origin).host !== headers.host) {
        return { status: 403, body: { message: 'This origin may not post applications here.', errors: [] }, headers: { Connection: 'close' }, close: true };
      }
      const reply = await receiver.receive({ headers, body: body() });
      return { ...reply, headers: { ...cors, ...reply.headers } };
    }
    if (url.pathname === '/healthz') {
      try {
        await store.ping();
        return { status: 200, body: { ok: true, store: store.kind, receiving: receiver.receiving, outbox: await store.outboxCounts() } };
      } catch (error) {
        return { status: 503, body: { ok: false, error: (error as Error).message } };
      }
    }
    if (url.pathname === '/admin' || url.pathname.startsWith('/admin/')) return handleAdmin({ method, url, headers }, { store, files, token: adminToken });
    return { status: 404, body: { message: 'Not found.' } };
  }

  const encode = (answer: Reply): { headers: Record<string, string>; data: string } => {
    const isText = typeof answer.body === 'string';
    return {
      headers: { 'Cache-Control': 'no-store', ...(isText ? {} : { 'Content-Type': 'application/json; charset=utf-8' }), ...answer.headers },
      data: isText ? (answer.body as string) : JSON.stringify(answer.body),
    };
  };

  function handleNode(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://relay.invalid');
    req.on('error', () => {});
    route(req.method ?? 'GET', url, lower(req.headers), () => req).then(
      async (answer) => {
        if (res.destroyed || req.socket.destroyed) return;
        if ('stream' in answer) {
          res.writeHead(answer.status, { 'Cache-Control': 'no-store', ...answer.headers });
          res.once('close', () => void files.release?.(answer.stream).catch(() => {}));
          Readable.fromWeb(answer.stream.stream() as import('node:stream/web').ReadableStream).pipe(res);
          return;
        }
        const { headers, data } = encode(answer);
        res.writeHead(answer.status, headers);
        res.end(data);
        if (answer.close) res.once('finish', () => req.socket.destroy());
      },
      (error) => {
        if ((error as { code?: string }).code === 'ECONNRESET' || req.socket.destroyed) {
          log('info', 'client went away mid-upload', {});
          return req.socket.destroy();
        }
        log('error', 'request failed', { error, stack: (error as Error).stack });
        if (res.headersSent) return res.destroy();
        res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ message: 'The relay failed; try again.', errors: [] }));
      },
    );
  }

  async function handleFetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const headers = lower(Object.fromEntries(request.headers));
    headers.host ??= url.host;
    try {
      const answer = await route(request.method, url, headers, () =>
        request.body ? Readable.fromWeb(request.body as import('node:stream/web').ReadableStream) : Readable.from([]),
      );
      if ('stream' in answer) return new Response(answer.stream, { status: answer.status, headers: answer.headers });
      const { headers: out, data } = encode(answer);
      return new Response(answer.status === 204 || answer.status === 303 ? null : data, { status: answer.status, headers: out });
    } catch (error) {
      log('error', 'request failed', { error });
      return Response.json({ message: 'The relay failed; try again.', errors: [] }, { status: 500 });
    }
  }

  async function sweep(): Promise<number> {
    const cutoff = new Date(Date.now() - config.retentionDays * 86_400_000).toISOString();
    const ids = await store.deleteBefore(cutoff);
    for (const id of ids) await files.removeApplication(id);
    if (ids.length) log('info', 'retention: applications deleted', { count: ids.length, before: cutoff });
    return ids.length;
  }

  const retention = setInterval(() => {
    sweep().catch((error) => log('error', 'retention sweep failed', { error }));
    files.sweepCopies?.().catch(() => {});
  }, 3_600_000);
  retention.unref();
  if (options.forward !== false) worker.start();

  return {
    config,
    store,
    worker,
    handleNode,
    handleFetch,
    sweep,
    async close() {
      clearInterval(retention);
      await worker.stop();
      await store.close();
      files.close?.();
    },
  };
}
