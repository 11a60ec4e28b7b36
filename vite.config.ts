/**
 * Shared Vite config.
 *
 * - `npm start` (`vite --open /demo/`): serves the demo (demo/index.html loads /src/define.ts) with the apply
 *   receiver and the test feeds from server/test-endpoints.mjs mounted as dev middleware, and the framework
 *   examples in demo/frameworks/ (React, Vue, Svelte: scripts/frameworks.mjs).
 * - `npm run build` (scripts/build.mjs): loads this file and adds the two library builds on top (the ES build
 *   for bundlers and the single-file script-tag IIFE). Keep build-specific options there.
 *
 * TypeScript decorators are legacy ones (`experimentalDecorators` in tsconfig.json); Vite's transform reads
 * them from tsconfig.json, so nothing is set here.
 */
import { defineConfig } from 'vite';
import { frameworkDemoPlugins } from './scripts/frameworks.mjs';
import { viteTestEndpoints } from './server/test-endpoints.mjs';

export default defineConfig(async ({ command }) => ({
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
  },
  preview: {
    open: '/demo/',
  },
  build: {
    // Explicit, so the ES build handed to bundlers and the script-tag build agree.
    target: 'es2022',
    reportCompressedSize: false,
  },
}));
