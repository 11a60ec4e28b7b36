/**
 * The three browser engines the suite runs in, as web-test-runner launchers, from Debian's packages:
 *
 *   chromium  Chromium through puppeteer (CDP), headless            apt-get install chromium
 *   firefox   Firefox ESR through puppeteer (WebDriver BiDi)         apt-get install firefox-esr
 *   webkit    WebKitGTK's MiniBrowser through WebKitWebDriver        apt-get install webkit2gtk-driver xvfb
 *
 * No npm package downloads a browser. CHROME_PATH, FIREFOX_PATH and MINIBROWSER_PATH point at other builds.
 * MiniBrowser has no headless mode: without DISPLAY an Xvfb server is started for the run and stopped after.
 */
import { spawn, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from './page-check.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const INSTALL = {
  chromium: 'apt-get install -y chromium (or set CHROME_PATH)',
  firefox: 'apt-get install -y firefox-esr (or set FIREFOX_PATH)',
  webkit: 'apt-get install -y webkit2gtk-driver xvfb (or set MINIBROWSER_PATH)',
};

function which(command) {
  try {
    return execSync(`command -v ${command}`, { encoding: 'utf8', shell: '/bin/sh' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function find(engine, candidates) {
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (found) return found;
  console.error(`No ${engine} found for the browser tests. Install it: ${INSTALL[engine]}.`);
  process.exit(1);
}


const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Children started for a run (Xvfb, WebKitWebDriver), stopped when the run ends however it ends. */
const children = [];
const stopChildren = () => children.splice(0).forEach((child) => child.exitCode === null && child.kill('SIGTERM'));
process.on('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stopChildren(), process.exit(130)));

/** A display for MiniBrowser: the caller's, or a fresh Xvfb that picks a free display number itself. */
async function display() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  const xvfb = find('webkit', [which('Xvfb')]);
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  children.push(child);
  const number = await new Promise((resolve, reject) => {
    let out = '';
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.trim());
    });
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it had a display`)));
  });
  return `:${number}`;
}

/** WebKitWebDriver on a free loopback port, answering once it is up. */
async function webkitDriver(env) {
  const driver = find('webkit', [which('WebKitWebDriver')]);
  const port = await freePort();
  const child = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return port;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

const launchers = {
  chromium: (env) =>
    chromeLauncher({
      launchOptions: {
        executablePath: find('chromium', [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', which('chromium')]),
        headless: true,
        args: CHROMIUM_ARGS,
        env: { ...process.env, ...env },
      },
    }),

  firefox: (env) =>
    chromeLauncher({
      // Given puppeteer, the launcher honours `browser: 'firefox'`.
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: find('firefox', [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox', which('firefox-esr')]),
        headless: true,
        env: { ...process.env, ...env },
        // Without it performance.now() is rounded to whole milliseconds.
        extraPrefsFirefox: { 'privacy.reduceTimerPrecision': false },
      },
    }),

  webkit: async (env) => {
    const { webdriverLauncher } = await import('@web/test-runner-webdriver');
    const binary = find('webkit', [process.env.MINIBROWSER_PATH, '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser']);
    // Under C.UTF-8 WebKitGTK reports navigator.language as "C" (which Intl refuses): give it a real one, no LC_ALL.
    const { LC_ALL: _, ...rest } = process.env;
    const port = await webkitDriver({ ...rest, ...env, DISPLAY: await display(), LANG: 'en_US.UTF-8' });
    return webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary, args: ['--automation'] },
        // Without it webdriverio asks for BiDi, which this driver refuses ("Failed to match capabilities").
        'wdio:enforceWebDriverClassic': true,
      },
    });
  },
};

/** Launchers for the named engines, each browser started with `env` added to this process's environment. */
export async function engineLaunchers(names, env = {}) {
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length) {
    console.error(`Unknown engine ${unknown.join(', ')}: choose from ${ENGINES.join(', ')}.`);
    process.exit(1);
  }
  return Promise.all(names.map((name) => launchers[name](env)));
}

/**
 * The test command `press-chord` (`{ keys: ['Shift', 'Tab'] }`): keys held together, then released in reverse.
 * Puppeteer (Chromium, Firefox) presses them one by one; WebDriver's key actions hold modifiers to the end.
 */
export function pressChordPlugin() {
  return {
    name: 'press-chord',
    async executeCommand({ command, payload, session }) {
      if (command !== 'press-chord') return undefined;
      const { keys } = payload;
      if (session.browser.type === 'puppeteer') {
        const { keyboard } = session.browser.getPage(session.id);
        for (const key of keys) await keyboard.down(key);
        for (const key of [...keys].reverse()) await keyboard.up(key);
        return true;
      }
      if (session.browser.type === 'webdriver') {
        await session.browser.sendKeys(session.id, keys);
        return true;
      }
      throw new Error(`press-chord: no keyboard for ${session.browser.type}`);
    },
  };
}
