import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { koaTestEndpoints } from './server/test-endpoints.mjs';
import { frameworkTestPlugins } from './scripts/frameworks.mjs';
import { vscodeDataTestPlugin } from './scripts/vscode-data.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { engineLaunchers, pressChordPlugin } from './scripts/engines.mjs';

// The apply receiver stores into a fresh temporary folder, removed at exit; it knows the demo postings and the
// test postings (with questions and consent items) of test/fixtures/apply-postings.json.
const receiverData = mkdtempSync(path.join(tmpdir(), 'careers-receiver-'));
process.on('exit', () => rmSync(receiverData, { recursive: true, force: true }));
const receiver = {
  dataDir: receiverData,
  feeds: ['demo/postings.json', 'test/fixtures/apply-postings.json'].map((file) => fileURLToPath(new URL(file, import.meta.url))),
};

// WTR_BROWSERS=chromium,firefox,webkit (the default: all three) picks the engines of this run; `npm test` runs them
// one at a time through scripts/test-engines.mjs.
const engines = (process.env.WTR_BROWSERS || 'chromium,firefox,webkit').split(',').map((name) => name.trim()).filter(Boolean);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background tab gets no animation frames and no keyboard focus, which focus and
  // fixture tests rely on.
  concurrency: 1,
  // Firefox and WebKit start slower than Chromium, and a loaded 2-core machine runs three of them in turn.
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 20000 } },
  // A time zone with daylight saving, so calendar-day arithmetic is tested across clock changes.
  browsers: await engineLaunchers(engines, { TZ: 'Europe/Berlin' }),
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // test/frameworks/: React (CommonJS, bundled to ES modules once), .tsx, Vue and Svelte components.
    ...(await frameworkTestPlugins()),
    // test/vscode-data.test.ts: the VS Code custom data as scripts/vscode-data.mjs generates it from this tree.
    vscodeDataTestPlugin(),
    // pressChord() in test/helpers.ts: keys held together in every engine.
    pressChordPlugin(),
  ],
  middleware: [koaTestEndpoints({ receiver })],
  reporters: [defaultReporter(), summaryReporter()],
};
