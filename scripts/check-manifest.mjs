#!/usr/bin/env node
/**
 * Guards the committed custom-elements.json:
 *   1. it is up to date: the manifest is regenerated into .cache/manifest-check/ (a relative --outdir: cem writes
 *      an absolute one under the current folder) and must be byte-identical to the committed file;
 *   2. the JSDoc that documents the elements is still in place: every custom element has a tag name, at least one
 *      CSS part, and a description on each of its attributes and events.
 * Exits 1 on any problem, listing them all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const committedFile = path.join(root, 'custom-elements.json');
const checkDir = path.join('.cache', 'manifest-check');
const freshFile = path.join(root, checkDir, 'custom-elements.json');

const problems = [];
const fail = (message) => problems.push(message);

// ------------------------------------------------------------------------------------------------ 1. up to date
if (!existsSync(committedFile)) {
  console.error('✖ check:manifest: custom-elements.json is missing: run npm run build and commit it.');
  process.exit(1);
}
rmSync(path.join(root, checkDir), { recursive: true, force: true });
const cem = spawnSync(
  path.join(root, 'node_modules', '.bin', 'cem'),
  ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', checkDir, '--quiet'],
  { cwd: root, encoding: 'utf8' },
);
if (cem.error || cem.status !== 0 || !existsSync(freshFile)) {
  console.error(`✖ check:manifest: cem analyze failed (${cem.error?.message ?? `exit ${cem.status}`})`);
  if (cem.stdout) console.error(cem.stdout);
  if (cem.stderr) console.error(cem.stderr);
  process.exit(1);
}

const committedText = readFileSync(committedFile, 'utf8');
const freshText = readFileSync(freshFile, 'utf8');
const upToDate = committedText === freshText;
if (!upToDate) {
  const committedLines = committedText.split('\n');
  const freshLines = freshText.split('\n');
  let line = 0;
  while (line < committedLines.length && committedLines[line] === freshLines[line]) line++;
  const context = (lines) =>
    lines
      .slice(Math.max(0, line - 2), line + 3)
      .map((text, index) => `      ${String(Math.max(0, line - 2) + index + 1).padStart(5)}| ${text}`)
      .join('\n');
  fail(
    [
      'custom-elements.json is stale: run npm run build and commit it',
      `    first difference at line ${line + 1} (committed ${committedLines.length} lines, fresh ${freshLines.length}):`,
      `    committed custom-elements.json:\n${context(committedLines)}`,
      `    regenerated ${path.join(checkDir, 'custom-elements.json')}:\n${context(freshLines)}`,
      `    full diff: git diff --no-index custom-elements.json ${path.join(checkDir, 'custom-elements.json')}`,
    ].join('\n'),
  );
}

// ------------------------------------------------------------------------------------------- 2. documentation
// Checked on the fresh manifest, so it reflects the sources even when the committed file is stale.
const manifest = JSON.parse(freshText);
const elements = [];
for (const module of manifest.modules ?? []) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.kind === 'class' && declaration.customElement) elements.push({ module, declaration });
  }
}
if (elements.length === 0) fail('the manifest has no custom elements at all');

const summary = [];
for (const { module, declaration: element } of elements) {
  const where = `${element.tagName ? `<${element.tagName}>` : '(no tag)'} ${element.name} (${module.path})`;
  const attributes = element.attributes ?? [];
  const events = element.events ?? [];
  const parts = element.cssParts ?? [];
  if (!element.tagName) fail(`${where}: no tag name (is it registered in src/define.ts?)`);
  if (!element.description && !element.summary) fail(`${where}: no class description`);
  for (const attribute of attributes) {
    if (!attribute.description?.trim()) fail(`${where}: attribute "${attribute.name}" has no description`);
  }
  for (const event of events) {
    if (!event.description?.trim()) fail(`${where}: event "${event.name}" has no description (@fires name - text)`);
  }
  for (const part of parts) {
    if (!part.description?.trim()) fail(`${where}: CSS part "${part.name}" has no description`);
  }
  if (parts.length === 0) fail(`${where}: no CSS parts (@csspart name - text)`);
  summary.push(
    `  ${where}: ${attributes.length} attributes, ${events.length} events, ${parts.length} CSS parts, ` +
      `${(element.cssProperties ?? []).length} CSS properties, ${(element.slots ?? []).length} slots`,
  );
}

// ------------------------------------------------------------------- 3. tokens and parts used = documented
// Every --careers-* custom property the styles read is documented on some element (@cssprop), and every documented
// one is used; every static part="…" in an element's template is documented on that element (@csspart).
const sourceFiles = (dir) =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : [],
  );
const sources = sourceFiles('src').map((file) => ({ file, text: readFileSync(path.join(root, file), 'utf8') }));
const used = new Set(sources.flatMap(({ text }) => [...text.matchAll(/var\((--careers-[a-z0-9-]+)/g)].map((m) => m[1])));
const documented = new Set(elements.flatMap(({ declaration }) => (declaration.cssProperties ?? []).map((p) => p.name)));
for (const name of used) if (!documented.has(name)) fail(`CSS custom property ${name} is used in src/ but documented on no element (@cssprop)`);
for (const name of documented) if (!used.has(name)) fail(`CSS custom property ${name} is documented but no style uses it`);
// What an element renders from another module of its own (the list's results come with the feed's tools).
const rendersFrom = { 'src/job-list/job-list.ts': ['src/job-list/results-view.ts'] };
for (const { module, declaration } of elements) {
  const text = [module.path, ...(rendersFrom[module.path] ?? [])].map((source) => sources.find(({ file }) => file === source)?.text ?? '').join('\n');
  const parts = new Set((declaration.cssParts ?? []).map((p) => p.name));
  for (const [, name] of text.matchAll(/\spart="([a-z-]+)"/g)) {
    if (!parts.has(name)) fail(`<${declaration.tagName}>: part "${name}" is in the template but not documented (@csspart)`);
  }
}
summary.push(`  ${used.size} --careers-* custom properties used in src/, ${documented.size} documented`);

// ------------------------------------------------------------- 4. forwarded parts: <job-list> exports them all
// A part of a card or of the form that <job-list> does not list in `exportparts` cannot be styled from the page.
// The cards' are listed in results-view.ts (what renders them); the form's in apply-form.ts (ApplyFormElement.parts, which the list reads).
const sourceOf = (suffix) => sources.find(({ file }) => file.endsWith(suffix))?.text ?? '';
for (const [constant, tag, file] of [['CARD_PARTS', 'job-card', 'job-list/results-view.ts'], ['FORM_PARTS', 'apply-form', 'apply-form/apply-form.ts']]) {
  const forwarded = new Set((sourceOf(file).match(new RegExp(`const ${constant} =\\s*'([^']*)'`))?.[1] ?? '').split(',').map((p) => p.trim()));
  const element = elements.find(({ declaration }) => declaration.tagName === tag)?.declaration;
  for (const part of element?.cssParts ?? []) {
    if (!forwarded.has(part.name)) fail(`<job-list> does not forward <${tag}>'s part "${part.name}": add it to ${constant}`);
  }
}

console.log(`check:manifest: regenerated into ${checkDir}/ and compared with custom-elements.json: ${upToDate ? 'identical' : 'DIFFERENT'}`);
console.log(`check:manifest: ${elements.length} custom elements checked for a tag name, a description, described attributes, events and CSS parts, and at least one CSS part:`);
for (const line of summary) console.log(line);

if (problems.length) {
  console.error(`\n✖ check:manifest: ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log('✔ check:manifest: custom-elements.json is up to date and documented');
