/**
 * The relay's configuration: a JSON file (or an object, for library use) plus environment variables for secrets,
 * checked with zod once at start. A problem is reported with its path (`destinations[1].apiKey`) and what was
 * expected, and the relay does not start.
 *
 * A secret is written `{ "env": "NAME" }`: its value is read from the environment variable NAME, so the file can be
 * committed. Plain strings are accepted too (for tests and local runs).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';

const secret = z.union([z.string().min(1), z.object({ env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/) })]);
const url = z.string().url();
/** Which postings a destination takes: `"*"` (all, the default) or a list of posting ids. */
const postings = z.union([z.literal('*'), z.array(z.string().min(1)).min(1)]).default('*');
/** Our posting id → the vendor's job id; a posting not listed is sent under its own id (the ATS adapters keep them). */
const jobIds = z.record(z.string(), z.string().min(1)).default({});
/** Our question id → the vendor's question id or field; unlisted questions are added to the cover letter text. */
const questions = z.record(z.string(), z.string().min(1)).default({});
const rateLimit = z.object({ perSecond: z.number().positive() }).optional();

const common = { name: z.string().regex(/^[\w.-]{1,64}$/, 'letters, digits, ".", "_" or "-"'), postings, rateLimit, timeoutMs: z.number().int().positive().optional() };

export const DestinationSchema = z.discriminatedUnion('type', [
  z.object({ ...common, type: z.literal('email'), smtp: secret, from: z.string().min(3), to: z.union([z.string().min(3), z.array(z.string().min(3)).min(1)]) }),
  z.object({ ...common, type: z.literal('webhook'), url, secret }),
  z.object({ ...common, type: z.literal('greenhouse'), board: z.string().min(1), apiKey: secret, jobIds, questions, baseUrl: url.default('https://boards-api.greenhouse.io'),
    /** A Harvest API key (candidates: read): after an interrupted try, the relay asks Greenhouse before sending again. */
    harvestApiKey: secret.optional(), harvestUrl: url.default('https://harvest.greenhouse.io') }),
  z.object({ ...common, type: z.literal('lever'), site: z.string().min(1), apiKey: secret, jobIds, baseUrl: url.default('https://api.lever.co'),
    /** A Lever API key (opportunities: read): after an interrupted try, the relay asks Lever before sending again. */
    lookupApiKey: secret.optional() }),
  z.object({ ...common, type: z.literal('ashby'), apiKey: secret, jobIds, questions, baseUrl: url.default('https://api.ashbyhq.com') }),
  z.object({ ...common, type: z.literal('recruitee'), company: z.string().min(1), jobIds, questions, baseUrl: url.optional() }),
  z.object({ ...common, type: z.literal('smartrecruiters'), apiKey: secret, jobIds, questions, baseUrl: url.default('https://api.smartrecruiters.com') }),
  z.object({ ...common, type: z.literal('workable'), subdomain: z.string().min(1), token: secret, jobIds, questions, baseUrl: url.optional() }),
]);

/**
 * Where uploaded files go: the data directory (default), or an S3-compatible bucket. The S3 credentials are secrets
 * read from the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN by default).
 */
export const FilesSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('disk') }),
    z.object({
      type: z.literal('s3'),
      bucket: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name (3-63 lower-case letters, digits, "." or "-")'),
      /** Keys are PREFIX/<application id>/<field>.<kind>. */
      prefix: z.string().regex(/^[\w./-]*$/, 'letters, digits, "_", ".", "/" or "-"').default(''),
      region: z.string().min(1).default('us-east-1'),
      /** An S3-compatible server (MinIO, R2, B2, …): its URL. */
      endpoint: url.optional(),
      /** Path-style URLs (endpoint/bucket/key), as MinIO and most S3-compatible servers want. */
      forcePathStyle: z.boolean().default(false),
      accessKeyId: secret.default({ env: 'AWS_ACCESS_KEY_ID' }),
      secretAccessKey: secret.default({ env: 'AWS_SECRET_ACCESS_KEY' }),
      sessionToken: secret.optional(),
    }),
  ])
  .default({ type: 'disk' });

export const ConfigSchema = z.object({
  host: z.string().default('127.0.0.1'),
  port: z.number().int().min(0).max(65535).default(8787),
  /** Where the form posts (`<apply-form action="https://relay.example/api/applications">`). */
  path: z.string().startsWith('/').default('/api/applications'),
  /** Files, and the SQLite database unless `database` is a postgres:// URL. */
  dataDir: z.string().default('.relay-data'),
  /** `postgres://…` for PostgreSQL (several relays on one database); otherwise a SQLite file (default DATADIR/relay.db). */
  database: z.string().optional(),
  files: FilesSchema,
  /** Feed files whose postings take applications here (their questions and consent are checked). */
  feeds: z.array(z.string().min(1)).min(1, 'name at least one feed file (the postings that take applications)'),
  /** Careers-page origins allowed to post from the browser (CORS). */
  allowedOrigins: z.array(z.string().regex(/^https?:\/\/[^/]+$/, 'an origin: scheme://host[:port], no path')).default([]),
  /** The admin view's token (GET /admin); without it the admin view is off. */
  adminToken: secret.optional(),
  /** Applications and their files are deleted this many days after they arrived. */
  retentionDays: z.number().positive().default(180),
  logLevel: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  limits: z
    .object({
      maxConcurrent: z.number().int().positive().default(64),
      maxFileSize: z.number().int().positive().optional(),
      maxTotalSize: z.number().int().positive().optional(),
      parts: z.number().int().positive().default(500),
      fieldSize: z.number().int().positive().default(100_000),
      bodyIdleTimeoutMs: z.number().int().positive().default(15_000),
    })
    .prefault({}),
  outbox: z
    .object({
      pollMs: z.number().int().positive().default(1000),
      batch: z.number().int().positive().default(10),
      /** A claimed entry returns to the queue after this long if its worker died. */
      leaseMs: z.number().int().positive().default(120_000),
      timeoutMs: z.number().int().positive().default(30_000),
      baseDelayMs: z.number().int().positive().default(2_000),
      maxDelayMs: z.number().int().positive().default(3_600_000),
      /** Failures (5xx, time-outs) before an entry is marked failed; 429s do not count. */
      maxAttempts: z.number().int().positive().default(15),
    })
    .prefault({})
    .refine((o) => o.leaseMs > o.timeoutMs * 2, { message: 'leaseMs must be more than twice timeoutMs, or a slow send could be claimed twice' }),
  destinations: z.array(DestinationSchema).min(1, 'name at least one destination (email, webhook or an ATS)'),
});

export type RelayConfigInput = z.input<typeof ConfigSchema>;
export type RelayConfig = z.output<typeof ConfigSchema>;
export type Destination = RelayConfig['destinations'][number];
export type Secret = z.output<typeof secret>;
export type S3FilesConfig = Extract<RelayConfig['files'], { type: 's3' }>;

export class ConfigError extends Error {}

/** Reads a secret's value (from the environment when it names a variable). */
export function resolveSecret(value: Secret, env: NodeJS.ProcessEnv = process.env): string {
  if (typeof value === 'string') return value;
  const found = env[value.env];
  if (!found) throw new ConfigError(`the environment variable ${value.env} is not set (a secret of the configuration)`);
  return found;
}

/** Checks a configuration object; throws a ConfigError listing every problem. Relative paths resolve from `base`. */
export function parseConfig(input: unknown, { base = process.cwd(), env = process.env }: { base?: string; env?: NodeJS.ProcessEnv } = {}): RelayConfig {
  const withEnv = { ...(input as object) } as Record<string, unknown>;
  if (env.HOST) withEnv.host = env.HOST;
  if (env.PORT) withEnv.port = Number(env.PORT);
  if (env.DATABASE_URL) withEnv.database = env.DATABASE_URL;
  if (env.RELAY_S3_BUCKET && !withEnv.files) {
    withEnv.files = {
      type: 's3',
      bucket: env.RELAY_S3_BUCKET,
      ...(env.RELAY_S3_PREFIX ? { prefix: env.RELAY_S3_PREFIX } : {}),
      ...(env.AWS_REGION ? { region: env.AWS_REGION } : {}),
      ...(env.RELAY_S3_ENDPOINT ? { endpoint: env.RELAY_S3_ENDPOINT, forcePathStyle: true } : {}),
      ...(env.AWS_SESSION_TOKEN ? { sessionToken: { env: 'AWS_SESSION_TOKEN' } } : {}),
    };
  }
  if (env.RELAY_ADMIN_TOKEN && !withEnv.adminToken) withEnv.adminToken = { env: 'RELAY_ADMIN_TOKEN' };
  const result = ConfigSchema.safeParse(withEnv);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.length ? issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') : '(top)'}: ${issue.message}`);
    throw new ConfigError(`the relay configuration is not valid:\n${lines.join('\n')}`);
  }
  const config = result.data;
  const names = new Set<string>();
  const problems: string[] = [];
  for (const [i, d] of config.destinations.entries()) {
    if (names.has(d.name)) problems.push(`  destinations[${i}].name: "${d.name}" is used twice`);
    names.add(d.name);
    for (const key of ['smtp', 'secret', 'apiKey', 'token', 'harvestApiKey', 'lookupApiKey'] as const) {
      const value = (d as Record<string, unknown>)[key] as Secret | undefined;
      if (value === undefined) continue;
      try {
        resolveSecret(value, env);
      } catch (error) {
        problems.push(`  destinations[${i}].${key}: ${(error as Error).message}`);
      }
    }
  }
  if (config.files.type === 's3') {
    for (const key of ['accessKeyId', 'secretAccessKey', 'sessionToken'] as const) {
      const value = config.files[key];
      if (value === undefined) continue;
      try {
        resolveSecret(value, env);
      } catch (error) {
        problems.push(`  files.${key}: ${(error as Error).message}`);
      }
    }
  }
  if (config.adminToken) {
    try {
      if (resolveSecret(config.adminToken, env).length < 16) problems.push('  adminToken: use at least 16 characters');
    } catch (error) {
      problems.push(`  adminToken: ${(error as Error).message}`);
    }
  }
  if (problems.length) throw new ConfigError(`the relay configuration is not valid:\n${problems.join('\n')}`);
  config.dataDir = path.resolve(base, config.dataDir);
  config.feeds = config.feeds.map((file) => path.resolve(base, file));
  return config;
}

/** Reads and checks a JSON configuration file. */
export function loadConfigFile(file: string, env = process.env): RelayConfig {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${file}: ${(error as Error).message}`);
  }
  return parseConfig(input, { base: path.dirname(path.resolve(file)), env });
}
