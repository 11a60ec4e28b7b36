/**
 * Headless Chromium (playwright-core, the system's Chromium) and one check used by scripts/test-demo.mjs and
 * scripts/test-package.mjs: a page loads with no console error, no uncaught exception, no failed request and no
 * HTTP status >= 400 (the favicon included), and, where asked, its <job-list> shows the seed feed's postings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** Chromium's flags on this closed network (../shared/TOOLCHAIN.md): without them it floods refused connections. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((file) => file && existsSync(file));
  if (!found) {
    throw new Error('No Chrome or Chromium found: on Debian/Ubuntu `apt-get install -y chromium`, or set CHROME_PATH to a Chrome binary.');
  }
  return found;
}

export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** The titles of demo/postings.json, the seed feed every careers page shows. */
export function seedTitles(root) {
  return JSON.parse(readFileSync(path.join(root, 'demo/postings.json'), 'utf8')).postings.map((posting) => posting.title);
}

/**
 * Loads `url` in a new page of `browser` and returns the problems found (empty when none).
 * `titles`: the posting titles its <job-list> must show (in any order). `then(page)`: more steps on the loaded page
 * (their console errors and failed requests count too).
 */
export async function checkPage(browser, url, { titles, then } = {}) {
  const problems = [];
  const page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url || 'page'})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  try {
    const response = await page.goto(url, { waitUntil: 'load', timeout: 30000 });
    if (!response?.ok()) problems.push(`HTTP ${response?.status()}: ${url}`);
    if (titles) {
      const wanted = [...titles].sort();
      const shown = await page
        .waitForFunction(
          (count) => {
            const cards = [...(document.querySelector('job-list')?.shadowRoot?.querySelectorAll('job-card') ?? [])];
            const names = cards.map((card) => card.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() ?? '');
            return names.length === count && names.every(Boolean) ? names : false;
          },
          wanted.length,
          { timeout: 20000 },
        )
        .then((handle) => handle.jsonValue())
        .catch(() => undefined);
      if (!shown) problems.push(`the <job-list> did not show the ${wanted.length} seed postings`);
      else if (JSON.stringify([...shown].sort()) !== JSON.stringify(wanted)) problems.push(`the <job-list> shows ${JSON.stringify(shown)}`);
    }
    if (then) await then(page, problems);
    // The favicon and late requests (the form's file, the feed) have their chance to fail.
    await page.waitForLoadState('networkidle', { timeout: 10000 }).catch(() => {});
  } catch (error) {
    problems.push(String(error.message ?? error).split('\n')[0]);
  } finally {
    await page.close();
  }
  return problems;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/**
 * A plain static file server for `dir` on a free loopback port, as dumb as any static host (directories serve their
 * index.html, nothing else is rewritten). Resolves to { url, close }.
 */
export function serveStatic(dir) {
  const server = createServer(async (req, res) => {
    try {
      let file = path.join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
      if (!file.startsWith(dir)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
