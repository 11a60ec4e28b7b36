/** The relay as a standalone Node HTTP server, with the timeouts a public endpoint needs. */
import { createServer, type Server } from 'node:http';
import { createRelay, type Relay, type RelayOptions } from './relay.js';
import type { RelayConfig, RelayConfigInput } from './config.js';

export async function startRelay(config: RelayConfig | RelayConfigInput, options: RelayOptions = {}): Promise<{ relay: Relay; server: Server; url: string; close(): Promise<void> }> {
  const relay = await createRelay(config, options);
  const server = createServer({ headersTimeout: 10_000, requestTimeout: 300_000, connectionsCheckingInterval: 1000 }, relay.handleNode);
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(relay.config.port, relay.config.host, resolve));
  const address = server.address() as import('node:net').AddressInfo;
  const host = address.address.includes(':') ? `[${address.address}]` : address.address;
  return {
    relay,
    server,
    url: `http://${host}:${address.port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await relay.close();
    },
  };
}
