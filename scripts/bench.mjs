#!/usr/bin/env node
/**
 * `npm run bench`: <job-list> at 10,000 postings, in headless Chromium, on the production script-tag bundle.
 *
 *   render    from handing the feed data to the element (`list.feed = data`) to the first results rendered
 *             (validation, index, facets, first page; then a forced style and layout)
 *   keystroke from a search keystroke (an `input` event in the search box) to the result rendered and laid out
 *
 * Median of RUNS runs each (after one warm-up); exits 1 above 100 ms (render) or 16 ms (keystroke).
 * Needs `npm run build` first (the npm script does it) and Chromium (`CHROME_PATH` or /usr/bin/chromium).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { syntheticFeed } from './synthetic-feed.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const POSTINGS = Number(process.env.BENCH_POSTINGS ?? 10_000);
const BUDGET = { render: 100, keystroke: 16 };
const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = path.join(root, 'dist/careers-widgets.js');
if (!existsSync(bundle)) {
  console.error('bench: dist/careers-widgets.js is missing: run npm run build');
  process.exit(1);
}
const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
if (!chrome) {
  console.error('bench: no Chrome or Chromium found: apt-get install -y chromium, or set CHROME_PATH');
  process.exit(1);
}

const feedJson = JSON.stringify(syntheticFeed(POSTINGS));
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="/careers-widgets.js"></script></head>
<body style="font-family: sans-serif; width: 1000px"></body></html>`;
const server = createServer((request, response) => {
  const body = request.url === '/' ? page : request.url === '/feed.json' ? feedJson : request.url === '/careers-widgets.js' ? readFileSync(bundle) : undefined;
  const type = request.url === '/' ? 'text/html' : request.url === '/feed.json' ? 'application/json' : 'text/javascript';
  response.writeHead(body === undefined ? 404 : 200, { 'Content-Type': type });
  response.end(body ?? '');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: chrome,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const tab = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(url);
  const result = await tab.evaluate(async ({ runs }) => {
    const data = await (await fetch('/feed.json')).json();
    await customElements.whenDefined('job-list');
    const settle = async (list) => {
      await list.updateComplete;
      const cards = [...list.shadowRoot.querySelectorAll('job-card')];
      await Promise.all(cards.map((card) => card.updateComplete));
      document.body.getBoundingClientRect(); // style and layout of what was rendered
      return cards.length;
    };
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

    const render = [];
    let cardsShown = 0;
    for (let run = 0; run <= runs; run++) {
      const list = document.createElement('job-list');
      list.setAttribute('url-mode', 'off');
      const start = performance.now();
      list.feed = data;
      document.body.append(list);
      cardsShown = await settle(list);
      if (run > 0) render.push(performance.now() - start);
      list.remove();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    const list = document.createElement('job-list');
    list.setAttribute('url-mode', 'off');
    list.feed = data;
    document.body.append(list);
    await settle(list);
    await new Promise((resolve) => setTimeout(resolve, 500)); // let deferred body checks and indexing finish
    const input = list.shadowRoot.querySelector('[part~="search-input"]');
    if (!input) throw new Error('no search box ([part~="search-input"]) in <job-list>');
    const queries = ['n', 'ne', 'net', 'netw', 'networ', 'network', 'network e', 'network en', 'network eng', 'ops', 'zur', 'zürich', 'data', 'la', 'lat', 'late'];
    const keystroke = [];
    const counts = [];
    for (let run = 0; run <= runs; run++) {
      input.value = queries[run % queries.length];
      const start = performance.now();
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: input.value.slice(-1) }));
      counts.push(await settle(list));
      if (run > 0) keystroke.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return { render: median(render), keystroke: median(keystroke), cardsShown, counts, renderRuns: render, keystrokeRuns: keystroke };
  }, { runs: RUNS });
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  if (result.cardsShown === 0) throw new Error('no job-card was rendered');

  const line = (name, value) => {
    const ok = value <= BUDGET[name];
    console.log(`${name.padEnd(10)} median ${value.toFixed(1).padStart(6)} ms   budget ${BUDGET[name]} ms   ${ok ? 'ok' : 'OVER'}`);
    return ok;
  };
  console.log(`bench: ${POSTINGS.toLocaleString('en')} postings, ${RUNS} runs each (after a warm-up), ${result.cardsShown} cards on the first page, Chromium headless`);
  const ok = [line('render', result.render), line('keystroke', result.keystroke)].every(Boolean);
  if (process.env.BENCH_VERBOSE) console.log(JSON.stringify(result, null, 1));
  process.exitCode = ok ? 0 : 1;
} finally {
  await browser.close();
  server.close();
}
