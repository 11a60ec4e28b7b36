/**
 * Shared Vite config.
 *
 * - `npm start` (scripts/start.mjs: builds dist/ when missing or stale, then Vite's dev server on /demo/): the demo
 *   (demo/index.html loads /src/define.ts) with the apply receiver and the test feeds from server/test-endpoints.mjs
 *   mounted as dev middleware, and the framework examples in demo/frameworks/ (React, Vue, Svelte:
 *   scripts/frameworks.mjs).
 * - `npm run build` (scripts/build.mjs): loads this file and adds the two library builds on top (the ES build
 *   for bundlers and the single-file script-tag IIFE). Keep build-specific options there.
 * - `npm run build:demo` (scripts/build-demo.mjs): the demo as a static site in demo-site/; `npx vite preview`
 *   serves that folder (and opens /demo/).
 *
 * TypeScript decorators are legacy ones (`experimentalDecorators` in tsconfig.json); Vite's transform reads
 * them from tsconfig.json, so nothing is set here.
 */
import { defineConfig } from 'vite';
import { frameworkDemoPlugins } from './scripts/frameworks.mjs';
import { viteTestEndpoints } from './server/test-endpoints.mjs';

/** What `npm run build:demo` writes and `vite preview` serves (scripts/build-demo.mjs names it too). */
const DEMO_SITE = 'demo-site';

export default defineConfig(async ({ command, isPreview }) => ({
  // Several HTML pages (demo/index.html, …), no single-page fallback: an unknown path is a 404.
  appType: 'mpa',
  // There is no public/ folder; never copy one into dist/.
  publicDir: false,
  // The framework examples (demo/frameworks/) need Vue's and Svelte's compilers; the library build does not.
  plugins: [viteTestEndpoints(), ...(command === 'serve' ? await frameworkDemoPlugins() : [])],
  server: {
    port: 5173,
    // Pick the next free port rather than failing when 5173 is taken.
    strictPort: false,
    watch: { ignored: [`**/${DEMO_SITE}/**`, '**/.receiver-data/**'] },
  },
  // The pages whose imports Vite pre-bundles at start (not test/fixtures/, not the static build's copies).
  optimizeDeps: {
    entries: ['demo/**/*.html'],
  },
  preview: {
    open: '/demo/',
  },
  build: {
    // `vite preview` serves the static demo (npm run build:demo); the library build (scripts/build.mjs) names its own.
    ...(isPreview ? { outDir: DEMO_SITE } : {}),
    // Explicit, so the ES build handed to bundlers and the script-tag build agree.
    target: 'es2022',
    reportCompressedSize: false,
  },
}));
