/**
 * The outbox worker: claims due entries (leased, so entries of a relay that died return after `leaseMs`), sends each
 * to its destination within that destination's rate limit, and records the outcome while it still holds the lease.
 * Failures are retried with exponential backoff and full jitter, never sooner than a Retry-After; a 429 pauses the
 * whole destination and does not count as a failed attempt; permanent refusals (401, 403, 404, 422, …) are marked
 * failed at once, for an operator to fix and "retry now" from the admin view.
 *
 * No duplicate after a crash, as far as each vendor allows: before a request goes out the entry is marked "sending"
 * (a fresh attempt id, committed), and the mark is cleared with the outcome. An entry claimed with the mark still set
 * may have been sent (the relay died between the request and its commit, or its lease lapsed): per ON_UNCERTAIN the
 * webhook and e-mail are sent again under the same Idempotency-Key / Message-ID, Greenhouse, Lever and Workable are
 * asked first (when their lookup credentials are configured), and the others are parked in `review` for an operator.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Destination, RelayConfig } from './config.js';
import type { FileStore } from './files.js';
import { DEFAULT_RATE, FORWARDERS, LOOKUPS, ON_UNCERTAIN } from './forwarders/index.js';
import { DeliveryError, type ForwardContext, type Forwarder, type Lookup } from './forwarders/forwarder.js';
import type { Logger } from './log.js';
import type { Outcome, Store } from './store/store.js';
import type { OutboxEntry, StoredFile } from './types.js';

/** The delay before try number `attempts + 1`: exponential, capped, with full jitter (half to all of it). */
export function backoff(attempts: number, baseMs: number, maxMs: number, random = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempts, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Spaces the sends to one destination: at most `perSecond`, and none before a 429's Retry-After. */
class Limiter {
  private next = new Map<string, number>();
  async take(name: string, perSecond: number | undefined): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.next.get(name) ?? 0);
    this.next.set(name, perSecond ? at + 1000 / perSecond : at);
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
  }
  pause(name: string, until: number) {
    this.next.set(name, Math.max(this.next.get(name) ?? 0, until));
  }
}

/** Whether a destination's lookup has what it needs (its own credentials where the vendor wants another key). */
export function lookupConfigured(dest: Destination): boolean {
  if (dest.type === 'greenhouse') return Boolean(dest.harvestApiKey);
  if (dest.type === 'lever') return Boolean(dest.lookupApiKey);
  return Boolean(LOOKUPS[dest.type]);
}

export interface OutboxWorker {
  readonly owner: string;
  start(): void;
  /** Looks for due entries now (after a new application was stored). */
  kick(): void;
  stop(): Promise<void>;
}

export function createOutboxWorker({ config, store, files, log }: { config: RelayConfig; store: Store; files: FileStore; log: Logger }): OutboxWorker {
  const owner = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  const limiter = new Limiter();
  const o = config.outbox;
  let running = false;
  let wake: (() => void) | undefined;
  let kicked = false;
  let loop: Promise<void> | undefined;

  async function deliver(entry: OutboxEntry): Promise<void> {
    const dest = config.destinations.find((d) => d.name === entry.destination);
    const finish = async (outcome: Outcome) => {
      if (!(await store.complete(entry.id, owner, outcome))) log('warn', 'outbox lease lost before the outcome was recorded', { entry: entry.id, destination: entry.destination });
    };
    if (!dest) return finish({ state: 'failed', error: `destination "${entry.destination}" is not configured`, counted: true });
    const app = await store.getApplication(entry.applicationId);
    if (!app) return finish({ state: 'failed', error: 'the application is gone (retention)', counted: true });
    await limiter.take(dest.name, dest.rateLimit?.perSecond ?? DEFAULT_RATE[dest.type]);
    const forward = FORWARDERS[dest.type] as Forwarder<Destination>;
    const lookup = LOOKUPS[dest.type] as Lookup<Destination> | undefined;
    const canLookUp = ON_UNCERTAIN[dest.type] === 'lookup' && lookupConfigured(dest);
    const opened: Blob[] = [];
    const file = async (f: StoredFile) => {
      const blob = await files.blob(f.key, f.type);
      opened.push(blob);
      return blob;
    };
    const ctx: ForwardContext<Destination> = { app, dest, deliveryId: entry.id, file, timeoutMs: dest.timeoutMs ?? o.timeoutMs, log };
    if (entry.attemptId) {
      // An earlier try was marked "sending" and its outcome never recorded: it may have reached the destination.
      const policy = ON_UNCERTAIN[dest.type];
      if (policy === 'lookup' && canLookUp && lookup) {
        let found: boolean | undefined;
        try {
          found = await lookup(ctx);
        } catch (error) {
          const e = error instanceof DeliveryError ? error : new DeliveryError((error as Error).message);
          if (e.options.permanent) {
            log('error', 'interrupted delivery: the destination could not be asked: parked for review', { application: app.id, destination: dest.name, error: e.message });
            return finish({ state: 'review', error: `An earlier try may have reached ${dest.name}, and asking it failed (${e.message}): check for ${app.email}, then "retry now" or "mark delivered".`, status: e.options.status, counted: false, uncertain: true });
          }
          const delay = Math.max(e.options.retryAfterMs ?? 0, backoff(entry.attempts, o.baseDelayMs, o.maxDelayMs));
          return finish({ state: 'pending', nextAt: Date.now() + delay, error: `lookup: ${e.message}`, status: e.options.status, counted: !e.options.throttled, uncertain: true });
        }
        if (found) {
          log('info', 'interrupted delivery found at the destination: not sent again', { application: app.id, destination: dest.name });
          return finish({ state: 'delivered', counted: false, error: 'found at the destination after an interrupted try (not sent again)' });
        }
        log('info', 'interrupted delivery not found at the destination: sending', { application: app.id, destination: dest.name });
      } else if (policy !== 'resend') {
        log('warn', 'interrupted delivery parked for review (the destination can neither dedupe nor be asked)', { application: app.id, destination: dest.name });
        return finish({
          state: 'review',
          error: `An earlier try may have reached ${dest.name} (the relay stopped before recording its answer), and ${dest.type} can neither dedupe nor be asked here: check for ${app.email}, then "retry now" or "mark delivered".`,
          counted: false,
          uncertain: true,
        });
      }
    }
    if (!(await store.markSending(entry.id, owner, randomUUID()))) {
      log('warn', 'outbox lease lost before sending', { entry: entry.id, destination: entry.destination });
      return;
    }
    try {
      try {
        await forward(ctx);
      } finally {
        if (files.release) await Promise.all(opened.map((blob) => files.release!(blob).catch(() => {})));
      }
      await finish({ state: 'delivered', counted: true });
      log('info', 'application forwarded', { application: app.id, destination: dest.name, attempts: entry.attempts + 1 });
    } catch (error) {
      const e = error instanceof DeliveryError ? error : new DeliveryError((error as Error).message);
      const { status, permanent, throttled, retryAfterMs } = e.options;
      if (permanent) {
        log('error', 'forwarding refused: marked failed', { application: app.id, destination: dest.name, status, error: e.message });
        return finish({ state: 'failed', error: e.message, status, counted: true });
      }
      if (!throttled && entry.attempts + 1 >= o.maxAttempts) {
        log('error', 'forwarding failed too often: marked failed', { application: app.id, destination: dest.name, status, error: e.message });
        return finish({ state: 'failed', error: e.message, status, counted: true });
      }
      const delay = Math.max(retryAfterMs ?? 0, backoff(entry.attempts, o.baseDelayMs, o.maxDelayMs));
      if (throttled) limiter.pause(dest.name, Date.now() + (retryAfterMs ?? delay));
      log('warn', throttled ? 'destination throttled: queued' : 'forwarding failed: will retry', { application: app.id, destination: dest.name, status, error: e.message, retryInMs: delay });
      // No answer (a time-out, a dropped connection): it may have arrived; where the vendor can be asked, ask before resending.
      return finish({ state: 'pending', nextAt: Date.now() + delay, error: e.message, status, counted: !throttled, uncertain: status === undefined && canLookUp });
    }
  }

  async function run() {
    while (running) {
      let entries: OutboxEntry[] = [];
      try {
        entries = await store.claim(owner, o.batch, o.leaseMs);
      } catch (error) {
        log('error', 'outbox claim failed', { error });
      }
      if (entries.length) {
        await Promise.all(entries.map((entry) => deliver(entry).catch((error) => log('error', 'outbox entry failed unexpectedly', { entry: entry.id, error }))));
        continue;
      }
      if (!running) break;
      if (kicked) {
        kicked = false;
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, o.pollMs);
        wake = () => (clearTimeout(timer), resolve());
      });
      wake = undefined;
      kicked = false;
    }
  }

  return {
    owner,
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    kick() {
      kicked = true;
      wake?.();
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
    },
  };
}
