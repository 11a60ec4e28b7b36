/**
 * Sends an application to an endpoint that follows the apply contract (see README, "Apply endpoint"), and turns
 * every outcome into either a success or an `ApplyError` that says whether sending again can help.
 * Framework-free: no Lit, no element.
 */

export interface ApplySuccess {
  /** The server's `message`, if it sent one. */
  message?: string;
  /** The server's parsed JSON answer (or undefined when it sent none). */
  response: unknown;
}

/** A field the server refused, named by its path: `email`, `links[1]`, `answers.<question id>`. */
export interface ServerFieldError {
  field: string;
  message: string;
}

/** `unconfigured`: the form has neither an `action` nor an `email` to send to. */
export type ApplyFailureKind = 'network' | 'timeout' | 'server' | 'rejected' | 'unconfigured';

/**
 * What a server following the contract says when an Idempotency-Key comes back with a different body: it already
 * has an earlier version of this application (`id`, stored at `receivedAt`), which lacks the fields in `changed`.
 */
export interface EarlierVersion {
  id: string;
  receivedAt: string;
  /** Field names whose values differ from the earlier version (`coverLetter`, `resume`, `answers.<id>`). */
  changed: string[];
}

/** The problem type of that answer (a 422, `application/problem+json`). */
export const KEY_REUSED = 'urn:careers-widgets:problem:idempotency-key-reused';

export class ApplyError extends Error {
  override name = 'ApplyError';
  constructor(
    readonly kind: ApplyFailureKind,
    /** HTTP status, 0 when no answer arrived. */
    readonly status: number,
    /** The server's own `message`, if any. */
    readonly serverMessage: string | undefined,
    readonly fieldErrors: ServerFieldError[] = [],
    /** The answer's `Retry-After` header, if any (see retry.ts). */
    readonly retryAfter: string | null = null,
    /** Set when the server already has an earlier version of this application under the same key (422). */
    readonly earlier?: EarlierVersion,
  ) {
    super(serverMessage ?? kind);
  }

  /** Network failures, time-outs, 5xx, 408, 409 (an earlier try still in progress) and 429 may succeed on a later try; other 4xx answers will not. */
  get retryable(): boolean {
    if (this.kind === 'unconfigured') return false;
    return this.kind !== 'rejected' || [408, 409, 429].includes(this.status);
  }

  /** No answer arrived (a dropped connection, a time-out): the application may or may not have been stored. */
  get unconfirmed(): boolean {
    return this.kind === 'network' || this.kind === 'timeout';
  }
}

export interface SendOptions {
  /** The same key for every try of one application, so the server stores it once. */
  idempotencyKey: string;
  /** Aborting it cancels the upload; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Milliseconds; uploads of a 10 MB resume on a slow line need a generous default. */
  timeout?: number;
  /** Upload progress, in bytes of the request body. */
  onProgress?: (loaded: number, total: number) => void;
}

export const DEFAULT_SUBMIT_TIMEOUT = 60_000;

function messageOf(body: unknown): string | undefined {
  const message = (body as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' && message.trim() ? message.trim() : undefined;
}

function fieldErrorsOf(body: unknown): ServerFieldError[] {
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.filter(
    (error): error is ServerFieldError => typeof error?.field === 'string' && typeof error?.message === 'string',
  );
}

function earlierOf(body: unknown): EarlierVersion | undefined {
  const { type, earlier } = (body ?? {}) as { type?: unknown; earlier?: Partial<EarlierVersion> };
  if (type !== KEY_REUSED || typeof earlier?.id !== 'string' || !earlier.id) return undefined;
  const changed = Array.isArray(earlier.changed) ? earlier.changed.filter((name): name is string => typeof name === 'string') : [];
  return { id: earlier.id, receivedAt: typeof earlier.receivedAt === 'string' ? earlier.receivedAt : '', changed };
}

/** A fresh idempotency key. `crypto.randomUUID` needs a secure context; plain-http pages get random bytes instead. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * POSTs the application as `multipart/form-data`. XMLHttpRequest rather than `fetch`, because only it reports upload
 * progress; the outcome is classified the same way: network failure, time-out, `server` (5xx) or `rejected` (4xx).
 */
export function sendApplication(action: string, data: FormData, { idempotencyKey, signal, timeout, onProgress }: SendOptions): Promise<ApplySuccess> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const xhr = new XMLHttpRequest();
    const fail = (kind: ApplyFailureKind) => () => reject(new ApplyError(kind, 0, undefined));
    xhr.open('POST', action);
    xhr.timeout = timeout ?? DEFAULT_SUBMIT_TIMEOUT;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Idempotency-Key', idempotencyKey);
    xhr.onerror = fail('network');
    xhr.ontimeout = fail('timeout');
    xhr.onabort = () => reject(signal?.reason);
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    if (onProgress) xhr.upload.onprogress = (event) => onProgress(event.loaded, event.total);
    xhr.onload = () => {
      let body: unknown;
      try {
        body = /json/i.test(xhr.getResponseHeader('Content-Type') ?? '') ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        // Not JSON after all: as if there were no body.
      }
      const { status } = xhr;
      if (status >= 200 && status < 300) resolve({ message: messageOf(body), response: body });
      else {
        const kind = status >= 500 ? 'server' : 'rejected';
        reject(new ApplyError(kind, status, messageOf(body), fieldErrorsOf(body), xhr.getResponseHeader('Retry-After'), status === 422 ? earlierOf(body) : undefined));
      }
    };
    xhr.send(data);
  });
}
