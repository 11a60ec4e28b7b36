/**
 * S3-compatible object storage for uploaded files (AWS S3, MinIO, Cloudflare R2, Backblaze B2, …), through
 * `@aws-sdk/client-s3`, an optional peer dependency loaded only when `files.type` is "s3".
 *
 * - put: the parser's complete, fsynced temporary file is streamed to PutObject with its known ContentLength (never
 *   held whole in memory); S3 answers 200 only once the object is stored durably, and the receiver commits the
 *   application's transaction (and answers 2xx) only after every put resolved — the same order as the disk store.
 *   A failed try (5xx, SlowDown, a dropped connection) is sent again from a fresh read of the file, a few times, then
 *   the error reaches the receiver, which answers 503 and acknowledges nothing.
 * - blob: GetObject streamed into a temporary file, opened as a Blob (so forwarders read it like a file on disk);
 *   `release` deletes that copy when the delivery is done.
 * - removeApplication: ListObjectsV2 under the application's prefix, then DeleteObject for each (retention).
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, openAsBlob } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { resolveSecret, type S3FilesConfig } from './config.js';
import type { FileStore } from './files.js';

type S3Module = typeof import('@aws-sdk/client-s3');

export const S3_PACKAGE = '@aws-sdk/client-s3';

export async function loadS3(): Promise<S3Module> {
  try {
    return (await import('@aws-sdk/client-s3')) as S3Module;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new Error(`files.type is "s3": the relay needs the ${S3_PACKAGE} package (npm install ${S3_PACKAGE}).`);
    }
    throw error;
  }
}

const safeKey = (key: string) => {
  if (!/^[\w-]+\/[\w.-]+$/.test(key) || key.includes('..')) throw new Error(`unsafe file key ${key}`);
  return key;
};

/** Whether an S3 error is worth another try: 5xx (InternalError, SlowDown, ServiceUnavailable), 429, network. */
function transient(error: unknown): boolean {
  const e = error as { $metadata?: { httpStatusCode?: number }; name?: string; code?: string; $retryable?: unknown };
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined) return status >= 500 || status === 429 || status === 408;
  return e.name !== 'NoSuchKey' && e.name !== 'AccessDenied';
}

export async function s3Files(config: S3FilesConfig, { tmpDir, attempts = 4, baseDelayMs = 100, env = process.env }: { tmpDir: string; attempts?: number; baseDelayMs?: number; env?: NodeJS.ProcessEnv }): Promise<FileStore> {
  const sdk = await loadS3();
  const client = new sdk.S3Client({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    forcePathStyle: config.forcePathStyle,
    credentials: {
      accessKeyId: resolveSecret(config.accessKeyId, env),
      secretAccessKey: resolveSecret(config.secretAccessKey, env),
      ...(config.sessionToken ? { sessionToken: resolveSecret(config.sessionToken, env) } : {}),
    },
    // Retries are ours (below): a streamed body must be read again from the file for each try.
    maxAttempts: 1,
    // The SDK's own notes ("non-retryable streaming request") would go to the console; our retries log the outcome.
    logger: { trace() {}, debug() {}, info() {}, warn() {}, error() {} },
    // Plain PUTs with a Content-Length, which every S3-compatible server takes (no aws-chunked trailers).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const prefix = config.prefix && !config.prefix.endsWith('/') ? `${config.prefix}/` : config.prefix;
  const bucket = config.bucket;
  const copies = new WeakMap<Blob, string>();
  const cache = path.join(tmpDir, 's3-read');

  async function retried<T>(what: string, run: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await run();
      } catch (error) {
        if (attempt >= attempts || !transient(error)) {
          const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
          throw Object.assign(new Error(`S3 ${what}: ${(error as Error).name}${status ? ` (${status})` : ''}: ${(error as Error).message}`), { cause: error, storage: true });
        }
        const ceiling = baseDelayMs * 2 ** (attempt - 1);
        await new Promise((resolve) => setTimeout(resolve, ceiling / 2 + (Math.random() * ceiling) / 2));
      }
    }
  }

  // Copies left by a relay that stopped mid-delivery.
  await rm(cache, { recursive: true, force: true });

  return {
    async put(tmpPath, key) {
      const { size } = await stat(tmpPath);
      const Key = prefix + safeKey(key);
      await retried(`PutObject ${Key}`, () =>
        client.send(new sdk.PutObjectCommand({ Bucket: bucket, Key, Body: createReadStream(tmpPath, { highWaterMark: 64 * 1024 }), ContentLength: size })),
      );
    },
    async blob(key, type) {
      const Key = prefix + safeKey(key);
      await mkdir(cache, { recursive: true });
      const copy = path.join(cache, randomUUID());
      await retried(`GetObject ${Key}`, async () => {
        const answer = await client.send(new sdk.GetObjectCommand({ Bucket: bucket, Key }));
        await pipeline(answer.Body as Readable, createWriteStream(copy));
      });
      const blob = await openAsBlob(copy, { type });
      copies.set(blob, copy);
      return blob;
    },
    async release(blob) {
      const copy = copies.get(blob);
      if (copy) await rm(copy, { force: true });
    },
    async removeApplication(id) {
      if (!/^[\w-]+$/.test(id)) return;
      const Prefix = `${prefix}${id}/`;
      let ContinuationToken: string | undefined;
      do {
        const page = await retried(`ListObjectsV2 ${Prefix}`, () => client.send(new sdk.ListObjectsV2Command({ Bucket: bucket, Prefix, ContinuationToken })));
        for (const object of page.Contents ?? []) {
          if (object.Key) await retried(`DeleteObject ${object.Key}`, () => client.send(new sdk.DeleteObjectCommand({ Bucket: bucket, Key: object.Key })));
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
    async sweepCopies(olderThanMs = 3_600_000) {
      const names = await readdir(cache).catch(() => [] as string[]);
      for (const name of names) {
        const file = path.join(cache, name);
        const info = await stat(file).catch(() => undefined);
        if (info && Date.now() - info.mtimeMs > olderThanMs) await rm(file, { force: true });
      }
    },
    close() {
      client.destroy();
    },
  };
}
