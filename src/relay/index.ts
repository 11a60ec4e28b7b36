/**
 * careers-widgets/relay: the apply relay as a library (Node only).
 *
 *   import { createRelay } from 'careers-widgets/relay';
 *   const relay = await createRelay({ feeds: ['postings.json'], destinations: [...] });
 *   http.createServer(relay.handleNode)            // or app.use(relay.handleNode) in Express
 *   export default { fetch: relay.handleFetch }    // Fetch-API runtimes (Hono, serverless)
 */
export { createRelay, type Relay, type RelayOptions } from './relay.js';
export { startRelay } from './server.js';
export { ConfigError, ConfigSchema, loadConfigFile, parseConfig, type Destination, type RelayConfig, type RelayConfigInput } from './config.js';
export { createLogger, type Logger } from './log.js';
export { diskFiles, type FileStore } from './files.js';
export { s3Files } from './files-s3.js';
export { signature as webhookSignature } from './forwarders/webhook.js';
export type { Application, Answer, StoredFile, OutboxEntry } from './types.js';
export type { Store } from './store/store.js';
