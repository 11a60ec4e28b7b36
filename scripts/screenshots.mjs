#!/usr/bin/env node
/**
 * Screenshots of the demo page (demo/index.html over demo/postings.json) in every state, at 375 and 1280 px, light
 * and dark, for a person to look at: `node scripts/screenshots.mjs [outDir]` (default `screenshots/`, git-ignored).
 * Also prints the page height and the first card's height in each state, the numbers issue 11 measures.
 *
 * Serves the repository with Vite's dev server (the demo loads /src/define.ts) on a free port and drives Debian's
 * Chromium (CHROME_PATH, else /usr/bin/chromium) with playwright-core. `--only=list,expanded` picks states.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const outDir = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(root, 'screenshots'));
await mkdir(outDir, { recursive: true });

const server = await createServer({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: 'error', server: { port: 5301, strictPort: false, open: false } });
await server.listen();
const base = server.resolvedUrls.local[0].replace(/\/$/, '');

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

/** Runs in the page: the list's shadow root, and helpers to reach into cards. */
const inList = (fn, arg) => `(() => { const list = document.querySelector('job-list'); const root = list.shadowRoot; return (${fn})(list, root, ${JSON.stringify(arg ?? null)}); })()`;

const waitForCards = (page) =>
  page.waitForFunction(() => {
    const root = document.querySelector('job-list')?.shadowRoot;
    return root && (root.querySelector('job-card') || root.querySelector('[part~="error"], [part~="no-openings"], [part~="empty-department"]'));
  });

const firstCard = (page) => page.evaluate(inList((list, root) => root.querySelector('job-card')?.getBoundingClientRect().height ?? 0));

/** Each state: how to reach it from a freshly loaded demo page. */
const STATES = {
  list: async () => {},
  expanded: async (page) => {
    await page.evaluate(inList((list, root) => {
      const card = root.querySelectorAll('job-card')[5];
      (card.shadowRoot.querySelector('[part~="title-link"]') ?? card.shadowRoot.querySelector('[part~="toggle"]')).click();
      return card.updateComplete;
    }));
    await page.evaluate(inList((list, root) => root.querySelectorAll('job-card')[5].scrollIntoView({ block: 'start' })));
  },
  'expanded-scrolled': async (page) => {
    await STATES.expanded(page);
    await page.evaluate(() => scrollBy(0, innerHeight * 1.5));
  },
  filters: async (page) => {
    await page.evaluate(inList((list, root) => {
      root.querySelector('[part~="filters"]').open = true;
    }));
    await page.waitForTimeout(100);
  },
  'no-match': async (page) => {
    await page.fill('job-list >> [part~="search-input"]', 'astronaut');
    await page.evaluate(inList((list, root) => (root.querySelector('[part~="filters"]').open = true)));
    await page.waitForTimeout(900);
  },
  'empty-feed': async (page) => {
    await page.evaluate(async () => {
      const feed = await (await fetch('./postings.json')).json();
      feed.postings = [];
      document.querySelector('job-list').feed = feed;
    });
    await page.waitForTimeout(200);
  },
  'empty-feed-no-departments': async (page) => {
    await page.evaluate(async () => {
      const feed = await (await fetch('./postings.json')).json();
      feed.postings = [];
      feed.departments = [];
      document.querySelector('job-list').feed = feed;
    });
    await page.waitForTimeout(200);
  },
  'feed-404': async (page) => {
    await page.evaluate(() => (document.querySelector('job-list').src = './no-such-feed.json'));
    await page.waitForFunction(() => document.querySelector('job-list').shadowRoot.querySelector('[part~="error"]'));
  },
  'feed-html': async (page) => {
    await page.evaluate(() => (document.querySelector('job-list').src = './index.html'));
    await page.waitForFunction(() => document.querySelector('job-list').shadowRoot.querySelector('[part~="error"]'));
  },
  apply: async (page) => {
    await page.evaluate(inList((list, root) => root.querySelector('job-card').shadowRoot.querySelector('[part~="apply-button"]').click()));
    await page.waitForFunction(() => document.querySelector('job-list').shadowRoot.querySelector('dialog[open] apply-form')?.shadowRoot?.querySelector('form'));
    await page.waitForTimeout(200);
  },
  'apply-errors': async (page) => {
    await STATES.apply(page);
    await page.evaluate(() => {
      const form = document.querySelector('job-list').shadowRoot.querySelector('apply-form').shadowRoot.querySelector('form');
      form.requestSubmit();
    });
    await page.waitForTimeout(300);
  },
};

const rows = [];
for (const scheme of ['light', 'dark']) {
  for (const width of [1280, 375]) {
    const context = await browser.newContext({ viewport: { width, height: width > 500 ? 900 : 800 }, colorScheme: scheme, deviceScaleFactor: 1 });
    for (const [name, reach] of Object.entries(STATES)) {
      if (only && !only.includes(name)) continue;
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`  page error (${name}): ${error.message}`));
      await page.goto(`${base}/demo/index.html`);
      await waitForCards(page);
      await page.evaluate(() => document.querySelector('job-list').updateComplete);
      try {
        await reach(page);
      } catch (error) {
        console.error(`  ${name} @${width} ${scheme}: ${error.message.split('\n')[0]}`);
      }
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const card = await firstCard(page);
      const scrolled = name === 'expanded' || name === 'expanded-scrolled';
      const file = path.join(outDir, `${name}-${width}-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: !scrolled && !name.startsWith('apply') });
      rows.push({ state: name, width, scheme, pageHeight: height, firstCard: Math.round(card), file: path.relative(process.cwd(), file) });
      await page.close();
    }
    await context.close();
  }
}
await browser.close();
await server.close();
console.table(rows);
