/**
 * `careers-widgets relay`: starts the relay.
 *
 *   careers-widgets relay --config relay.json
 *   careers-widgets relay --feed postings.json --email-to jobs@acme.example --smtp smtp://mail.acme.example:587
 *
 * Secrets come from the environment: SMTP_URL (for --smtp), RELAY_ADMIN_TOKEN, DATABASE_URL, and any variable a
 * configuration file names as { "env": "NAME" }. Stops cleanly on SIGINT/SIGTERM (the outbox resumes at the next
 * start).
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfigFile, parseConfig, type RelayConfig } from './config.js';
import { startRelay } from './server.js';

export const USAGE = `Usage:
  careers-widgets relay --config <relay.json>
  careers-widgets relay --feed <feed.json> --email-to <address> [--smtp <url>] [--email-from <address>]
Options:
  --config <file>      the relay's configuration (JSON; see README, "Receiving applications")
  --feed <file>        a feed whose postings take applications (repeatable)
  --email-to <addr>    e-mail each application (with its files) to this address
  --smtp <url>         the SMTP server, e.g. smtps://user:pass@mail.example.com (or SMTP_URL in the environment)
  --email-from <addr>  the sender (default: careers-relay@<host of --email-to>)
  --origin <origin>    a careers page origin allowed to post (CORS; repeatable)
  --data-dir <dir>     where files and the SQLite database go (default .relay-data)
  --port <n>, --host <h>  where to listen (default 127.0.0.1:8787; HOST and PORT in the environment too)
Environment: DATABASE_URL=postgres://… uses PostgreSQL; RELAY_ADMIN_TOKEN turns on /admin.`;

export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      config: { type: 'string' },
      feed: { type: 'string', multiple: true },
      'email-to': { type: 'string' },
      'email-from': { type: 'string' },
      smtp: { type: 'string' },
      origin: { type: 'string', multiple: true },
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void console.log(USAGE);
  let config: RelayConfig;
  const env: NodeJS.ProcessEnv = { ...process.env, ...(values.port ? { PORT: values.port } : {}), ...(values.host ? { HOST: values.host } : {}) };
  if (values.config) config = loadConfigFile(values.config, env);
  else {
    if (!values.feed?.length || !values['email-to']) throw new ConfigError(`give --config, or --feed and --email-to\n\n${USAGE}`);
    const to = values['email-to'];
    if (values.smtp) env.SMTP_URL = values.smtp;
    config = parseConfig(
      {
        feeds: values.feed,
        dataDir: values['data-dir'] ?? '.relay-data',
        allowedOrigins: values.origin ?? [],
        destinations: [{ name: 'inbox', type: 'email', to, from: values['email-from'] ?? `careers-relay@${to.split('@')[1] ?? 'localhost'}`, smtp: { env: 'SMTP_URL' } }],
      },
      { env: { SMTP_URL: 'smtp://127.0.0.1:25', ...env } },
    );
  }
  const started = await startRelay(config);
  console.log(JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: 'relay listening', url: `${started.url}${config.path}`, store: started.relay.store.kind, destinations: config.destinations.map((d) => `${d.name} (${d.type})`) }));
  const stop = () => {
    started.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
