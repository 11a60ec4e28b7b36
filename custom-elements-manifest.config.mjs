/**
 * Custom Elements Manifest (@custom-elements-manifest/analyzer 0.11), written to ./custom-elements.json by
 * `npm run build` and `npm run analyze`, and into .cache/manifest-check/ by `npm run check:manifest`
 * (`--outdir` must be a relative path).
 *
 * Deterministic: files are analyzed in sorted order and nothing time-dependent is written, so rebuilding from the
 * same sources gives a byte-identical file.
 *
 * src/define-core.ts and src/define.ts register the elements through a small helper,
 * `defineElement('job-list', JobListElement)`, which the
 * analyzer does not recognise (it only knows `customElements.define(…)`); the plugin below reads those calls so
 * every element gets its `tagName` and a `custom-element-definition` export.
 */
import fs from 'node:fs';
import path from 'node:path';

export default {
  globs: ['src/**/*.ts'],
  // Styles hold only css`` literals; tests and declarations are not part of the API.
  // The script-tag entries register the same elements again, for the IIFE builds. src/relay/ is the Node server.
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts', 'src/**/*.d.ts', 'src/script-tag*.ts', 'src/relay/**', 'test/**'],
  outdir: '.',
  litelement: true,
  // Never rewrite package.json's `customElements` (the check writes elsewhere and must not touch it).
  packagejson: false,
  dependencies: false,
  dev: false,

  /** Sorted input, so the module order never depends on the file system's listing order. */
  overrideModuleCreation({ ts, globs }) {
    return [...globs]
      .map((glob) => glob.split(path.sep).join('/'))
      .sort()
      .map((glob) => ts.createSourceFile(glob, fs.readFileSync(path.resolve(glob), 'utf8'), ts.ScriptTarget.ES2022, true));
  },

  plugins: [
    defineHelperPlugin(),
    privateStatePlugin(),
    {
      name: 'careers-widgets:stable-output',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};

/**
 * Treats `defineElement('tag-name', SomeClass)` like `customElements.define('tag-name', SomeClass)`: adds a
 * `custom-element-definition` export to the calling module; the analyzer's own link phase then sets `tagName` on
 * the class.
 */
function defineHelperPlugin() {
  return {
    name: 'careers-widgets:define-helper',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !classArg || !ts.isStringLiteral(tagArg) || !ts.isIdentifier(classArg)) return;
      if (!/^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(tagArg.text)) return;
      const className = classArg.text;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tagArg.text,
          declaration: { name: className, module: moduleOf(ts, node.getSourceFile(), moduleDoc.path, className) },
        },
      ];
    },
  };
}

/** The manifest path of the module that declares `name`, following the file's relative imports. */
function moduleOf(ts, sourceFile, modulePath, name) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    const imported =
      statement.importClause?.name?.text === name ||
      (bindings && ts.isNamedImports(bindings) && bindings.elements.some((element) => element.name.text === name));
    if (!imported) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.')) return specifier;
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(modulePath), specifier));
    const asTs = resolved.replace(/\.js$/, '.ts');
    return fs.existsSync(asTs) ? asTs : resolved;
  }
  return modulePath;
}

/**
 * The elements declare their reactive properties in `static properties`, where `{ state: true }` marks internal
 * state (Lit gives it no attribute); the analyzer lists every entry without `attribute: false` as an attribute. A
 * private field is never part of the API: its attribute is dropped; so is an `@internal` field's (the analyzer leaves
 * the member out, not the attribute it made from `static properties`).
 */
function privateStatePlugin() {
  /** `<module path> <class name>` -> the names of its members marked `@internal`. */
  const internalMembers = new Map();
  return {
    name: 'careers-widgets:private-state',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const internal = member.name && ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal');
        if (!internal) continue;
        const key = `${moduleDoc.path} ${node.name.text}`;
        if (!internalMembers.has(key)) internalMembers.set(key, new Set());
        internalMembers.get(key).add(member.name.getText());
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const internal = internalMembers.get(`${moduleDoc.path} ${declaration.name}`) ?? new Set();
        if (internal.size) declaration.members = (declaration.members ?? []).filter((member) => !internal.has(member.name));
        const hidden = new Set((declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name));
        for (const name of internal) hidden.add(name);
        for (const member of declaration.members ?? []) if (hidden.has(member.name)) delete member.attribute;
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
      }
    },
  };
}
