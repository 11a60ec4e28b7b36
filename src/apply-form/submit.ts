/**
 * Sends an application to an endpoint that follows the apply contract (see README, "Apply endpoint"), and turns
 * every outcome into either a success or an `ApplyError` that says whether sending again can help.
 * No DOM: testable on its own.
 */

export interface ApplySuccess {
  /** The server's `message`, if it sent one. */
  message?: string;
  /** The server's parsed JSON answer (or undefined when it sent none). */
  response: unknown;
}

/** A field the server refused, named by the form field's `name`. */
export interface ServerFieldError {
  field: string;
  message: string;
}

/** `unconfigured`: the form has neither an `action` nor an `email` to send to. */
export type ApplyFailureKind = 'network' | 'timeout' | 'server' | 'rejected' | 'unconfigured';

export class ApplyError extends Error {
  override name = 'ApplyError';
  constructor(
    readonly kind: ApplyFailureKind,
    /** HTTP status, 0 when no answer arrived. */
    readonly status: number,
    /** The server's own `message`, if any. */
    readonly serverMessage: string | undefined,
    readonly fieldErrors: ServerFieldError[] = [],
  ) {
    super(serverMessage ?? kind);
  }

  /** Network failures, time-outs, 5xx and 429 may succeed on a later try; other 4xx answers will not. */
  get retryable(): boolean {
    if (this.kind === 'unconfigured') return false;
    return this.kind !== 'rejected' || this.status === 429 || this.status === 408;
  }
}

export interface SendOptions {
  /** The same key for every try of one application, so the server stores it once. */
  idempotencyKey: string;
  signal?: AbortSignal;
  /** Milliseconds; uploads of a 10 MB resume on a slow line need a generous default. */
  timeout?: number;
}

export const DEFAULT_SUBMIT_TIMEOUT = 60_000;

async function readJson(response: Response): Promise<unknown> {
  if (!/json/i.test(response.headers.get('Content-Type') ?? '')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

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

/** A fresh idempotency key. `crypto.randomUUID` needs a secure context; plain-http pages get random bytes instead. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function sendApplication(action: string, data: FormData, options: SendOptions): Promise<ApplySuccess> {
  const timer = AbortSignal.timeout(options.timeout ?? DEFAULT_SUBMIT_TIMEOUT);
  const signal = options.signal ? AbortSignal.any([options.signal, timer]) : timer;
  let response: Response;
  try {
    response = await fetch(action, {
      method: 'POST',
      body: data,
      headers: { Accept: 'application/json', 'Idempotency-Key': options.idempotencyKey },
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    throw new ApplyError(timer.aborted ? 'timeout' : 'network', 0, undefined);
  }
  const body = await readJson(response);
  if (response.ok) return { message: messageOf(body), response: body };
  const kind = response.status >= 500 ? 'server' : 'rejected';
  throw new ApplyError(kind, response.status, messageOf(body), fieldErrorsOf(body));
}
