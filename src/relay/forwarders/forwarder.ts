/**
 * What a destination is given, what it answers, and the HTTP helpers the ATS forwarders share: a try that fails is a
 * `DeliveryError` saying whether to try again (5xx, 429, time-outs, network) or never (401, 403, 404, 400, 422).
 */
import type { Destination } from '../config.js';
import type { Logger } from '../log.js';
import type { Application, StoredFile } from '../types.js';

export interface ForwardContext<D extends Destination = Destination> {
  app: Application;
  dest: D;
  /** Stable per application and destination: an idempotency key for destinations that honour one. */
  deliveryId: string;
  file(f: StoredFile): Promise<Blob>;
  timeoutMs: number;
  log: Logger;
}

export type Forwarder<D extends Destination = Destination> = (ctx: ForwardContext<D>) => Promise<void>;

/**
 * Asks the destination whether this application already arrived, after a try whose outcome is unknown (the relay
 * stopped mid-request, or the request timed out): true (it did: recorded as delivered, not sent again), false (it did
 * not: sent), or undefined when it cannot be asked (no lookup credentials configured).
 */
export type Lookup<D extends Destination = Destination> = (ctx: ForwardContext<D>) => Promise<boolean | undefined>;

/** Clock skew allowed between the vendor and the relay when comparing "applied at" with "received at". */
export const SKEW_MS = 5 * 60_000;

/** A GET that returns parsed JSON or throws a (retryable unless 4xx) DeliveryError. */
export async function lookupJson(url: string, headers: Record<string, string>, timeoutMs: number): Promise<unknown> {
  const response = await send(url, { method: 'GET', headers: { Accept: 'application/json', ...headers } }, timeoutMs);
  return response.json();
}

export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly options: { status?: number; permanent?: boolean; retryAfterMs?: number; throttled?: boolean } = {},
  ) {
    super(message);
  }
}

/** Retry-After in ms: seconds or an HTTP date. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const PERMANENT = new Set([400, 401, 403, 404, 405, 410, 413, 415, 422]);

/** One HTTP try with a time-out; returns the response of a 2xx, throws a classified DeliveryError otherwise. */
export async function send(url: string, init: RequestInit, timeoutMs: number): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
  } catch (error) {
    const cause = (error as Error).name === 'TimeoutError' ? `timed out after ${timeoutMs} ms` : (error as Error).message;
    throw new DeliveryError(`${new URL(url).host}: ${cause}`);
  }
  if (response.ok) return response;
  const text = (await response.text().catch(() => '')).slice(0, 300);
  const message = `${new URL(url).host} answered ${response.status}${text ? `: ${text}` : ''}`;
  if (response.status === 429) throw new DeliveryError(message, { status: 429, throttled: true, retryAfterMs: retryAfterMs(response.headers.get('retry-after')) });
  throw new DeliveryError(message, { status: response.status, permanent: PERMANENT.has(response.status), retryAfterMs: retryAfterMs(response.headers.get('retry-after')) });
}

export const basic = (user: string, password = '') => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** First and last name for vendors that want both: the last word is the last name. */
export function splitName(name: string): { first: string; last: string } {
  const words = name.trim().split(/\s+/);
  return words.length > 1 ? { first: words.slice(0, -1).join(' '), last: words.at(-1)! } : { first: words[0] ?? '', last: words[0] ?? '' };
}

export const answerText = (answer: string | string[] | null) => (Array.isArray(answer) ? answer.join(', ') : (answer ?? ''));

/** The application as plain text: the e-mail's body, and what vendors without a field for it get in the cover letter. */
export function applicationText(app: Application, { only }: { only?: Set<string> } = {}): string {
  const lines: string[] = [];
  const full = !only;
  if (full) {
    lines.push(`Application for ${app.postingTitle} (${app.postingId})`, '', `Name: ${app.name}`, `E-mail: ${app.email}`);
    if (app.phone) lines.push(`Phone: ${app.phone}`);
  }
  if (full || only.has('links')) app.links.forEach((link, i) => lines.push(`Link ${i + 1}: ${link}`));
  const answers = app.answers.filter((a) => a.answer !== null && (full || only.has(`answers.${a.id}`)));
  if (answers.length) lines.push('', ...answers.flatMap((a) => [a.label, `  ${answerText(a.answer).replace(/\n/g, '\n  ')}`]));
  if (full) {
    if (app.coverLetter) lines.push('', 'Cover letter:', app.coverLetter);
    lines.push('', `Consent to processing: ${app.consent ? 'yes' : 'no'}`, `Talent pool: ${app.talentPool ? 'yes' : 'no'}`);
    if (app.followUpOf) lines.push(`Follow-up of application ${app.followUpOf}`);
    if (app.files.length) lines.push('', `Files: ${app.files.map((f) => `${f.field}: ${f.name} (${f.size} bytes)`).join('; ')}`);
    lines.push('', `Received ${app.receivedAt}, application ${app.id}`);
  }
  return lines.join('\n');
}

/** The cover letter plus what the vendor has no field for (links, unmapped answers), as text. */
export function coverLetterWith(app: Application, unmapped: Set<string>): string | undefined {
  const addendum = unmapped.size ? applicationText(app, { only: unmapped }).trim() : '';
  const text = [app.coverLetter?.trim(), addendum].filter(Boolean).join('\n\n');
  return text || undefined;
}

/** The vendor's job id for our posting (the ATS adapters keep the vendor's ids, so by default the same). */
export const jobIdOf = (dest: { jobIds?: Record<string, string> }, postingId: string) => (dest.jobIds && Object.hasOwn(dest.jobIds, postingId) ? dest.jobIds[postingId] : postingId);
export const questionIdOf = (dest: { questions?: Record<string, string> }, id: string) => (dest.questions && Object.hasOwn(dest.questions, id) ? dest.questions[id] : undefined);
