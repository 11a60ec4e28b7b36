// The built relay under test: the private copy test/relay/run.mjs builds, or dist/relay.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './helpers.mjs';

const dir = process.env.RELAY_DIST ?? path.join(root, 'dist/relay');
export const relayModule = pathToFileURL(path.join(dir, 'index.mjs')).href;
export const { startRelay, createRelay, loadConfigFile, parseConfig, webhookSignature } = await import(relayModule);
