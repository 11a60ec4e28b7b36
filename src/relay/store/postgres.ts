/**
 * PostgreSQL (`DATABASE_URL=postgres://…`), for several relays behind a load balancer. The outbox is claimed with
 * `FOR UPDATE SKIP LOCKED`, so two relays never claim the same entry, and with a lease, so the entries of a relay
 * that died are claimed again once it lapses. An Idempotency-Key taken by another relay meanwhile rolls the whole
 * transaction back and the kept answer is given instead.
 */
import { randomUUID } from 'node:crypto';
import { ADDED_COLUMNS, entryOf, keptOf, SCHEMA, type Store } from './store.js';

export async function openPostgres(url: string): Promise<Store> {
  let pg: { Pool: typeof import('pg').Pool };
  try {
    pg = (await import('pg')).default as unknown as { Pool: typeof import('pg').Pool };
  } catch {
    throw new Error('DATABASE_URL names PostgreSQL: the relay needs the pg package (npm install pg).');
  }
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('error', () => {}); // an idle client's connection dropped: the pool replaces it
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(727274)'); // two relays starting at once create the schema once
    for (const statement of SCHEMA) await client.query(statement);
    for (const [table, column, type] of ADDED_COLUMNS) await client.query(`ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS ${column} ${type}`);
  } finally {
    await client.query('SELECT pg_advisory_unlock(727274)').catch(() => {});
    client.release();
  }

  return {
    kind: 'postgres',
    async findKey(hash) {
      const { rows } = await pool.query('SELECT * FROM idempotency_keys WHERE key_hash = $1', [hash]);
      return rows[0] && keptOf(rows[0]);
    },
    async insertApplication(app, key, destinations) {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        await c.query('INSERT INTO applications (id, received_at, posting_id, follow_up_of, record) VALUES ($1, $2, $3, $4, $5)', [
          app.id,
          app.receivedAt,
          app.postingId,
          app.followUpOf ?? null,
          JSON.stringify(app),
        ]);
        for (const f of app.files) {
          await c.query('INSERT INTO files (application_id, field, name, type, size, sha256, file_key) VALUES ($1, $2, $3, $4, $5, $6, $7)', [app.id, f.field, f.name, f.type, f.size, f.sha256, f.key]);
        }
        const inserted = await c.query(
          `INSERT INTO idempotency_keys (key_hash, application_id, fingerprint, fields, status, body, received_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (key_hash) DO NOTHING RETURNING key_hash`,
          [key.hash, app.id, key.fingerprint, JSON.stringify(key.fields), key.status, JSON.stringify(key.body), app.receivedAt],
        );
        if (!inserted.rowCount) {
          await c.query('ROLLBACK');
          const { rows } = await c.query('SELECT * FROM idempotency_keys WHERE key_hash = $1', [key.hash]);
          return { stored: false, kept: keptOf(rows[0]) };
        }
        const now = Date.now();
        for (const destination of destinations) await c.query('INSERT INTO outbox (id, application_id, destination, next_at) VALUES ($1, $2, $3, $4)', [randomUUID(), app.id, destination, now]);
        await c.query('COMMIT');
        return { stored: true };
      } catch (error) {
        await c.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        c.release();
      }
    },
    async getApplication(id) {
      const { rows } = await pool.query('SELECT record FROM applications WHERE id = $1', [id]);
      return rows[0] && JSON.parse(rows[0].record);
    },
    async listApplications(limit, offset = 0) {
      const { rows } = await pool.query('SELECT record FROM applications ORDER BY received_at DESC, id DESC LIMIT $1 OFFSET $2', [limit, offset]);
      const apps = rows.map((r) => JSON.parse(r.record));
      const { rows: entries } = await pool.query('SELECT * FROM outbox WHERE application_id = ANY($1) ORDER BY destination', [apps.map((a) => a.id)]);
      return apps.map((application) => ({ application, outbox: entries.filter((e) => e.application_id === application.id).map(entryOf) }));
    },
    async claim(owner, limit, leaseMs) {
      const now = Date.now();
      const { rows } = await pool.query(
        `UPDATE outbox SET lease_owner = $1, lease_until = $2 WHERE id IN (
           SELECT id FROM outbox WHERE state = 'pending' AND next_at <= $3 AND (lease_until IS NULL OR lease_until < $3)
           ORDER BY next_at LIMIT $4 FOR UPDATE SKIP LOCKED) RETURNING *`,
        [owner, now + leaseMs, now, limit],
      );
      return rows.map(entryOf);
    },
    async complete(id, owner, o) {
      const { rowCount } = await pool.query(
        `UPDATE outbox SET state = $1, next_at = $2, attempts = attempts + $3, last_error = $4, last_status = $5, delivered_at = $6,
           lease_owner = NULL, lease_until = NULL, attempt_id = CASE WHEN $9 THEN attempt_id ELSE NULL END WHERE id = $7 AND lease_owner = $8`,
        [o.state, o.nextAt ?? Date.now(), o.counted ? 1 : 0, o.error ?? null, o.status ?? null, o.state === 'delivered' ? new Date().toISOString() : null, id, owner, Boolean(o.uncertain)],
      );
      return rowCount === 1;
    },
    async markSending(id, owner, attemptId) {
      const { rowCount } = await pool.query('UPDATE outbox SET attempt_id = $1, attempt_at = $2 WHERE id = $3 AND lease_owner = $4', [attemptId, Date.now(), id, owner]);
      return rowCount === 1;
    },
    async markDelivered(id) {
      const { rowCount } = await pool.query(
        `UPDATE outbox SET state = 'delivered', delivered_at = $1, last_error = 'marked delivered by an operator', lease_owner = NULL, lease_until = NULL, attempt_id = NULL
         WHERE id = $2 AND state IN ('failed', 'review')`,
        [new Date().toISOString(), id],
      );
      return rowCount === 1;
    },
    async retryNow(id) {
      const { rowCount } = await pool.query(`UPDATE outbox SET state = 'pending', next_at = $1, lease_owner = NULL, lease_until = NULL, attempt_id = NULL WHERE id = $2 AND state <> 'delivered'`, [Date.now(), id]);
      return rowCount === 1;
    },
    async outboxCounts() {
      const { rows } = await pool.query('SELECT state, COUNT(*)::int AS n FROM outbox GROUP BY state');
      return Object.fromEntries(rows.map((r) => [r.state, r.n]));
    },
    async deleteBefore(cutoff) {
      const { rows } = await pool.query('DELETE FROM applications WHERE received_at < $1 RETURNING id', [cutoff]);
      return rows.map((r) => r.id);
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await pool.end();
    },
  };
}
