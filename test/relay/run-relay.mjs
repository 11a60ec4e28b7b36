// A relay in a process of its own, for the tests that kill it: `node run-relay.mjs config.json`.
import { loadConfigFile, startRelay } from './dist.mjs';

const config = loadConfigFile(process.argv[2]);
const { url, relay } = await startRelay(config);
console.log(JSON.stringify({ level: 'info', msg: 'relay listening', url: `${url}${config.path}`, owner: relay.worker.owner }));
process.on('SIGTERM', () => process.exit(0));
