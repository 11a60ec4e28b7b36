/**
 * Tooling for the framework recipes (README "Frameworks"): the example components in demo/frameworks/ are the
 * ones test/frameworks/ mounts, so the same source is compiled twice:
 *
 * - by Vite for `npm start` (`frameworkDemoPlugins()`, serve only): the official Vue and Svelte plugins; JSX is
 *   Vite's own (demo/frameworks/tsconfig.json says `"jsx": "react-jsx"`);
 * - by web-test-runner (`frameworkTestPlugins()`): `.tsx` through esbuild, `.vue` through `vue/compiler-sfc`,
 *   `.svelte` through `svelte/compiler`, and React, which is published as CommonJS only, bundled once with esbuild
 *   into ES modules served from `/__react__/` (the test server resolves packages but does not convert CommonJS).
 *
 * `isCustomElement` is the one compiler setting Vue needs; both paths use this one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const demoTsconfig = path.join(root, 'demo/frameworks/tsconfig.json');

/** The tags this package defines, which Vue must leave to the browser rather than resolve as Vue components. */
const TAGS = new Set(['job-list', 'job-card', 'apply-form']);
export const isCustomElement = (tag) => TAGS.has(tag);

/** Vite plugins for the example pages (`npm start`). Not used by the library build. */
export async function frameworkDemoPlugins() {
  const [{ default: vue }, { svelte }] = await Promise.all([import('@vitejs/plugin-vue'), import('@sveltejs/vite-plugin-svelte')]);
  return [vue({ template: { compilerOptions: { isCustomElement } } }), svelte()];
}

/** web-test-runner plugins for test/frameworks/. */
export async function frameworkTestPlugins() {
  const { esbuildPlugin } = await import('@web/dev-server-esbuild');
  return [esbuildPlugin({ tsx: true, tsconfig: demoTsconfig }), reactAsEsModules(), vueSingleFileComponents(), svelteComponents()];
}

/** The file on disk behind a served path. */
const filePath = (context) => path.join(root, decodeURIComponent(context.path));

// ---------------------------------------------------------------------------------------------------------------
// React: CommonJS only. Each entry the code may import becomes an ES module re-exporting the CommonJS exports by
// name, bundled together (code splitting: one React instance shared by react, react-dom and the JSX runtime).
// ---------------------------------------------------------------------------------------------------------------
const REACT_ENTRIES = ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client'];
const REACT_PREFIX = '/__react__/';
const reactFile = (specifier) => `${specifier.replace('/', '--')}.js`;

function reactAsEsModules() {
  let files;
  const bundle = () =>
    (files ??= (async () => {
      // The names each entry exports, read in a separate Node process: loading React here would patch this one.
      const names = JSON.parse(
        execFileSync(process.execPath, ['-e', `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(REACT_ENTRIES)}.map((s) => [s, Object.keys(require(s))]))))`], {
          cwd: root,
          encoding: 'utf8',
          env: { ...process.env, NODE_ENV: 'development' },
        }),
      );
      const { build } = await import('esbuild');
      const result = await build({
        absWorkingDir: root,
        entryPoints: Object.fromEntries(REACT_ENTRIES.map((specifier) => [reactFile(specifier).slice(0, -3), `entry:${specifier}`])),
        outdir: path.join(root, '.cache/react'), // names the chunks; nothing is written
        write: false,
        bundle: true,
        splitting: true,
        format: 'esm',
        target: 'es2022',
        define: { 'process.env.NODE_ENV': '"development"' },
        logLevel: 'silent',
        plugins: [
          {
            name: 'commonjs-named-exports',
            setup(esbuild) {
              esbuild.onResolve({ filter: /^entry:/ }, (args) => ({ path: args.path.slice('entry:'.length), namespace: 'entry' }));
              esbuild.onLoad({ filter: /.*/, namespace: 'entry' }, (args) => {
                const exported = names[args.path].filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name));
                return {
                  contents: `import cjs from ${JSON.stringify(args.path)};\nexport const { ${exported.join(', ')} } = cjs;\nexport default cjs;\n`,
                  resolveDir: root,
                  loader: 'js',
                };
              });
            },
          },
        ],
      });
      return new Map(result.outputFiles.map((file) => [REACT_PREFIX + path.basename(file.path), file.text]));
    })());
  return {
    name: 'careers-widgets:react-as-es-modules',
    resolveImport({ source, context }) {
      if (REACT_ENTRIES.includes(source)) return REACT_PREFIX + reactFile(source);
      // The bundle's own chunks: already resolved, nothing on disk to look up.
      if (context.path.startsWith(REACT_PREFIX) && source.startsWith('./')) return source;
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(REACT_PREFIX)) return undefined;
      const body = (await bundle()).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Vue single-file components, compiled as @vitejs/plugin-vue does (script setup with the template inlined). `vue`
// itself is its self-contained browser build: the default (bundler) build expects `process.env` to be replaced.
// ---------------------------------------------------------------------------------------------------------------
function vueSingleFileComponents() {
  const vueBrowserBuild = '/node_modules/vue/dist/vue.runtime.esm-browser.js';
  return {
    name: 'careers-widgets:vue-sfc',
    resolveMimeType(context) {
      return context.path.endsWith('.vue') ? 'js' : undefined;
    },
    resolveImport({ source }) {
      if (source === 'vue' && existsSync(path.join(root, vueBrowserBuild))) return vueBrowserBuild;
      return undefined;
    },
    async transform(context) {
      if (!context.path.endsWith('.vue')) return undefined;
      const { parse, compileScript } = await import('vue/compiler-sfc');
      // The template is parsed here, and parsing is where a tag becomes an element or a component: the option must be
      // given to both steps (as @vitejs/plugin-vue does with `template.compilerOptions`).
      const compilerOptions = { isCustomElement };
      const { descriptor, errors } = parse(context.body, { filename: filePath(context), templateParseOptions: compilerOptions });
      if (errors.length) throw errors[0];
      if (descriptor.styles.length) throw new Error(`${context.path}: <style> blocks are not supported by the test compiler`);
      const script = compileScript(descriptor, {
        id: context.path,
        inlineTemplate: true,
        templateOptions: { compilerOptions },
      });
      const { transform } = await import('esbuild');
      const code = script.lang === 'ts' ? (await transform(script.content, { loader: 'ts', format: 'esm', target: 'es2022' })).code : script.content;
      return { body: code };
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Svelte 5 components, compiled for the browser as @sveltejs/vite-plugin-svelte does in development.
// ---------------------------------------------------------------------------------------------------------------
function svelteComponents() {
  // The test server resolves packages without the `browser` condition (its default is `development` only), which
  // would give Svelte's server runtime (`mount(...)` is not available on the server). Svelte's entries, and
  // esm-env's BROWSER flag, are resolved here with it; nothing else is affected.
  const exportsOf = new Map();
  const browserEntry = (pkg, subpath) => {
    if (!exportsOf.has(pkg)) exportsOf.set(pkg, JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).exports ?? {});
    const target = exportsOf.get(pkg)[subpath]?.browser;
    return typeof target === 'string' ? `/node_modules/${pkg}/${target.replace(/^\.\//, '')}` : undefined;
  };
  return {
    name: 'careers-widgets:svelte',
    resolveMimeType(context) {
      return context.path.endsWith('.svelte') ? 'js' : undefined;
    },
    resolveImport({ source }) {
      const match = source.match(/^(svelte|esm-env)(\/.*)?$/);
      return match ? browserEntry(match[1], `.${match[2] ?? ''}`) : undefined;
    },
    async transform(context) {
      if (!context.path.endsWith('.svelte')) return undefined;
      const { compile } = await import('svelte/compiler');
      const { js } = compile(context.body, { filename: filePath(context), generate: 'client', dev: true, css: 'injected' });
      return { body: js.code };
    },
  };
}
