#!/usr/bin/env node
/**
 * The whole build, in order:
 *
 *   1. dist/index.js, dist/define.js (+ shared chunks): ES modules for bundlers; lit, @lit/task and zod external.
 *   2. dist/careers-widgets.js: the minified, self-registering IIFE for a plain <script src> tag, Lit's production
 *      build; it fetches dist/careers-widgets-feed.js (the feed's validation, search and filters) beside the feed and the other
 *      careers-widgets-*.js files (the application form, …: IIFEs of their own) from the same folder on first use.
 *      No exports, no global.
 *   3. dist/postings.schema.json: JSON Schema (draft 2020-12) generated from FeedSchema (src/feed/schema.ts).
 *   4. custom-elements.json: the Custom Elements Manifest (cem analyze, custom-elements-manifest.config.mjs).
 *   5. dist/types/**\/*.d.ts: tsc --emitDeclarationOnly, last.
 *
 * dist/ is emptied once, here, before step 1; no later step empties it.
 */
import { spawnSync } from 'node:child_process';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { emitSchema } from './emit-schema.mjs';
import { writeVscodeData } from './vscode-data.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const configFile = path.join(root, 'vite.config.ts');
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));

// The script-tag build is a production build; say so before Vite reads the environment.
process.env.NODE_ENV = 'production';

const started = performance.now();
const step = (label) => console.log(`\n▶ ${label}`);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`✖ ${[path.relative(root, command), ...args].join(' ')} exited with ${result.status}`);
    process.exit(result.status ?? 1);
  }
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name);

await rm(dist, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------------------------
// 1. ES build for bundlers. Every runtime dependency (and its subpaths: lit/decorators.js, zod/mini, …) stays an
//    import, so the host app's bundler dedupes Lit and zod.
// ---------------------------------------------------------------------------------------------------------------
step('ES modules for bundlers: dist/index.js, dist/define.js');
const runtimeDeps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
const isRuntimeDep = (id) => runtimeDeps.some((dep) => id === dep || id.startsWith(`${dep}/`));

await build({
  configFile,
  mode: 'production',
  logLevel: 'warn',
  build: {
    outDir: dist,
    emptyOutDir: false,
    copyPublicDir: false,
    minify: false,
    sourcemap: true,
    lib: {
      entry: { index: path.join(root, 'src/index.ts'), define: path.join(root, 'src/define.ts') },
      formats: ['es'],
    },
    rolldownOptions: {
      external: isRuntimeDep,
      output: {
        entryFileNames: '[name].js',
        // Code shared by the entries (the elements, the feed code); not an entry point of its own.
        chunkFileNames: 'chunks/shared-[hash].js',
      },
    },
  },
});

// ---------------------------------------------------------------------------------------------------------------
// 2. The script-tag IIFEs: careers-widgets.js (list and cards, src/script-tag.ts) and careers-widgets-apply.js
//    (the application form, fetched by the first on first use). Plain rolldown inputs (not lib mode, which demands
//    a global `name` for IIFE) whose entry only imports the source entry: no exports, so each is emitted as
//    `(function(){ … })();` and creates no global variable.
// ---------------------------------------------------------------------------------------------------------------
step('Script-tag bundles: dist/careers-widgets.js and the files it loads on demand (apply, html, ats, languages)');

/**
 * The later files take Lit and the modules they share with the first one from it (src/shared/handover.ts: the
 * `Handover` interface names them, one `import type * as <key>` each): every `lit` import and every import of a
 * shared module in them resolves to a module reading the hand-over.
 */
async function handover() {
  const read = (file) => readFile(path.join(root, file), 'utf8');
  const exported = (source) => [...source.matchAll(/^export (?:async )?(?:function|const|class|let) (\w+)/gm)].map((m) => m[1]);
  const names = {
    lit: [...(await read('src/shared/lit-api.ts')).matchAll(/export \{([^}]*)\} from/g)].flatMap((m) => m[1].split(',')).map((n) => n.trim()).filter(Boolean),
  };
  const byFile = new Map();
  const shared = [...(await read('src/shared/handover.ts')).matchAll(/^import type \* as (\w+) from '([^']+)\.js';$/gm)];
  for (const [, key, from] of shared) {
    if (key === 'lit') continue; // every `lit` import, above
    const file = path.join(root, 'src/shared', `${from}.ts`);
    names[key] = exported(await readFile(file, 'utf8'));
    if (!names[key].length) throw new Error(`${file}: no exports found for the hand-over`);
    byFile.set(file, key);
  }
  const receiver = JSON.stringify(path.join(root, 'src/shared/handover.ts'));
  return {
    name: 'careers-widgets-handover',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'lit' || source.startsWith('lit/')) return '\0handover:lit';
      if (!importer?.startsWith(path.join(root, 'src') + path.sep) || !source.startsWith('.')) return undefined;
      const key = byFile.get(path.resolve(path.dirname(importer), source.replace(/\.js$/, '.ts')));
      return key ? `\0handover:${key}` : undefined;
    },
    load(id) {
      const part = id.startsWith('\0handover:') ? id.slice('\0handover:'.length) : undefined;
      if (!part) return undefined;
      // Each read marked pure, so a name the file does not use is dropped (a plain destructuring keeps every one).
      const pure = (expression) => `/* @__PURE__ */ (() => ${expression})()`;
      return [
        `import { received } from ${receiver};`,
        `const shared = ${pure(`received().${part}`)};`,
        ...names[part].map((name) => `export const ${name} = ${pure(`shared.${name}`)};`),
      ].join('\n');
    },
  };
}

/**
 * Lit and zod leave records on `window` (`litHtmlVersions`, `reactiveElementVersions`, `litElementVersions`,
 * `litPropertyMetadata`, `__zod_globalConfig`) so that copies of them can find each other. The script-tag files
 * carry private copies that need no such meeting point, and a host page gets no global from us but the custom
 * elements: each record becomes a variable of the bundle. The ES build, which shares Lit and zod with the app,
 * keeps them. Each rewrite must match once in its module, so a Lit or zod upgrade that changes them fails the build.
 */
const PRIVATE_GLOBALS = [
  ['lit-html/lit-html.js', /\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[\d.]+"\)/, '0'],
  ['@lit/reactive-element/reactive-element.js', /\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)/, '0'],
  ['@lit/reactive-element/reactive-element.js', /\w+\.litPropertyMetadata\?\?=new WeakMap(?=[,;])/, '0'],
  ['@lit/reactive-element/reactive-element.js', /^/, 'const litPropertyMetadata=new WeakMap();'],
  ['@lit/reactive-element/decorators/property.js', /globalThis\.litPropertyMetadata/g, 'litPropertyMetadataOfStandardDecorators'],
  ['@lit/reactive-element/decorators/property.js', /^/, 'const litPropertyMetadataOfStandardDecorators=new WeakMap();'],
  ['lit-element/lit-element.js', /\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)/, '0'],
  ['zod/v4/core/core.js', /\(_a = globalThis\)\.__zod_globalConfig \?\? \(_a\.__zod_globalConfig = \{\}\);\s*export const globalConfig = globalThis\.__zod_globalConfig;/, 'export const globalConfig = {};'],
  ['zod/v4/core/core.js', /globalThis\.__zod_globalConfig\?\.postProcessor/, 'globalConfig.postProcessor'],
];

function privateGlobals() {
  return {
    name: 'careers-widgets-private-globals',
    transform(code, id) {
      const file = id.split(path.sep).join('/');
      const rules = PRIVATE_GLOBALS.filter(([suffix]) => file.endsWith(`/node_modules/${suffix}`));
      if (!rules.length) return undefined;
      for (const [suffix, pattern, replacement] of rules) {
        pattern.lastIndex = 0;
        if (!pattern.test(code)) this.error(`${suffix}: no match for ${pattern}; update PRIVATE_GLOBALS in scripts/build.mjs`);
        code = code.replace(pattern, replacement);
      }
      return { code, map: null };
    },
  };
}

/**
 * The feed's tools (reading the answer, validation, search, filters: zod and the schema most of it) are a file of
 * their own, careers-widgets-feed.js, that the first file loads beside the feed through a loader
 * (src/feed/load-tools.ts). src/feed/import-feed-tools.ts, the ES build's `import()` of the same code, becomes a
 * module without it here: no script-tag file inlines the tools but careers-widgets-feed.js, and none carries Vite's
 * helper for `import()` (which would also fire `vite:preloadError` events on the host page's window).
 */
function feedToolsInTheirOwnFile() {
  const loader = path.join(root, 'src/feed/load-tools.ts');
  return {
    name: 'careers-widgets-feed-tools-in-their-own-file',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === './import-feed-tools.js' && importer && path.resolve(importer) === loader ? '\0feed-tools:elsewhere' : undefined;
    },
    load(id) {
      return id === '\0feed-tools:elsewhere'
        ? "export const importFeedTools = () => Promise.reject(new Error('the feed tools load through careers-widgets-feed.js'));\n"
        : undefined;
    },
  };
}

/**
 * V8's explicit compile hint (Chromium 136+; a plain comment elsewhere): every function of the file is compiled as
 * the file is, on a background thread while it downloads, instead of on the main thread the first time it is called.
 * On the later files only: each is loaded when its code is about to run (the feed's check and first render, the
 * form, the structured data), so that first call is the main thread's busiest moment. Seed page at 4x CPU, medians of
 * 10 beside the build before: the first results' render 70 instead of 85 ms, blocking time 65 instead of 92 ms.
 * Not on the first file: the page runs it as soon as it is compiled, and compiling all of it first held back the
 * feed's request (1,000 postings through `src`: first results 444 instead of 362 ms, medians of 10). Not on the
 * language tables: data only.
 */
const COMPILE_EAGERLY = '//# allFunctionsCalledOnLoad';

/** One IIFE for a classic <script>: its entry only imports `entryFile`, so it has no exports and assigns no global. */
async function buildScript(name, entryFile, { later = false, eager = later, entryCode = `import ${JSON.stringify(path.join(root, entryFile))};\n` } = {}) {
  const entryId = `virtual:${name}`;
  const resolvedId = `\0${entryId}`;
  await build({
    configFile,
    mode: 'production',
    logLevel: 'warn',
    define: {
      // Lit and friends read this in places; the script tag has no bundler after it to replace it.
      'process.env.NODE_ENV': JSON.stringify('production'),
    },
    resolve: {
      // Production export conditions only: Lit's `development` build (dev-mode warnings) is never picked.
      conditions: ['production', 'module', 'browser'],
    },
    plugins: [
      // Lit's html`` and css`` templates keep their source indentation unless minified; a host page pays for every byte.
      // `conservativeCollapse`: a run of white space becomes one space, never none. Without it a space that starts or
      // ends a template (html` · ${closes}`, <span> *</span>) or stands between an expression and an element is
      // dropped, and the script tag would read "required.This application" and "Full name*" where the dev build
      // has the space (test/job-list-built.test.ts compares the two).
      minifyHTMLLiterals({ include: ['src/**/*.ts'], options: { minifyOptions: { conservativeCollapse: true } } }),
      privateGlobals(),
      feedToolsInTheirOwnFile(),
      ...(later ? [await handover()] : []),
      {
        name: 'careers-widgets-script-entry',
        resolveId(id) {
          return id === entryId ? resolvedId : undefined;
        },
        load(id) {
          return id === resolvedId ? entryCode : undefined;
        },
      },
    ],
    build: {
      outDir: dist,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      sourcemap: true,
      modulePreload: false,
      rolldownOptions: {
        input: { [name]: entryId },
        // After minification, which would drop the comment; the source map is shifted by its line.
        output: { format: 'iife', entryFileNames: '[name].js', ...(eager ? { postBanner: COMPILE_EAGERLY } : {}) },
      },
    },
  });
  checkScript(`${name}.js`, await readFile(path.join(dist, `${name}.js`), 'utf8'), later, eager);
}

/**
 * A script-tag bundle must be a bare IIFE: no global, no module syntax, no Lit dev build. A later file must not make
 * a Trusted Types policy of Lit's or ours: a second one fails on a page that allows each name once, and it would mean
 * the file carries its own copy of what it should borrow (src/shared/handover.ts).
 */
function checkScript(file, iife, later = false, eager = false) {
  const problems = [];
  // The hint applies to the functions after it only (a bundler update could move or drop it).
  if (eager && !iife.startsWith(`${COMPILE_EAGERLY}\n`)) problems.push(`does not start with ${COMPILE_EAGERLY}`);
  if (!/^\s*(?:\/\*[\s\S]*?\*\/\s*|\/\/[^\n]*\n\s*)*(?:"use strict";\s*)?[(!]\s*(?:function\s*\(\s*\)|\(\s*\)\s*=>)/.test(iife)) {
    problems.push('does not start with an argument-less IIFE (a global could be assigned)');
  }
  if (/^\s*(?:var|let|const)\s+[\w$]+\s*=/m.test(iife.slice(0, 200))) problems.push('starts by declaring a top-level variable');
  if (/Lit is in dev mode/.test(iife)) problems.push("contains Lit's development build");
  if (/^\s*import\s|\bexport\s*\{/m.test(iife)) problems.push('contains ES import/export statements');
  if (later && /createPolicy\(`(?:lit-html|careers-widgets)`/.test(iife)) problems.push("creates Lit's or our Trusted Types policy (its own copy of a module it should borrow?)");
  if (problems.length) {
    console.error(`✖ dist/${file} ${problems.join('; ')}`);
    process.exit(1);
  }
}

await buildScript('careers-widgets', 'src/script-tag.ts');
await buildScript('careers-widgets-apply', 'src/script-tag-apply.ts', { later: true });
await buildScript('careers-widgets-html', 'src/script-tag-html.ts', { later: true });
await buildScript('careers-widgets-feed', 'src/script-tag-feed.ts', { later: true });
await buildScript('careers-widgets-ats', 'src/script-tag-ats.ts', { later: true });
await buildScript('careers-widgets-seo', 'src/script-tag-seo.ts', { later: true });
for (const language of ['de', 'fr', 'es', 'ja', 'zh-CN']) {
  const tables = JSON.stringify(path.join(root, `src/locales/${language}.ts`));
  const receiver = JSON.stringify(path.join(root, 'src/shared/handover.ts'));
  await buildScript(`careers-widgets-${language}`, `src/locales/${language}.ts`, {
    later: true,
    eager: false,
    entryCode: `import * as tables from ${tables};\nimport { received } from ${receiver};\nreceived().provide({ ...tables });\n`,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 3. JSON Schema of the feed, generated from the zod schema itself (scripts/emit-schema.mjs).
// ---------------------------------------------------------------------------------------------------------------
step('Feed JSON Schema: dist/postings.schema.json');
await emitSchema({ outFile: path.join(dist, 'postings.schema.json') });

// ---------------------------------------------------------------------------------------------------------------
// 4. Custom Elements Manifest at the repo root (deterministic: see custom-elements-manifest.config.mjs).
// ---------------------------------------------------------------------------------------------------------------
step('Custom Elements Manifest: custom-elements.json');
run(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);

step('VS Code custom data: dist/vscode.html-custom-data.json');
await writeVscodeData();

// ---------------------------------------------------------------------------------------------------------------
// 5. Declarations, last (nothing after this may empty dist/).
// ---------------------------------------------------------------------------------------------------------------
step('Type declarations: dist/types/');
run(bin('tsc'), ['-p', 'tsconfig.json', '--emitDeclarationOnly']);

// dist/relay/: the apply relay (`careers-widgets relay`, `careers-widgets/relay`), Node only.
await import('./build-relay.mjs');

// ---------------------------------------------------------------------------------------------------------------
// Every file package.json points at must exist now.
// ---------------------------------------------------------------------------------------------------------------
const promised = new Set([pkg.main, pkg.module, pkg.types, pkg.unpkg, pkg.jsdelivr].filter(Boolean));
(function collect(value) {
  if (typeof value === 'string') promised.add(value);
  else if (value && typeof value === 'object') Object.values(value).forEach(collect);
})(pkg.exports);
const missing = [];
for (const file of promised) {
  if (file.includes('*')) {
    // A subpath pattern: at least one file must match it.
    const [before, after] = path.basename(file).split('*');
    const names = await readdir(path.join(root, path.dirname(file))).catch(() => []);
    if (!names.some((name) => name.startsWith(before) && name.endsWith(after) && name.length > before.length + after.length)) missing.push(file);
    continue;
  }
  try {
    await stat(path.join(root, file));
  } catch {
    missing.push(file);
  }
}
if (missing.length) {
  console.error(`✖ package.json points at files the build did not produce: ${missing.join(', ')}`);
  process.exit(1);
}

const listing = [];
async function list(dir) {
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'types') listing.push(['dist/types/**/*.d.ts', '']);
      else await list(full);
    } else if (!entry.name.endsWith('.map')) {
      listing.push([path.relative(root, full), `${(await stat(full)).size} B`]);
    }
  }
}
await list(dist);
listing.push(['custom-elements.json', `${(await stat(path.join(root, 'custom-elements.json'))).size} B`]);
const width = Math.max(...listing.map(([name]) => name.length));
console.log('');
for (const [name, size] of listing) console.log(`  ${name.padEnd(width)}  ${size.padStart(9)}`);
console.log(`\n✔ build done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
