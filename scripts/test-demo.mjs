#!/usr/bin/env node
/**
 * Every demo page, as a newcomer meets it, in headless Chromium (scripts/page-check.mjs): no console error, no
 * uncaught exception, no failed request, no 404 (favicon included), and each careers page shows the seed feed.
 *
 *   1. `npm start`'s server: Vite's dev server with this repo's config (in this process), dist/ built first when
 *      missing or stale, as scripts/start.mjs does. All pages, applications.html included; the theme switcher.
 *   2. `npm run build:demo`'s site, run here, served by a plain static file server: the same pages but
 *      applications.html (dev-server only).
 *
 *   node scripts/test-demo.mjs [dev|static]     (both when neither is named)
 * Ends with a line `demo: N passed, N failed`; exits 1 on a failure.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './ensure-build.mjs';
import { checkPage, launchChromium, seedTitles, serveStatic } from './page-check.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const modes = process.argv.slice(2).filter((arg) => ['dev', 'static'].includes(arg));
const run = modes.length ? modes : ['dev', 'static'];
const titles = seedTitles(root);

/** The theme switcher of demo/index.html loads each theme's stylesheet. */
async function switchThemes(page, problems) {
  for (const theme of ['dark', 'brand', 'default']) {
    const loaded = page.waitForResponse((response) => response.url().endsWith(`/themes/${theme}.css`), { timeout: 10000 }).catch(() => undefined);
    await page.selectOption('#theme', theme);
    const response = await loaded;
    if (!response || response.status() >= 400) problems.push(`theme ${theme}: its stylesheet did not load (${response?.status() ?? 'no request'})`);
  }
}

const PAGES = [
  { path: '/demo/', titles, then: switchThemes },
  { path: '/demo/script-tag.html', titles },
  { path: '/demo/applications.html', devOnly: true },
  { path: '/demo/frameworks/' },
  { path: '/demo/frameworks/plain.html', titles },
  { path: '/demo/frameworks/bundler.html', titles },
  { path: '/demo/frameworks/react.html', titles },
  { path: '/demo/frameworks/vue.html', titles },
  { path: '/demo/frameworks/svelte.html', titles },
  { path: '/', staticOnly: true },
];

let passed = 0;
let failed = 0;
const browser = await launchChromium();
const cleanups = [() => browser.close()];

async function checkAll(mode, label, base) {
  console.log(`\n▶ ${label}: ${base}`);
  for (const entry of PAGES) {
    if ((entry.devOnly && mode !== 'dev') || (entry.staticOnly && mode !== 'static')) continue;
    const problems = await checkPage(browser, base + entry.path, entry);
    if (problems.length) {
      failed++;
      console.log(`  ✖ ${entry.path}\n${problems.map((problem) => `      ${problem}`).join('\n')}`);
    } else {
      passed++;
      console.log(`  ✔ ${entry.path}${entry.titles ? ` (${entry.titles.length} postings)` : ''}`);
    }
  }
}

try {
  if (run.includes('dev')) {
    await ensureBuild({ label: 'test:demo' });
    const { createServer } = await import('vite');
    const server = await createServer({
      root,
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'warn',
      server: { port: 0, strictPort: false, host: '127.0.0.1', open: false },
    });
    cleanups.push(() => server.close());
    await server.listen();
    await checkAll('dev', 'npm start (Vite dev server)', server.resolvedUrls.local[0].replace(/\/$/, ''));
  }
  if (run.includes('static')) {
    const built = spawnSync(process.execPath, [path.join(root, 'scripts/build-demo.mjs')], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error(`npm run build:demo exited with ${built.status}`);
    const site = await serveStatic(path.join(root, 'demo-site'));
    cleanups.push(site.close);
    await checkAll('static', 'npm run build:demo (demo-site/ from a static file server)', site.url);
  }
} catch (error) {
  failed++;
  console.error(`✖ ${error.message}`);
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
}

console.log(`demo: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
