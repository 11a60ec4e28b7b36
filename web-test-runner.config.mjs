import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { koaTestEndpoints } from './server/test-endpoints.mjs';
import { frameworkTestPlugins } from './scripts/frameworks.mjs';
import { vscodeDataTestPlugin } from './scripts/vscode-data.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';

function findChrome() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    return execSync('command -v chromium || command -v google-chrome', { encoding: 'utf8', shell: '/bin/sh' }).trim();
  } catch {
    console.error(
      'No Chrome or Chromium found. Install one (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROME_PATH to its executable.',
    );
    process.exit(1);
  }
}

// Flags for a headless root run on a closed network: no sandbox, no background calls home.
const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

// The apply receiver stores into a fresh temporary folder, removed at exit; it knows the demo postings and the
// test postings (with questions and consent items) of test/fixtures/apply-postings.json.
const receiverData = mkdtempSync(path.join(tmpdir(), 'careers-receiver-'));
process.on('exit', () => rmSync(receiverData, { recursive: true, force: true }));
const receiver = {
  dataDir: receiverData,
  feeds: ['demo/postings.json', 'test/fixtures/apply-postings.json'].map((file) => fileURLToPath(new URL(file, import.meta.url))),
};

// A time zone with daylight saving, so calendar-day arithmetic is tested across clock changes.
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background tab gets no animation frames and no keyboard focus, which focus and
  // fixture tests rely on.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs, env: { ...process.env, TZ: 'Europe/Berlin' } } })],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // test/frameworks/: React (CommonJS, bundled to ES modules once), .tsx, Vue and Svelte components.
    ...(await frameworkTestPlugins()),
    // test/vscode-data.test.ts: the VS Code custom data as scripts/vscode-data.mjs generates it from this tree.
    vscodeDataTestPlugin(),
  ],
  middleware: [koaTestEndpoints({ receiver })],
  reporters: [defaultReporter(), summaryReporter()],
};
