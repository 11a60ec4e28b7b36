/**
 * The embedded store: one SQLite file through better-sqlite3 (an optional peer dependency), in WAL mode with
 * synchronous=FULL, so a commit is on disk before the relay answers 2xx. Meant for one relay process; the outbox
 * still uses leases, so a restarted relay takes over what a killed one had claimed.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Application } from '../types.js';
import { ADDED_COLUMNS, entryOf, keptOf, SCHEMA, type Store } from './store.js';

type Database = import('better-sqlite3').Database;

export async function openSqlite(file: string): Promise<Store> {
  let Driver: typeof import('better-sqlite3');
  try {
    Driver = (await import('better-sqlite3')).default;
  } catch {
    throw new Error('The embedded store needs better-sqlite3 12 (npm install better-sqlite3@12), or set DATABASE_URL to a PostgreSQL database.');
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const db: Database = new Driver(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  for (const statement of SCHEMA) db.exec(statement);
  for (const [table, column, type] of ADDED_COLUMNS) {
    if (!(db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).some((c) => c.name === column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
  }

  const q = {
    key: db.prepare('SELECT * FROM idempotency_keys WHERE key_hash = ?'),
    app: db.prepare('INSERT INTO applications (id, received_at, posting_id, follow_up_of, record) VALUES (?, ?, ?, ?, ?)'),
    file: db.prepare('INSERT INTO files (application_id, field, name, type, size, sha256, file_key) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    keyInsert: db.prepare('INSERT INTO idempotency_keys (key_hash, application_id, fingerprint, fields, status, body, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    outbox: db.prepare('INSERT INTO outbox (id, application_id, destination, next_at) VALUES (?, ?, ?, ?)'),
    get: db.prepare('SELECT record FROM applications WHERE id = ?'),
    list: db.prepare('SELECT record FROM applications ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?'),
    outboxOf: db.prepare('SELECT * FROM outbox WHERE application_id = ? ORDER BY destination'),
    claim: db.prepare(
      `UPDATE outbox SET lease_owner = ?, lease_until = ? WHERE id IN (
         SELECT id FROM outbox WHERE state = 'pending' AND next_at <= ? AND (lease_until IS NULL OR lease_until < ?)
         ORDER BY next_at LIMIT ?) RETURNING *`,
    ),
    complete: db.prepare(
      `UPDATE outbox SET state = ?, next_at = ?, attempts = attempts + ?, last_error = ?, last_status = ?, delivered_at = ?,
         lease_owner = NULL, lease_until = NULL, attempt_id = CASE WHEN ? THEN attempt_id ELSE NULL END WHERE id = ? AND lease_owner = ?`,
    ),
    sending: db.prepare('UPDATE outbox SET attempt_id = ?, attempt_at = ? WHERE id = ? AND lease_owner = ?'),
    retry: db.prepare(`UPDATE outbox SET state = 'pending', next_at = ?, lease_owner = NULL, lease_until = NULL, attempt_id = NULL WHERE id = ? AND state <> 'delivered'`),
    markDelivered: db.prepare(
      `UPDATE outbox SET state = 'delivered', delivered_at = ?, last_error = 'marked delivered by an operator', lease_owner = NULL, lease_until = NULL, attempt_id = NULL WHERE id = ? AND state IN ('failed', 'review')`,
    ),
    counts: db.prepare('SELECT state, COUNT(*) AS n FROM outbox GROUP BY state'),
    old: db.prepare('SELECT id FROM applications WHERE received_at < ?'),
    del: db.prepare('DELETE FROM applications WHERE id = ?'),
  };

  const insert = db.transaction((app: Application, key, destinations: string[]) => {
    const existing = q.key.get(key.hash) as Record<string, unknown> | undefined;
    if (existing) return { stored: false as const, kept: keptOf(existing) };
    q.app.run(app.id, app.receivedAt, app.postingId, app.followUpOf ?? null, JSON.stringify(app));
    for (const f of app.files) q.file.run(app.id, f.field, f.name, f.type, f.size, f.sha256, f.key);
    q.keyInsert.run(key.hash, app.id, key.fingerprint, JSON.stringify(key.fields), key.status, JSON.stringify(key.body), app.receivedAt);
    const now = Date.now();
    for (const destination of destinations) q.outbox.run(randomUUID(), app.id, destination, now);
    return { stored: true as const };
  });

  return {
    kind: 'sqlite',
    async findKey(hash) {
      const row = q.key.get(hash) as Record<string, unknown> | undefined;
      return row && keptOf(row);
    },
    async insertApplication(app, key, destinations) {
      return insert.immediate(app, key, destinations);
    },
    async getApplication(id) {
      const row = q.get.get(id) as { record: string } | undefined;
      return row && JSON.parse(row.record);
    },
    async listApplications(limit, offset = 0) {
      return (q.list.all(limit, offset) as { record: string }[]).map(({ record }) => {
        const application = JSON.parse(record) as Application;
        return { application, outbox: (q.outboxOf.all(application.id) as Record<string, unknown>[]).map(entryOf) };
      });
    },
    async claim(owner, limit, leaseMs) {
      const now = Date.now();
      return (q.claim.all(owner, now + leaseMs, now, now, limit) as Record<string, unknown>[]).map(entryOf);
    },
    async complete(id, owner, o) {
      const delivered = o.state === 'delivered' ? new Date().toISOString() : null;
      const info = q.complete.run(o.state, o.nextAt ?? Date.now(), o.counted ? 1 : 0, o.error ?? null, o.status ?? null, delivered, o.uncertain ? 1 : 0, id, owner);
      return info.changes === 1;
    },
    async markSending(id, owner, attemptId) {
      return q.sending.run(attemptId, Date.now(), id, owner).changes === 1;
    },
    async markDelivered(id) {
      return q.markDelivered.run(new Date().toISOString(), id).changes === 1;
    },
    async retryNow(id) {
      return q.retry.run(Date.now(), id).changes === 1;
    },
    async outboxCounts() {
      return Object.fromEntries((q.counts.all() as { state: string; n: number }[]).map((r) => [r.state, r.n]));
    },
    async deleteBefore(cutoff) {
      const ids = (q.old.all(cutoff) as { id: string }[]).map((r) => r.id);
      db.transaction(() => ids.forEach((id) => q.del.run(id)))();
      return ids;
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      db.close();
    },
  } satisfies Store;
}
