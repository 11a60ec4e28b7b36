/**
 * Streams a multipart/form-data body with busboy: text fields into memory (each capped), files straight to disk under
 * `tmp` with their SHA-256 and size, fsynced, so memory stays flat however large or many the uploads. Every limit
 * passed ends the parse at once with a `Refusal` (413), and so does a body that stalls (408).
 */
import busboy from 'busboy';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

export type Part = { name: string; value: string; file?: undefined } | { name: string; value?: undefined; file: UploadedFile };
export interface UploadedFile {
  filename: string;
  type: string;
  size: number;
  sha256: string;
  path: string;
}

export interface MultipartLimits {
  parts: number;
  fieldSize: number;
  /** Bytes per file; one byte more marks it too large. */
  fileSize: number;
  /** Bytes of the whole body. */
  body: number;
  idleMs: number;
}

/** An answer the request ends with, thrown from the parsing or the checks. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: { field: string; message: string }[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

async function fsyncFile(file: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Parses `body` (headers give the boundary); files go to `tmp` (which must exist). */
export function parseMultipart(body: Readable, headers: Record<string, string>, tmp: string, limits: MultipartLimits): Promise<Part[]> {
  return new Promise<Part[]>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers,
        limits: { parts: limits.parts, fields: limits.parts, files: limits.parts, fieldSize: limits.fieldSize, fileSize: limits.fileSize + 1, headerPairs: 50 },
        // Small buffers: with hundreds of uploads at once, each one's in-flight bytes are what memory is made of.
        highWaterMark: 16_384,
        fileHwm: 16_384,
        defParamCharset: 'utf8',
      });
    } catch {
      reject(new Refusal(400, 'The request is not multipart/form-data.'));
      return;
    }
    const parts: Part[] = [];
    const writes: Promise<void>[] = [];
    let failed = false;
    let total = 0;
    let timer: NodeJS.Timeout | undefined;
    const armIdle = () => {
      clearTimeout(timer);
      timer = setTimeout(() => fail(new Refusal(408, 'The request body stalled.')), limits.idleMs);
    };
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      clearTimeout(timer);
      body.unpipe(parser);
      body.off('data', count);
      parser.removeAllListeners();
      parser.on('error', () => {});
      Promise.allSettled(writes).then(() => reject(error));
    };
    const count = (chunk: Buffer) => {
      total += chunk.length;
      armIdle();
      if (total > limits.body) fail(new Refusal(413, 'The application is larger than this server accepts.'));
    };
    body.on('data', count);
    body.once('error', (error) => fail(error));
    body.once('aborted', () => fail(Object.assign(new Error('The client went away.'), { code: 'ECONNRESET' })));
    armIdle();

    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) {
        return fail(new Refusal(413, `The field ${name} is longer than this server accepts.`, [{ field: name, message: 'This answer is too long.' }]));
      }
      parts.push({ name, value });
    });
    parser.on('file', (name, stream, info) => {
      const file: UploadedFile = { filename: info.filename ?? '', type: info.mimeType, size: 0, sha256: '', path: path.join(tmp, String(parts.length)) };
      parts.push({ name, file });
      const hash = createHash('sha256');
      const out = createWriteStream(file.path);
      stream.on('data', (data: Buffer) => {
        file.size += data.length;
        hash.update(data);
      });
      stream.on('limit', () => fail(new Refusal(413, 'A file is larger than this server accepts.', [{ field: name, message: 'This file is too large.' }])));
      writes.push(
        new Promise<void>((done, error) => {
          out.on('error', error);
          out.on('finish', () => {
            file.sha256 = hash.digest('hex');
            fsyncFile(file.path).then(done, error);
          });
        }),
      );
      stream.pipe(out);
    });
    parser.on('partsLimit', () => fail(new Refusal(413, 'The application has more fields than this server accepts.')));
    parser.on('filesLimit', () => fail(new Refusal(413, 'The application has more files than this server accepts.')));
    parser.on('fieldsLimit', () => fail(new Refusal(413, 'The application has more fields than this server accepts.')));
    parser.on('error', () => fail(new Refusal(400, 'The request is not valid multipart/form-data.')));
    parser.on('close', () => {
      if (failed) return;
      clearTimeout(timer);
      body.off('data', count);
      Promise.all(writes).then(
        () => resolve(parts),
        (error) => fail(error),
      );
    });
    body.pipe(parser);
  });
}

/** Reads and discards the rest of a body (up to `limit` bytes), so an early answer still reaches the browser. */
export async function drain(body: Readable, limit: number): Promise<boolean> {
  let size = 0;
  try {
    for await (const chunk of body) {
      size += (chunk as Buffer).length;
      if (size > limit) return false;
    }
    return true;
  } catch {
    return false;
  }
}
