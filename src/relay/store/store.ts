/**
 * The relay's database, behind one interface with two implementations: SQLite (embedded, the default) and
 * PostgreSQL (several relays on one database). Everything an acknowledgement promises is written by
 * `insertApplication` in one transaction: the application, its files' metadata, the Idempotency-Key's answer and
 * one outbox entry per destination.
 */
import type { Application, KeptAnswer, OutboxEntry } from '../types.js';

export interface NewKey {
  hash: string;
  fingerprint: string;
  fields: Record<string, string>;
  status: number;
  body: unknown;
}

export interface Outcome {
  state: 'delivered' | 'failed' | 'pending' | 'review';
  /** Keep the "sending" mark (the try may have reached the destination: a time-out): the next try looks first. */
  uncertain?: boolean;
  /** When pending: epoch ms of the next try. */
  nextAt?: number;
  error?: string;
  status?: number;
  /** Whether this try counts as an attempt (a 429 does not). */
  counted: boolean;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  findKey(hash: string): Promise<KeptAnswer | undefined>;
  /** Stores it all in one transaction; when the key was taken meanwhile (another relay), nothing is stored and the kept answer is returned. */
  insertApplication(app: Application, key: NewKey, destinations: string[]): Promise<{ stored: true } | { stored: false; kept: KeptAnswer }>;
  getApplication(id: string): Promise<Application | undefined>;
  listApplications(limit: number, offset?: number): Promise<{ application: Application; outbox: OutboxEntry[] }[]>;
  /** Claims up to `limit` due entries for `owner` until now + leaseMs; a lapsed lease (a dead worker) is claimable again. */
  claim(owner: string, limit: number, leaseMs: number): Promise<OutboxEntry[]>;
  /** Records a try's outcome, only while `owner` still holds the lease. Returns false when the lease was lost. */
  complete(id: string, owner: string, outcome: Outcome): Promise<boolean>;
  /** Marks a claimed entry "sending" with this try's id, durably, before its request goes out (only while `owner` holds the lease). */
  markSending(id: string, owner: string, attemptId: string): Promise<boolean>;
  /** Makes a failed, parked or waiting entry due now ("retry now": an operator's decision, so the "sending" mark is cleared). */
  retryNow(id: string): Promise<boolean>;
  /** An operator found it in the destination: marks a failed or parked entry delivered. */
  markDelivered(id: string): Promise<boolean>;
  outboxCounts(): Promise<Record<string, number>>;
  /** Deletes applications received before `cutoff` (ISO time), with their keys, files' rows and outbox; returns their ids. */
  deleteBefore(cutoff: string): Promise<string[]>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS applications (
     id TEXT PRIMARY KEY, received_at TEXT NOT NULL, posting_id TEXT NOT NULL, follow_up_of TEXT, record TEXT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS applications_received ON applications (received_at)`,
  `CREATE TABLE IF NOT EXISTS files (
     application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE, field TEXT NOT NULL, name TEXT NOT NULL,
     type TEXT NOT NULL, size BIGINT NOT NULL, sha256 TEXT NOT NULL, file_key TEXT NOT NULL, PRIMARY KEY (application_id, field))`,
  `CREATE TABLE IF NOT EXISTS idempotency_keys (
     key_hash TEXT PRIMARY KEY, application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
     fingerprint TEXT NOT NULL, fields TEXT NOT NULL, status INTEGER NOT NULL, body TEXT NOT NULL, received_at TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS outbox (
     id TEXT PRIMARY KEY, application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
     destination TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0,
     next_at BIGINT NOT NULL, lease_owner TEXT, lease_until BIGINT, last_error TEXT, last_status INTEGER, delivered_at TEXT,
     attempt_id TEXT, attempt_at BIGINT)`,
  `CREATE INDEX IF NOT EXISTS outbox_due ON outbox (state, next_at)`,
  `CREATE INDEX IF NOT EXISTS outbox_application ON outbox (application_id)`,
];

/** Columns added after the first release: added to an existing database at start when missing. */
export const ADDED_COLUMNS: [table: string, column: string, type: string][] = [
  ['outbox', 'attempt_id', 'TEXT'],
  ['outbox', 'attempt_at', 'BIGINT'],
];

/** Row → entry (both databases name their columns alike). */
export function entryOf(row: Record<string, unknown>): OutboxEntry {
  return {
    id: String(row.id),
    applicationId: String(row.application_id),
    destination: String(row.destination),
    state: row.state as OutboxEntry['state'],
    attempts: Number(row.attempts),
    nextAt: Number(row.next_at),
    lastError: (row.last_error as string | null) ?? null,
    lastStatus: row.last_status == null ? null : Number(row.last_status),
    deliveredAt: (row.delivered_at as string | null) ?? null,
    leaseOwner: (row.lease_owner as string | null) ?? null,
    leaseUntil: row.lease_until == null ? null : Number(row.lease_until),
    attemptId: (row.attempt_id as string | null) ?? null,
  };
}

export function keptOf(row: Record<string, unknown>): KeptAnswer {
  return {
    applicationId: String(row.application_id),
    fingerprint: String(row.fingerprint),
    fields: JSON.parse(String(row.fields)),
    status: Number(row.status),
    body: JSON.parse(String(row.body)),
    receivedAt: String(row.received_at),
  };
}
