/**
 * Receives one application under the apply contract: streams the multipart body to disk, answers a repeated
 * Idempotency-Key from the store (replay, 422 with `earlier`, 409 while the first is in progress), checks the
 * application with the form's own rules (src/apply-form/validate.ts) against the posting's questions, moves the files
 * into the file store and commits application + files + outbox in one transaction, and only then answers 201.
 */
import { randomUUID } from 'node:crypto';
import { openAsBlob } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_TOTAL_SIZE, HONEYPOT, kindOf, sniffFiles, validateApplication } from '../apply-form/validate.js';
import type { Posting } from '../feed/schema.js';
import type { RelayConfig } from './config.js';
import type { FileStore } from './files.js';
import { formDataOf, type FieldError } from './form-data.js';
import { changedFields, fingerprintOf, FOLLOW_UP_FIELD, KEY_IN_USE, KEY_REUSED, sha256 } from './fingerprint.js';
import type { Logger } from './log.js';
import { drain, parseMultipart, Refusal, type Part } from './multipart.js';
import type { Postings } from './feeds.js';
import type { Store } from './store/store.js';
import type { Answer, Application, StoredFile } from './types.js';

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Close the connection after answering (the body was not read to its end). */
  close?: boolean;
}

export interface IncomingApplication {
  headers: Record<string, string>;
  body: Readable;
}

export interface Receiver {
  receive(request: IncomingApplication): Promise<Reply>;
  /** Applications being received right now. */
  readonly receiving: number;
}

const problem = (status: number, type: string, title: string, detail: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Reply => ({
  status,
  body: { type, title, status, detail, message: detail, errors: [], ...extra },
  headers: { 'Content-Type': 'application/problem+json; charset=utf-8', ...headers },
});

/** The destinations (by name) that take applications for a posting. */
export function destinationsFor(config: RelayConfig, postingId: string): string[] {
  return config.destinations.filter((d) => d.postings === '*' || d.postings.includes(postingId)).map((d) => d.name);
}

export function createReceiver({ config, store, files, postings, log, onStored }: { config: RelayConfig; store: Store; files: FileStore; postings: Postings; log: Logger; onStored?: () => void }): Receiver {
  const maxFileSize = config.limits.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const maxTotalSize = config.limits.maxTotalSize ?? DEFAULT_MAX_TOTAL_SIZE;
  const bodyLimit = maxTotalSize + 1_000_000;
  const tmpRoot = path.join(config.dataDir, 'tmp');
  /** Keys whose first request is still being received here: a second one meanwhile gets 409. */
  const inFlight = new Set<string>();
  let receiving = 0;

  async function check(parts: Part[], posting: Posting): Promise<{ errors: FieldError[] }> {
    const questions = posting.questions ?? [];
    const { data, errors } = await formDataOf(parts, posting);
    await sniffFiles(data);
    for (const [field, message] of Object.entries(validateApplication(data, { questions, files: true, maxFileSize, maxTotalSize }))) errors.push({ field, message });
    return { errors };
  }

  /** The application record from checked parts; files are moved into the file store. */
  async function build(parts: Part[], posting: Posting, id: string, followUpOf: string | undefined): Promise<Application> {
    const questions = posting.questions ?? [];
    const text = (name: string) => parts.find((p) => p.name === name && !p.file)?.value;
    const all = (name: string) => parts.filter((p) => p.name === name && !p.file).map((p) => p.value!.trim()).filter(Boolean);
    const stored: StoredFile[] = [];
    for (const p of parts) {
      if (!p.file || !p.file.size || stored.some((f) => f.field === p.name)) continue; // one file per field
      const kind = kindOf(new Uint8Array(await (await openAsBlob(p.file.path)).slice(0, 4).arrayBuffer()))!;
      const key = `${id}/${p.name.replace(/[^\w.-]/g, '_')}.${kind}`;
      await files.put(p.file.path, key);
      stored.push({ field: p.name, name: p.file.filename, type: TYPES[kind], size: p.file.size, sha256: p.file.sha256, key });
    }
    const answers: Answer[] = questions.map((q) => {
      const field = `answers.${q.id}`;
      const file = stored.find((f) => f.field === field);
      const values = all(field);
      const answer = file ? file.name : q.type === 'multiple-choice' ? values : (values[0] ?? null);
      return { id: q.id, label: q.label, type: q.type, answer: Array.isArray(answer) && !answer.length ? null : answer };
    });
    const known = /^(postingId|name|email|phone|coverLetter|links|resume|consent|talentPool|follow_up_of|answers\..+)$/;
    const extra: Record<string, string[]> = {};
    for (const p of parts) if (!p.file && !known.test(p.name) && p.name !== HONEYPOT) (extra[p.name] ??= []).push(p.value);
    return {
      id,
      receivedAt: new Date().toISOString(),
      postingId: posting.id,
      postingTitle: posting.title,
      ...(followUpOf ? { followUpOf } : {}),
      name: (text('name') ?? '').trim(),
      email: (text('email') ?? '').trim(),
      ...(text('phone')?.trim() ? { phone: text('phone')!.trim() } : {}),
      ...(text('coverLetter')?.trim() ? { coverLetter: text('coverLetter')! } : {}),
      links: all('links'),
      consent: text('consent') === 'yes',
      talentPool: text('talentPool') === 'yes',
      answers,
      files: stored,
      extra,
    };
  }

  async function answerFor(parts: Part[], key: string): Promise<Reply> {
    const keyHash = sha256(key);
    const { fingerprint, fields } = fingerprintOf(parts);
    const reused = (kept: NonNullable<Awaited<ReturnType<Store['findKey']>>>): Reply => {
      if (kept.fingerprint === fingerprint) return { status: kept.status, body: kept.body, headers: { 'Idempotent-Replayed': 'true' } };
      const detail =
        'An earlier version of this application was already received under this Idempotency-Key, and this request differs from it: ' +
        `it was not stored. To add the changes, send them with a new Idempotency-Key and the field ${FOLLOW_UP_FIELD}=${kept.applicationId}.`;
      const changed = changedFields(kept.fields, fields, parts.map((p) => p.name));
      return problem(422, KEY_REUSED, 'This Idempotency-Key was used for a different application.', detail, { earlier: { id: kept.applicationId, receivedAt: kept.receivedAt, changed } });
    };
    const kept = await store.findKey(keyHash);
    if (kept) return reused(kept);

    const text = (name: string) => parts.find((p) => p.name === name && !p.file)?.value;
    // A filled honeypot: thanked like anyone, nothing stored or sent.
    if (text(HONEYPOT)) return { status: 201, body: { id: randomUUID(), message: 'Thank you! We received your application.' } };
    const postingId = text('postingId') ?? '';
    const posting = await postings.find(postingId);
    if (!posting) return { status: 422, body: { message: 'This posting does not take applications here.', errors: [{ field: 'postingId', message: 'Unknown posting.' }] } };
    const { errors } = await check(parts, posting);
    const followUpOf = text(FOLLOW_UP_FIELD);
    if (followUpOf !== undefined && (!/^[\w-]{1,100}$/.test(followUpOf) || (await store.getApplication(followUpOf))?.postingId !== postingId)) {
      errors.push({ field: FOLLOW_UP_FIELD, message: 'There is no earlier application with this id for this posting.' });
    }
    if (errors.length) return { status: 422, body: { message: 'Some fields need attention.', errors } };

    const id = randomUUID();
    let app: Application;
    try {
      app = await build(parts, posting, id, followUpOf);
    } catch (error) {
      // The file store failed (object storage down): nothing is acknowledged; the candidate's retry stores it all.
      log('error', 'files could not be stored: not acknowledged', { id, error: (error as Error).message });
      await files.removeApplication(id).catch(() => {});
      return { status: 503, body: { message: 'The application could not be stored just now. Please try again.', errors: [] }, headers: { 'Retry-After': '2' } };
    }
    const body = { id, message: `Thank you, ${app.name}! We received your application.`, ...(followUpOf ? { followUpOf } : {}) };
    const result = await store.insertApplication(app, { hash: keyHash, fingerprint, fields, status: 201, body }, destinationsFor(config, postingId));
    if (!result.stored) {
      await files.removeApplication(id); // another relay stored this key first
      return reused(result.kept);
    }
    log('info', 'application stored', { id, postingId, files: app.files.length, followUpOf });
    onStored?.();
    return { status: 201, body };
  }

  async function receive({ headers, body }: IncomingApplication): Promise<Reply> {
    const key = headers['idempotency-key'] ?? '';
    const refuseEarly = async (reply: Reply): Promise<Reply> => ((await drain(body, bodyLimit)) ? reply : { ...reply, close: true });
    if (receiving >= config.limits.maxConcurrent) {
      return refuseEarly({ status: 503, body: { message: 'Too many applications are arriving at once.', errors: [] }, headers: { 'Retry-After': '2' } });
    }
    if (!key || key.length > 200) return refuseEarly({ status: 400, body: { message: 'The Idempotency-Key header is missing.', errors: [] } });
    if (inFlight.has(key)) {
      return refuseEarly(
        problem(409, KEY_IN_USE, 'This application is still being received.', 'An earlier request with this Idempotency-Key is still in progress. Try again in a moment.', {}, { 'Retry-After': '1' }),
      );
    }
    if (!/^multipart\/form-data\s*;.*\bboundary=/i.test(headers['content-type'] ?? '')) {
      return refuseEarly({ status: 400, body: { message: 'The request is not multipart/form-data.', errors: [] } });
    }
    receiving++;
    inFlight.add(key);
    const tmp = path.join(tmpRoot, randomUUID());
    try {
      await mkdir(tmp, { recursive: true });
      const parts = await parseMultipart(body, headers, tmp, {
        parts: config.limits.parts,
        fieldSize: config.limits.fieldSize,
        fileSize: maxFileSize,
        body: bodyLimit,
        idleMs: config.limits.bodyIdleTimeoutMs,
      });
      return await answerFor(parts, key);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      const reply: Reply = { status: error.status, body: { message: error.message, errors: error.errors }, headers: { Connection: 'close', ...error.headers } };
      if (error.status === 408) return { ...reply, close: true };
      return refuseEarly(reply);
    } finally {
      receiving--;
      inFlight.delete(key);
      await rm(tmp, { recursive: true, force: true });
    }
  }

  return {
    receive,
    get receiving() {
      return receiving;
    },
  };
}
