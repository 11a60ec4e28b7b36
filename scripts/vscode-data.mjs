#!/usr/bin/env node
/**
 * VS Code custom HTML data (the `html.customData` format, version 1.1) generated from the Custom Elements Manifest,
 * so editors complete our tags and attributes and show their documentation on hover:
 *
 *   node scripts/vscode-data.mjs [out-file]      (default: dist/vscode.html-custom-data.json; `npm run build:vscode`)
 *
 * - each custom element: its summary and description, its events and slots, a link to its README section;
 * - each attribute: its description and default, a link to the same section; `values` when its type is a union of
 *   string literals, written in place (`'a' | 'b'`) or through a type alias the manifest only names (`GroupBy`),
 *   looked up in the sources (`type GroupBy = 'department' | 'location' | 'none'`, following relative imports);
 *   boolean attributes are marked as taking no value.
 *
 * `vscodeData()` only reads through the `read` function it is given, so test/vscode-data.test.ts also runs it in the
 * browser; the Node parts import Node's modules only when called.
 */

/** Strips `undefined` and `null` from a union type's text and returns its members. */
function unionMembers(typeText) {
  return typeText
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member && member !== 'undefined' && member !== 'null');
}

const STRING_LITERAL = /^(['"])((?:(?!\1)[^\\]|\\.)*)\1$/;

/** The literal values of a union of string literals, or undefined when any member is not one. */
function stringLiterals(typeText) {
  const members = unionMembers(typeText);
  const values = members.map((member) => member.match(STRING_LITERAL)?.[2]);
  return members.length && values.every((value) => value !== undefined) ? values : undefined;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `src/job-list/job-list.ts` + `./results.js` → `src/job-list/results.ts`. */
function relativeModule(from, specifier) {
  const parts = from.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/').replace(/\.js$/, '.ts');
}

/**
 * Finds what `name` stands for in a module: the right-hand side of `type name = …;` or of `const name = …;`, in that
 * module or, following its relative imports of `name`, in another one. Returns the text and the module holding it.
 */
async function lookUp(name, modulePath, read, kind, depth = 0) {
  if (!IDENTIFIER.test(name) || depth > 5) return undefined;
  const source = await read(modulePath);
  if (source === undefined) return undefined;
  const declaration =
    kind === 'type'
      ? new RegExp(`(?:^|\\n)\\s*(?:export\\s+)?type\\s+${escapeRegExp(name)}\\s*=\\s*([^;]+);`)
      : new RegExp(`(?:^|\\n)\\s*(?:export\\s+)?const\\s+${escapeRegExp(name)}\\s*(?::[^=]+)?=\\s*([^;\\n]+);`);
  const found = source.match(declaration);
  if (found) return { text: found[1].replace(/\s+/g, ' ').trim(), modulePath };
  for (const [, names, specifier] of source.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"](\.[^'"]+)['"]/g)) {
    const imported = names.split(',').map((entry) => entry.trim().replace(/^type\s+/, '').split(/\s+as\s+/));
    const match = imported.find(([original, local = original]) => local === name);
    if (match) return lookUp(match[0], relativeModule(modulePath, specifier), read, kind, depth + 1);
  }
  return undefined;
}

/** The string values an attribute takes, when its type says (directly or through an alias). */
async function attributeValues(typeText, modulePath, read) {
  const direct = stringLiterals(typeText);
  if (direct) return direct;
  const members = unionMembers(typeText);
  if (members.length !== 1) return undefined;
  const alias = await lookUp(members[0], modulePath, read, 'type');
  return alias ? attributeValues(alias.text, alias.modulePath, read) : undefined;
}

/** `10 * 1_000_000` → `10000000`: sums and products of plain numbers, as constants are often written; else undefined. */
function arithmetic(text) {
  if (!/^[\d_.\s*+]+$/.test(text) || !/\d/.test(text)) return undefined;
  const sum = text
    .split('+')
    .map((term) => term.split('*').reduce((product, factor) => product * Number(factor.trim().replace(/_/g, '')), 1))
    .reduce((total, term) => total + term, 0);
  return Number.isFinite(sum) ? String(sum) : undefined;
}

/** A default as the attribute would be written: `'department'` → `department`; a named constant → its value. */
async function defaultValue(text, modulePath, read) {
  if (text === undefined || text === "''" || text === '""') return undefined;
  const literal = text.match(STRING_LITERAL);
  if (literal) return literal[2];
  if (IDENTIFIER.test(text) && !['true', 'false', 'null', 'undefined'].includes(text)) {
    const constant = await lookUp(text, modulePath, read, 'const');
    return constant ? defaultValue(constant.text, constant.modulePath, read) : undefined;
  }
  return arithmetic(text) ?? text;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading) {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** The README's anchor for a heading matching `test`, or `fallback`. */
function anchor(readme, test, fallback) {
  const heading = (readme ?? '').split('\n').find((line) => /^#{1,6}\s/.test(line) && test(line.replace(/^#+\s*/, '')));
  return heading ? slug(heading.replace(/^#+\s*/, '')) : fallback;
}

const markdown = (...paragraphs) => ({ kind: 'markdown', value: paragraphs.filter(Boolean).join('\n\n') });

/**
 * The custom data for every custom element in `manifest`.
 * @param {object} manifest - custom-elements.json, parsed.
 * @param {object} options
 * @param {(path: string) => Promise<string | undefined>} options.read - Reads a repository file (sources, for aliases).
 * @param {string} [options.readme] - README.md's text, for the section anchors.
 * @param {string} options.docsUrl - Where the README is published (links are `${docsUrl}#section`).
 */
export async function vscodeData(manifest, { read, readme, docsUrl }) {
  const link = (hash) => `${docsUrl}#${hash}`;
  const eventsAnchor = anchor(readme, (title) => title.trim() === 'Events', 'events');
  const elements = manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })))
    .filter(({ declaration }) => declaration.customElement && declaration.tagName)
    .sort((a, b) => (a.declaration.tagName < b.declaration.tagName ? -1 : 1));

  const tags = [];
  for (const { module, declaration } of elements) {
    const tag = declaration.tagName;
    const section = anchor(readme, (title) => title.includes(`<${tag}>`), tag);
    const references = [{ name: `README: <${tag}>`, url: link(section) }];
    const events = (declaration.events ?? []).filter((event) => event.name);
    const slots = (declaration.slots ?? []).filter((slot) => slot.name);

    const attributes = [];
    for (const attribute of declaration.attributes ?? []) {
      const type = attribute.type?.text ?? '';
      const values = await attributeValues(type, module.path, read);
      const fallback = await defaultValue(attribute.default, module.path, read);
      const entry = {
        name: attribute.name,
        description: markdown(
          attribute.description,
          [fallback !== undefined && type !== 'boolean' && `Default: \`${fallback}\``, attribute.fieldName && `Property: \`${attribute.fieldName}\``]
            .filter(Boolean)
            .join(' · '),
        ),
      };
      if (values) entry.values = values.map((name) => ({ name }));
      else if (unionMembers(type).join('|') === 'boolean') entry.valueSet = 'v';
      entry.references = references;
      attributes.push(entry);
    }

    tags.push({
      name: tag,
      description: markdown(
        declaration.summary && `**${declaration.summary}**`,
        declaration.description,
        events.length && `**Events** ([all events](${link(eventsAnchor)})):\n${events.map((event) => `- \`${event.name}\`: ${event.description ?? ''}`.trim()).join('\n')}`,
        slots.length && `**Slots:**\n${slots.map((slot) => `- \`${slot.name}\`: ${slot.description ?? ''}`.trim()).join('\n')}`,
      ),
      attributes,
      references,
    });
  }
  return { version: 1.1, tags };
}

/** Where the README is read online: the repository's, else the homepage, else the package's page on npm. */
export function docsUrlOf(pkg) {
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const github = repository?.match(/github\.com[/:]([^/]+\/[^/.#]+)/)?.[1];
  if (github) return `https://github.com/${github}`;
  if (pkg.homepage) return pkg.homepage.replace(/#.*$/, '');
  return `https://www.npmjs.com/package/${pkg.name}`;
}

/** A Node built-in, imported only when called (this module is also loaded by the browser tests). */
const builtin = (name) => import(`node:${name}`);

/** Node: the data for this repository as it is now (custom-elements.json, README.md, package.json, the sources). */
export async function generateVscodeData() {
  const [{ readFile }, path, { fileURLToPath }] = await Promise.all([builtin('fs/promises'), builtin('path'), builtin('url')]);
  const root = fileURLToPath(new URL('..', import.meta.url));
  const read = (file) => readFile(path.join(root, file), 'utf8').catch(() => undefined);
  const manifest = JSON.parse(await read('custom-elements.json'));
  const pkg = JSON.parse(await read('package.json'));
  return vscodeData(manifest, { read, readme: await read('README.md'), docsUrl: docsUrlOf(pkg) });
}

/** Node: writes the data (default dist/vscode.html-custom-data.json); returns the file and what it holds. */
export async function writeVscodeData({ outFile } = {}) {
  const [{ mkdir, writeFile }, path, { fileURLToPath }] = await Promise.all([builtin('fs/promises'), builtin('path'), builtin('url')]);
  const root = fileURLToPath(new URL('..', import.meta.url));
  const data = await generateVscodeData();
  const file = path.resolve(root, outFile ?? 'dist/vscode.html-custom-data.json');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`);
  return { file, tags: data.tags.length, attributes: data.tags.reduce((sum, tag) => sum + tag.attributes.length, 0) };
}

/** web-test-runner: serves what `npm run build:vscode` would write, generated now, to test/vscode-data.test.ts. */
export function vscodeDataTestPlugin() {
  return {
    name: 'careers-widgets:vscode-data',
    async serve(context) {
      if (context.path !== VSCODE_DATA_TEST_PATH) return undefined;
      return { body: JSON.stringify(await generateVscodeData()), type: 'json' };
    },
  };
}
export const VSCODE_DATA_TEST_PATH = '/__careers-widgets__/vscode.html-custom-data.json';

const runAsScript =
  typeof process !== 'undefined' && process.argv?.[1] && import.meta.url === (await builtin('url')).pathToFileURL(process.argv[1]).href;
if (runAsScript) {
  const { file, tags, attributes } = await writeVscodeData({ outFile: process.argv[2] });
  console.log(`✔ ${file.replace(`${process.cwd()}/`, '')}: ${tags} tags, ${attributes} attributes`);
}
