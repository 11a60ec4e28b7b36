#!/usr/bin/env node
/**
 * `npm run build:demo`: the demo as a static site in demo-site/, what a company would deploy. Any static host serves
 * it (`python3 -m http.server -d demo-site`, `npx vite preview`); its pages are under /demo/ and / leads there.
 *
 *   demo-site/demo/index.html          the seed careers page from the script tag, with the theme switcher
 *   demo-site/demo/script-tag.html     the same page with nothing but the script tag
 *   demo-site/demo/themes/*.css        the themes, as files a host page links
 *   demo-site/demo/postings.json       the seed feed
 *   demo-site/demo/frameworks/*.html   the recipes: plain HTML (script tag), bundler import, React, Vue, Svelte
 *   demo-site/dist/careers-widgets*.js the script-tag files, from dist/ (built first when missing or stale)
 *   demo-site/assets/                  what Vite bundled for the framework pages
 *
 * Not in it: demo/applications.html and the receiver switch of demo/index.html (the receiver is dev-server middleware).
 * Paths are relative (`base: './'`): the folder can be served from any path.
 */
import { copyFile, cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { ensureBuild } from './ensure-build.mjs';
import { frameworkDemoPlugins } from './frameworks.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.join(root, 'demo-site');
const started = performance.now();

await ensureBuild({ label: 'build:demo' });

const frameworkPages = (await readdir(path.join(root, 'demo/frameworks'))).filter((name) => name.endsWith('.html'));
const pages = ['demo/index.html', 'demo/script-tag.html', ...frameworkPages.map((name) => `demo/frameworks/${name}`)];

/**
 * Tags a host page writes by hand stay as written, with their own URLs: the script tag (a classic <script src>, which
 * Vite would warn it cannot bundle) and the theme stylesheet (the page's theme switcher swaps its href for another
 * file of demo/themes/; Vite would merge it into a hashed bundle and drop its id). Each becomes a placeholder
 * comment before Vite reads the page and is put back after.
 */
const VERBATIM = [/<script src="(?:\.\.\/)+dist\/careers-widgets\.js" defer><\/script>/g, /<link id="theme-css" [^>]*>/g];
const PLACEHOLDER = /<!--careers-widgets-verbatim:([A-Za-z0-9+/=]*)-->/g;
const hide = (tag) => `<!--careers-widgets-verbatim:${Buffer.from(tag).toString('base64')}-->`;

function staticPages() {
  return {
    name: 'careers-widgets:static-demo',
    transformIndexHtml: {
      order: 'pre',
      handler(html, { path: page }) {
        let out = html;
        if (page === '/demo/index.html') {
          // The sources become the script tag; the receiver switch goes (no receiver on a static host).
          out = out
            .replace(/\n\s*<!-- The sources \(npm start\)[^\n]*-->\n\s*<script type="module" src="\/src\/define\.ts"><\/script>/, '\n    <script src="../dist/careers-widgets.js" defer></script>')
            .replace(/\n\s*<!-- dev server only[\s\S]*?<!-- \/dev server only -->/, '');
          if (out.includes('/src/define.ts') || out.includes('id="use-receiver"')) throw new Error('demo/index.html: the markers scripts/build-demo.mjs looks for have changed');
        }
        for (const pattern of VERBATIM) out = out.replace(pattern, hide);
        return out;
      },
    },
  };
}
function restoreVerbatim() {
  return {
    name: 'careers-widgets:static-demo-verbatim',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(PLACEHOLDER, (_, tag) => Buffer.from(tag, 'base64').toString()),
    },
  };
}

await rm(outDir, { recursive: true, force: true });
await build({
  root,
  configFile: path.join(root, 'vite.config.ts'),
  mode: 'production',
  base: './',
  logLevel: 'warn',
  plugins: [staticPages(), restoreVerbatim(), ...(await frameworkDemoPlugins())],
  build: {
    outDir,
    emptyOutDir: true,
    copyPublicDir: false,
    rolldownOptions: { input: Object.fromEntries(pages.map((page) => [page.replace(/\.html$/, '').replaceAll('/', '-'), path.join(root, page)])) },
  },
});

// What the pages load at run time rather than through Vite: the feed, the theme files, the script-tag files.
await copyFile(path.join(root, 'demo/postings.json'), path.join(outDir, 'demo/postings.json'));
await cp(path.join(root, 'demo/themes'), path.join(outDir, 'demo/themes'), { recursive: true });
await copyFile(path.join(root, 'demo/favicon.svg'), path.join(outDir, 'demo/favicon.svg'));
await mkdir(path.join(outDir, 'dist'), { recursive: true });
const scripts = (await readdir(path.join(root, 'dist'))).filter((name) => /^careers-widgets[\w-]*\.js$/.test(name));
for (const name of scripts) await copyFile(path.join(root, 'dist', name), path.join(outDir, 'dist', name));
await writeFile(
  path.join(outDir, 'index.html'),
  `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>careers-widgets demo</title>
    <link rel="icon" href="data:," />
    <meta http-equiv="refresh" content="0; url=./demo/" />
  </head>
  <body>
    <p><a href="./demo/">The careers-widgets demo</a></p>
  </body>
</html>
`,
);

const files = [];
async function list(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await list(full);
    else files.push(path.relative(outDir, full));
  }
}
await list(outDir);
console.log(`\n✔ demo-site/ (${files.length} files) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log('  serve it: npx vite preview (opens /demo/), or python3 -m http.server -d demo-site 8000 and open /demo/');
