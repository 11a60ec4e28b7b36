/**
 * Builds dist/ (the steps of package.json's `build` script) when it is missing or older than what it is built from, so the pages
 * that load the built package (demo/script-tag.html, demo/frameworks/plain.html and bundler.html) work on a fresh
 * clone. Used by `npm start` (scripts/start.mjs) and `npm run build:demo` (scripts/build-demo.mjs).
 *
 * The build runs in child processes; a SIGINT or SIGTERM meanwhile is passed to the child, and ensureBuild() then
 * rejects, so no build outlives the command that started it.
 */
import { spawn } from 'node:child_process';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What the demo pages load from dist/; the build is stale when one is missing or older than an input. */
const OUTPUTS = ['dist/careers-widgets.js', 'dist/careers-widgets-apply.js', 'dist/define.js', 'dist/index.js'];
/** What dist/ is built from (folders are walked). */
const INPUTS = [
  'src',
  'scripts/build.mjs',
  'scripts/build-cli.mjs',
  'scripts/emit-schema.mjs',
  'scripts/vscode-data.mjs',
  'vite.config.ts',
  'tsconfig.json',
  'package-lock.json',
];

async function newest(file) {
  const info = await stat(file).catch(() => undefined);
  if (!info) return { time: 0 };
  if (!info.isDirectory()) return { time: info.mtimeMs, file };
  let best = { time: 0 };
  for (const entry of await readdir(file)) {
    const found = await newest(path.join(file, entry));
    if (found.time > best.time) best = found;
  }
  return best;
}

/** Why dist/ must be rebuilt, or undefined when it is up to date. */
export async function staleReason() {
  let oldest = Infinity;
  for (const file of OUTPUTS) {
    const info = await stat(path.join(root, file)).catch(() => undefined);
    if (!info) return `${file} is missing`;
    oldest = Math.min(oldest, info.mtimeMs);
  }
  let input = { time: 0 };
  for (const file of INPUTS) {
    const found = await newest(path.join(root, file));
    if (found.time > input.time) input = found;
  }
  return input.time > oldest ? `${path.relative(root, input.file)} changed since the last build` : undefined;
}

let building;

/** Stops a build in progress (the caller is about to exit). */
export function stopBuild(signal = 'SIGTERM') {
  building?.kill(signal);
}

/** One step of `npm run build`: `node <script>` runs without a shell, anything else through `sh -c exec …`. */
function run(command) {
  return new Promise((resolve, reject) => {
    const script = command.match(/^node (\S+)$/)?.[1];
    const child = script
      ? spawn(process.execPath, [path.join(root, script)], { cwd: root, stdio: 'inherit' })
      : spawn(command, { cwd: root, stdio: 'inherit', shell: true, env: { ...process.env, PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}` } });
    building = child;
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      building = undefined;
      process.off('SIGINT', forward).off('SIGTERM', forward);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${signal ? `stopped by ${signal}` : `exited with ${code}`}`));
    });
  });
}

/** Runs package.json's `build` script, step by step (its `&&` parts), when dist/ is stale. */
export async function ensureBuild({ label = 'careers-widgets' } = {}) {
  const reason = await staleReason();
  if (!reason) {
    console.log(`${label}: dist/ is up to date`);
    return false;
  }
  console.log(`${label}: building dist/ first (${reason}; about 20 s)`);
  const { scripts } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  for (const command of scripts.build.split('&&').map((part) => part.trim())) await run(command);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await ensureBuild().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
