#!/usr/bin/env node
/**
 * `npm start`: the demo on Vite's dev server (vite.config.ts: the apply receiver and the test feeds as middleware,
 * the React, Vue and Svelte examples), after building dist/ when it is missing or stale (scripts/ensure-build.mjs):
 * demo/script-tag.html and demo/frameworks/plain.html load the built script tag, bundler.html imports the package
 * by its name. demo/index.html and the framework examples load the sources and update as you edit them.
 *
 * Vite runs in this process (no child): SIGINT, SIGTERM or SIGHUP closes the server (and with it the receiver's
 * handles) and exits; a build in progress is stopped too. npm passes a signal to the shell it runs this in, and
 * Debian's sh (dash) dies without passing it on: this process then has a new parent, notices within half a second
 * and stops the same way. So `kill <pid of npm start>` leaves nothing running.
 *
 *   npm start [-- --port 5173] [--host 0.0.0.0] [--no-open]     (BROWSER=none also keeps the browser closed)
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { ensureBuild, stopBuild } from './ensure-build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'no-open': { type: 'boolean', default: false },
  },
});

let server;
let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  const code = signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 0;
  stopBuild();
  // Vite's close (watchers, the dependency optimizer, open sockets) takes a moment; never more than 3 s.
  setTimeout(() => process.exit(code), 3000).unref();
  try {
    await server?.close();
  } finally {
    process.exit(code);
  }
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(signal));
// Orphaned (the shell npm ran this in is gone): stop as on SIGTERM.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && void stop('SIGTERM'), 500).unref();

try {
  await ensureBuild({ label: 'npm start' });
} catch (error) {
  console.error(`npm start: ${error.message}`);
  process.exit(stopping ? 130 : 1);
}
if (stopping) process.exit(130);

const { createServer } = await import('vite');
server = await createServer({
  root,
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  server: {
    ...(options.port ? { port: Number(options.port) } : {}),
    ...(options.host ? { host: options.host } : {}),
    open: options['no-open'] || process.env.CI ? false : '/demo/',
  },
});
await server.listen();
server.printUrls();
console.log(`  ➜  Demo:    ${server.resolvedUrls.local[0].replace(/\/$/, '')}/demo/ (Ctrl+C stops)`);
server.bindCLIShortcuts({ print: true });
