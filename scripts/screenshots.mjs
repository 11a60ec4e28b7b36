#!/usr/bin/env node
/**
 * Screenshots of the demo page (demo/index.html over demo/postings.json) in every state, at 375 and 1280 px, light
 * and dark, for a person to look at: `node scripts/screenshots.mjs [outDir]` (default `screenshots/`, git-ignored).
 * Also prints the page height and the first card's height in each state, the numbers issue 11 measures.
 *
 * Serves the repository with Vite's dev server (the demo loads /src/define.ts) on a free port and drives Debian's
 * Chromium (CHROME_PATH, else /usr/bin/chromium) with playwright-core. `--only=list,expanded` picks states; the
 * `form-*` states show `<apply-form>` alone (empty, after a Tab through, errors, files, sending, success, unknown
 * outcome, earlier version).
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

/**
 * The application form on its own (not in the dialog, so the whole form is in one picture), for the posting with
 * questions, sending to the dev receiver; outcomes the receiver cannot be made to give on demand are answered by
 * page.route. Each state: how to reach it from the freshly shown form.
 */
const inForm = (fn, arg) => `(() => { const form = document.querySelector('apply-form'); const root = form.shadowRoot; return (${fn})(form, root, ${JSON.stringify(arg ?? null)}); })()`;
const fillForm = (withFile = true) =>
  inForm((form, root, withFile) => {
    const set = (id, value) => {
      const field = root.getElementById(id);
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    };
    set('name', 'Ada Lovelace');
    set('email', 'ada@example.com');
    set('phone', '+65 6123 4567');
    set('coverLetter', 'I have run BGP networks for eight years, five of them on call for a trading floor.');
    set('links[0]', 'https://www.linkedin.com/in/ada');
    for (const input of root.querySelectorAll('input[type=radio]')) if (input.value === 'Native or bilingual' || input.value === 'yes') input.click();
    root.getElementById('consent').click();
    if (withFile) {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['%PDF-1.7\n', 'x'.repeat(245_000)], 'Ada Lovelace – resume 2025.pdf', { type: 'application/pdf' }));
      const resume = root.getElementById('resume');
      resume.files = transfer.files;
      resume.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }, withFile);
const pressTabs = async (page, count) => {
  await page.evaluate(inForm((form, root) => root.getElementById('name').focus()));
  for (let i = 0; i < count; i += 1) await page.keyboard.press('Tab');
};
const submitForm = (page) => page.evaluate(inForm((form, root) => root.querySelector('[part~="submit-button"]').click()));
const FORM_STATES = {
  'form-empty': async () => {},
  'form-tabbed': async (page) => pressTabs(page, 14),
  'form-errors': async (page) => {
    await submitForm(page);
    await page.waitForFunction(inForm((form, root) => root.querySelector('[part~="error-summary"]')));
  },
  'form-file': async (page) => {
    await page.evaluate(fillForm(true));
    await page.evaluate(inForm((form, root) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['MZ this program'], 'certificate.pdf'));
      const input = root.getElementById('answers.jlpt-certificate');
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }));
    await page.waitForFunction(inForm((form, root) => root.getElementById('answers.jlpt-certificate-error')));
    await page.evaluate(inForm((form, root) => root.getElementById('resume').focus()));
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
  },
  'form-sending': async (page) => {
    await page.route('**/api/applications**', () => {}); // never answered
    await page.evaluate(fillForm(true));
    await submitForm(page);
    await page.waitForFunction(inForm((form, root) => root.querySelector('[part~="progress"]')));
    await page.evaluate(inForm((form) => {
      form.progress = 45;
      return form.updateComplete;
    }));
  },
  'form-success': async (page) => {
    await page.evaluate(fillForm(true));
    await submitForm(page);
    await page.waitForFunction(inForm((form, root) => root.querySelector('[part~="success"]')), null, { timeout: 10_000 });
  },
  'form-unknown': async (page) => {
    await page.route('**/api/applications**', (route) => route.abort('connectionreset'));
    await page.evaluate(fillForm(true));
    await submitForm(page);
    await page.waitForFunction(inForm((form, root) => root.querySelector('[part~="submit-error"]')));
  },
  'form-earlier': async (page) => {
    await page.route('**/api/applications**', (route) =>
      route.fulfill({
        status: 422,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'urn:careers-widgets:problem:idempotency-key-reused',
          title: 'An earlier version of this application was received',
          earlier: { id: 'app-123', receivedAt: '2025-03-04T09:30:00Z', changed: ['coverLetter', 'resume'] },
        }),
      }),
    );
    await page.evaluate(fillForm(true));
    await submitForm(page);
    await page.waitForFunction(inForm((form, root) => root.getElementById('earlier-version')));
  },
};

/** Replaces the demo page's content with the form alone, for the posting with questions. */
const showForm = (page) =>
  page.evaluate(async () => {
    const list = document.querySelector('job-list');
    const feed = list.feed ?? (await (await fetch('./postings.json')).json());
    const form = document.createElement('apply-form');
    form.setAttribute('action', '/api/applications');
    form.setAttribute('min-fill-time', '0');
    form.setAttribute('no-draft', '');
    form.posting = feed.postings.find((posting) => posting.questions?.length);
    form.organization = feed.organization;
    const main = document.createElement('main');
    main.style.cssText = 'max-inline-size: 40rem; margin-inline: auto';
    main.append(form);
    document.body.replaceChildren(main);
    await form.updateComplete;
  });

const rows = [];
for (const scheme of ['light', 'dark']) {
  for (const width of [1280, 375]) {
    const context = await browser.newContext({ viewport: { width, height: width > 500 ? 900 : 800 }, colorScheme: scheme, deviceScaleFactor: 1 });
    for (const [name, reach] of Object.entries({ ...STATES, ...FORM_STATES })) {
      if (only && !only.includes(name)) continue;
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`  page error (${name}): ${error.message}`));
      await page.goto(`${base}/demo/index.html`);
      await waitForCards(page);
      await page.evaluate(() => document.querySelector('job-list').updateComplete);
      try {
        if (name in FORM_STATES) await showForm(page);
        await reach(page);
      } catch (error) {
        console.error(`  ${name} @${width} ${scheme}: ${error.message.split('\n')[0]}`);
      }
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const card = name in FORM_STATES ? 0 : await firstCard(page);
      const scrolled = name === 'expanded' || name === 'expanded-scrolled';
      const file = path.join(outDir, `${name}-${width}-${scheme}.png`);
      // The form alone: the column it stands in (at 1280 px the rest of the page is empty).
      const clip = name in FORM_STATES ? await page.evaluate(() => {
        const box = document.querySelector('main').getBoundingClientRect();
        const x = Math.max(0, box.left - 24);
        return { x, y: 0, width: Math.min(innerWidth - x, box.width + 48), height: document.documentElement.scrollHeight };
      }) : undefined;
      await page.screenshot({ path: file, fullPage: !scrolled && !name.startsWith('apply'), clip });
      rows.push({ state: name, width, scheme, pageHeight: height, firstCard: Math.round(card), file: path.relative(process.cwd(), file) });
      await page.close();
    }
    await context.close();
  }
}
await browser.close();
await server.close();
console.table(rows);
