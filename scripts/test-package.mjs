#!/usr/bin/env node
/**
 * The package as a user gets it: `npm pack`, then a fresh Vite + TypeScript project (in a temporary folder) that
 * installs the tarball, imports `careers-widgets/define.js` and the types, type-checks (`tsc --noEmit`, the
 * package's .d.ts included: skipLibCheck off) and builds (`vite build`); headless Chromium then opens the built app
 * and a plain page with the script tag from the tarball's dist/, and each must show the seed feed
 * (demo/postings.json) with no console error or failed request.
 *
 * Offline: the project's package-lock.json is written here from this repository's own lockfile (the same vite,
 * typescript, lit, zod, … and their integrity hashes) plus the tarball, and `npm ci --offline` installs it from the
 * npm cache that this repository's `npm ci`/`npm install` filled (the packuments and tarballs of exactly these
 * versions). --offline is npm's only-if-cached mode: no registry request is made; when the cache lacks something,
 * npm says ENOTCACHED and the test fails saying so.
 *
 *   node scripts/test-package.mjs [--keep]     (--keep leaves the temporary project for a look)
 * Ends with a line `package: N passed, N failed`; exits 1 on a failure.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './ensure-build.mjs';
import { checkPage, launchChromium, seedTitles, serveStatic } from './page-check.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const keep = process.argv.includes('--keep');
const started = performance.now();
let passed = 0;
let failed = 0;
const step = (label) => console.log(`\n▶ ${label}`);
const ok = (label) => (passed++, console.log(`  ✔ ${label}`));
const fail = (label, details = '') => (failed++, console.log(`  ✖ ${label}${details ? `\n${details.replace(/^/gm, '      ')}` : ''}`));

/** Runs a command in `cwd`; returns { status, output }. */
function run(command, args, cwd, env = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`.trim() };
}

const work = mkdtempSync(path.join(tmpdir(), 'careers-widgets-package-'));
const app = path.join(work, 'app');
mkdirSync(app);
let browser;
let site;

try {
  await ensureBuild({ label: 'test:package' });

  // -------------------------------------------------------------------------------------------------------------
  step('npm pack');
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', app], { cwd: root, encoding: 'utf8' }))[0];
  const tarball = packed.filename;
  const files = packed.files.map((file) => file.path);
  console.log(`  ${tarball}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KB packed`);
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const wanted = ['package.json', 'README.md', 'custom-elements.json', 'dist/careers-widgets.js', 'dist/careers-widgets-apply.js', 'dist/define.js', 'dist/index.js', 'dist/types/index.d.ts', 'dist/types/define.d.ts'];
  const missing = wanted.filter((file) => !files.includes(file));
  const stray = files.filter((file) => /^(src|test|demo|scripts|server|node_modules)\//.test(file));
  if (missing.length || stray.length) fail('tarball contents', [missing.length && `missing: ${missing.join(', ')}`, stray.length && `not for users: ${stray.slice(0, 10).join(', ')}`].filter(Boolean).join('\n'));
  else ok(`tarball holds dist/, its types, custom-elements.json and README.md; no src/, test/ or demo/`);

  // -------------------------------------------------------------------------------------------------------------
  step('a fresh Vite + TypeScript project installs the tarball offline (npm ci --offline)');
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const versionOf = (name) => lock.packages[`node_modules/${name}`]?.version;
  const devDependencies = { typescript: versionOf('typescript'), vite: versionOf('vite') };
  const appPkg = {
    name: 'careers-widgets-package-test',
    private: true,
    version: '0.0.0',
    type: 'module',
    dependencies: { 'careers-widgets': `file:${tarball}` },
    devDependencies,
  };
  writeFileSync(path.join(app, 'package.json'), `${JSON.stringify(appPkg, null, 2)}\n`);
  writeFileSync(path.join(app, 'package-lock.json'), `${JSON.stringify(appLockfile(lock, pkg, appPkg, path.join(app, tarball)), null, 2)}\n`);
  writeAppFiles(app);
  const install = run('npm', ['ci', '--offline', '--no-audit', '--no-fund'], app, { npm_config_update_notifier: 'false' });
  if (install.status !== 0) {
    throw new Error(`npm ci --offline failed (ENOTCACHED: the npm cache lacks a package this repository's lockfile names; run npm ci here first):\n${install.output.split('\n').slice(-15).join('\n')}`);
  }
  const warnings = install.output.split('\n').filter((line) => /npm warn/i.test(line) && !/Unknown (user|env|project) config/.test(line));
  if (warnings.length) fail('npm ci --offline warned', warnings.join('\n'));
  else ok(`installed offline: careers-widgets ${pkg.version} from ${tarball}, vite ${devDependencies.vite}, typescript ${devDependencies.typescript}`);

  // -------------------------------------------------------------------------------------------------------------
  step('tsc --noEmit (the package types, skipLibCheck off)');
  const tsc = run(process.execPath, [path.join(app, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'], app);
  if (tsc.status === 0) ok('type-checks: define.js, JobListElement from querySelector, typed event detail, Feed');
  else fail('tsc --noEmit', tsc.output);

  step('vite build');
  const vite = run(process.execPath, [path.join(app, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], app);
  if (vite.status === 0 && existsSync(path.join(app, 'dist/index.html'))) ok('vite build');
  else fail('vite build', vite.output);

  // A server-rendering setup or a Node test imports the elements too (Lit's Node build stands in for the DOM): the
  // import must not throw, then or a moment later (work put off until the page is idle, which Node never is).
  step('node: import careers-widgets/define.js');
  const script = "await import('careers-widgets/define.js'); await new Promise((resolve) => setTimeout(resolve, 300)); console.log(typeof customElements.get('job-list'));";
  const inNode = run(process.execPath, ['--input-type=module', '-e', script], app);
  if (inNode.status === 0 && inNode.output === 'function') ok('imports in Node without an error, <job-list> registered');
  else fail('import in Node', inNode.output);

  // -------------------------------------------------------------------------------------------------------------
  step('in Chromium: the built app, and the script tag from the tarball');
  const titles = seedTitles(root);
  // The script-tag page sits next to the built app; the tag's folder is the installed package's dist/ as shipped.
  cpSync(path.join(app, 'node_modules/careers-widgets/dist'), path.join(app, 'dist/careers-widgets'), { recursive: true });
  writeFileSync(
    path.join(app, 'dist/script-tag.html'),
    `<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8" />\n    <title>Careers (script tag from the tarball)</title>\n    <link rel="icon" href="data:," />\n    <script src="./careers-widgets/careers-widgets.js" defer></script>\n  </head>\n  <body>\n    <job-list src="./postings.json"></job-list>\n  </body>\n</html>\n`,
  );
  browser = await launchChromium();
  site = await serveStatic(path.join(app, 'dist'));
  for (const [label, page] of [
    ['the Vite app (import careers-widgets/define.js)', '/'],
    ['the script tag (dist/careers-widgets.js from the tarball)', '/script-tag.html'],
  ]) {
    const problems = await checkPage(browser, site.url + page, {
      titles,
      // The application form's file comes from the same folder on first use.
      then: async (tab, found) => {
        await tab.evaluate(() => {
          const card = document.querySelector('job-list')?.shadowRoot?.querySelector('job-card');
          card?.shadowRoot?.querySelector('[part~="title"]')?.closest('a, button, summary')?.click();
        });
        await tab.waitForTimeout(500);
        if (page === '/script-tag.html' && (await tab.evaluate(() => !customElements.get('job-card')))) found.push('<job-card> is not defined');
      },
    });
    if (problems.length) fail(label, problems.join('\n'));
    else ok(`${label}: the ${titles.length} seed postings, no console error, no failed request`);
  }
} catch (error) {
  fail(String(error.message ?? error));
} finally {
  await browser?.close().catch(() => {});
  await site?.close().catch(() => {});
  if (keep) console.log(`\n  kept: ${app}`);
  else rmSync(work, { recursive: true, force: true });
}

console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`package: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

/**
 * The temporary project's lockfile: the tarball, plus every package it and the project's dev dependencies reach,
 * taken from this repository's lockfile at the same node_modules paths (a subset of a valid tree, resolved the way
 * Node resolves: nearest node_modules folder first).
 */
function appLockfile(lock, pkg, appPkg, tarballPath) {
  const packages = lock.packages;
  const out = {};
  const tarballEntry = {
    version: pkg.version,
    resolved: appPkg.dependencies['careers-widgets'],
    integrity: `sha512-${createHash('sha512').update(readFileSync(tarballPath)).digest('base64')}`,
    license: pkg.license,
    dependencies: pkg.dependencies,
    ...(pkg.peerDependencies ? { peerDependencies: pkg.peerDependencies, peerDependenciesMeta: pkg.peerDependenciesMeta } : {}),
    ...(pkg.bin ? { bin: pkg.bin } : {}),
    ...(pkg.engines ? { engines: pkg.engines } : {}),
  };
  const entries = new Map([['node_modules/careers-widgets', tarballEntry]]);
  const queue = ['node_modules/careers-widgets', ...Object.keys(appPkg.devDependencies).map((name) => `node_modules/${name}`)];
  const resolveFrom = (from, name) => {
    for (let dir = from; ; ) {
      const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      if (packages[candidate] && candidate !== 'node_modules/careers-widgets') return candidate;
      if (!dir) return undefined;
      const at = dir.lastIndexOf('/node_modules/');
      dir = at === -1 ? '' : dir.slice(0, at);
    }
  };
  while (queue.length) {
    const at = queue.shift();
    if (!entries.has(at)) {
      if (!packages[at]) throw new Error(`${at} is not in package-lock.json`);
      entries.set(at, packages[at]);
    }
    const entry = entries.get(at);
    const optionalPeers = entry.peerDependenciesMeta ?? {};
    const names = [
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.optionalDependencies ?? {}),
      ...Object.keys(entry.peerDependencies ?? {}).filter((name) => !optionalPeers[name]?.optional),
    ];
    for (const name of names) {
      const found = resolveFrom(at === 'node_modules/careers-widgets' ? '' : at, name);
      if (found && !entries.has(found)) queue.push(found);
      else if (!found && !(entry.optionalDependencies ?? {})[name]) throw new Error(`${name} (needed by ${at}) is not in package-lock.json`);
    }
  }
  for (const [at, entry] of entries) {
    const { dev, devOptional, peer, ...rest } = entry;
    // Whether a package is dev-only follows from this project, not from the repository: everything installs.
    out[at] = devOptional ? { ...rest, optional: true } : rest;
  }
  return {
    name: appPkg.name,
    version: appPkg.version,
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: appPkg.name, version: appPkg.version, dependencies: appPkg.dependencies, devDependencies: appPkg.devDependencies },
      ...Object.fromEntries([...Object.entries(out)].sort(([a], [b]) => a.localeCompare(b))),
    },
  };
}

/** A plain Vite + TypeScript app using the package as its README says. */
function writeAppFiles(dir) {
  mkdirSync(path.join(dir, 'src'));
  mkdirSync(path.join(dir, 'public'));
  cpSync(path.join(root, 'demo/postings.json'), path.join(dir, 'public/postings.json'));
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    `${JSON.stringify(
      {
        compilerOptions: {
          target: 'es2022',
          module: 'esnext',
          moduleResolution: 'bundler',
          lib: ['es2022', 'dom', 'dom.iterable'],
          types: [],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          isolatedModules: true,
          verbatimModuleSyntax: true,
        },
        include: ['src'],
      },
      null,
      2,
    )}\n`,
  );
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8" />\n    <title>Careers (Vite app)</title>\n    <link rel="icon" href="data:," />\n    <script type="module" src="/src/main.ts"></script>\n  </head>\n  <body>\n    <job-list src="./postings.json" url-mode="off"></job-list>\n    <p id="status"></p>\n  </body>\n</html>\n`,
  );
  writeFileSync(
    path.join(dir, 'src/main.ts'),
    `import 'careers-widgets/define.js';
import { JobListElement, parseFeed } from 'careers-widgets';
import type { Feed, JobPostingDetail } from 'careers-widgets';

// The tag map names the element's class; the event map types each event's detail.
const list = document.querySelector('job-list');
if (!(list instanceof JobListElement)) throw new Error('<job-list> is not a JobListElement');
const typed: JobListElement | null = document.querySelector('job-list');
list.addEventListener('job-apply', (event) => {
  const detail: JobPostingDetail = event.detail;
  const title: string = detail.posting.title;
  // @ts-expect-error: a title is a string, so the types are real (not any)
  const wrong: number = detail.posting.title;
  document.querySelector('#status')!.textContent = title + String(wrong ?? '');
});
export function check(feed: Feed): number {
  return feed.postings.length;
}
export const parse = parseFeed;
console.info('careers-widgets', typed?.tagName);
`,
  );
}
