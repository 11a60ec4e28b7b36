#!/usr/bin/env node
/**
 * Writes dist/postings.schema.json: JSON Schema (draft 2020-12) generated from FeedSchema in src/feed/schema.ts
 * with zod's own toJSONSchema, so the widget's validation, the TypeScript types and the published schema come
 * from one definition.
 *
 * schema.ts is TypeScript: esbuild bundles it in memory together with zod/mini's toJSONSchema and registry (one zod
 * instance for all of them) and Node imports the result from a data: URL. Nothing is written but the schema.
 *
 * Run by scripts/build.mjs; also runnable alone: `node scripts/emit-schema.mjs [out-file]`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importTs } from './import-ts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Loads src/feed/schema.ts (and zod/mini's JSON Schema API) without writing a file. */
function loadFeedSchemaModule() {
  return importTs(
    [
      `export { feedSchemas, DATE_PATTERN, EMAIL_PATTERN } from './src/feed/schema.ts';`,
      `export { toJSONSchema, registry } from 'zod/mini';`,
    ].join('\n'),
    'emit-schema-entry.ts',
  );
}

/**
 * JSON Schema `pattern` has no flags. zod writes `regex.source` and drops them, so a case-insensitive check
 * (`/…/i`) would come out stricter than the widget. This rewrites such a pattern into an equivalent one without
 * the flag: letters outside classes become `[xX]`, letters and letter ranges inside classes get their other case.
 * ASCII only; anything it cannot fold safely stops the build.
 */
export function foldCase(source) {
  const other = (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase());
  const isLetter = (c) => /^[A-Za-z]$/.test(c);
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const rest = source.slice(i);
    const c = source[i];
    if (c === '\\') {
      const escape = /^\\(?:u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|[pP]\{[^}]*\}|k<[^>]*>|[\s\S])/.exec(rest)[0];
      if (/^\\(?:[pP]\{|k<|\d)/.test(escape)) throw new Error(`cannot fold ${escape} in /${source}/i`);
      out += escape;
      i += escape.length - 1;
    } else if (/[^\x00-\x7f]/.test(c)) {
      throw new Error(`cannot fold the non-ASCII character ${c} in /${source}/i`);
    } else if (inClass) {
      const range = /^([\s\S])-([^\]\\])/.exec(rest);
      if (c === ']') {
        inClass = false;
        out += c;
      } else if (range) {
        const [text, from, to] = range;
        const fromLetter = isLetter(from);
        if (fromLetter !== isLetter(to) || (fromLetter && (from === from.toLowerCase()) !== (to === to.toLowerCase()))) {
          throw new Error(`cannot fold the range ${text} in /${source}/i`);
        }
        out += fromLetter ? `${text}${other(from)}-${other(to)}` : text;
        i += text.length - 1;
      } else {
        out += isLetter(c) ? c + other(c) : c;
      }
    } else if (c === '[') {
      inClass = true;
      out += c;
      if (source[i + 1] === '^') out += source[++i];
    } else if (c === '(' && source[i + 1] === '?') {
      // Group syntax, not text: (?: (?= (?! (?<= (?<! (?<name>
      const group = /^\(\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(rest);
      if (!group) throw new Error(`cannot fold the group at ${rest.slice(0, 8)} in /${source}/i`);
      out += group[0];
      i += group[0].length - 1;
    } else if (c === '{') {
      // A quantifier such as {2,}: copy as is.
      const quantifier = /^\{\d*(?:,\d*)?\}/.exec(rest);
      const text = quantifier ? quantifier[0] : c;
      out += text;
      i += text.length - 1;
    } else {
      out += isLetter(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c;
    }
  }
  return out;
}

/** Strings every folded pattern is tried on, against the original: both must agree on each. */
const FOLD_SAMPLES = [
  'https://example.com/jobs?x=1',
  'HTTPS://EXAMPLE.COM/JOBS',
  'Http://Example.com',
  'http://',
  '/careers/apply',
  '//evil.example',
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'data:text/html,x',
  'jobs/relative',
  'engineering',
  'Engineering',
  'R-and-D-2',
  '-leading-hyphen',
  'USD',
  'usd',
  '',
  ' ',
];

/** The widget checks dates and e-mails with plain patterns (smaller bundle); validators also get the `format`. */
function addFormats(jsonSchema, { DATE_PATTERN, EMAIL_PATTERN }) {
  for (const node of [jsonSchema, ...(jsonSchema.allOf ?? [])]) {
    if (node?.pattern === DATE_PATTERN.source) jsonSchema.format = 'date';
    if (node?.pattern === EMAIL_PATTERN.source) jsonSchema.format = 'email';
  }
}

/** Replaces every flagged pattern of the zod string schema in its JSON output with a flag-free equivalent. */
function foldFlaggedPatterns({ zodSchema, jsonSchema }) {
  const isRegExp = (value) => Object.prototype.toString.call(value) === '[object RegExp]';
  const patterns = new Set([
    ...(zodSchema?._zod?.bag?.patterns ?? []),
    ...(zodSchema?._zod?.def?.checks ?? []).map((check) => check?._zod?.def?.pattern).filter(isRegExp),
  ]);
  for (const regex of patterns) {
    const flags = regex.flags.replace(/[gyd]/g, '');
    if (!flags || flags === 'u' || flags === 'v') continue;
    if (flags !== 'i') {
      throw new Error(`/${regex.source}/${regex.flags}: JSON Schema patterns cannot carry the flags "${flags}"`);
    }
    const folded = foldCase(regex.source);
    const check = new RegExp(folded);
    const original = new RegExp(regex.source, 'i');
    for (const sample of FOLD_SAMPLES) {
      if (check.test(sample) !== original.test(sample)) {
        throw new Error(`folding /${regex.source}/i to /${folded}/ changed the result for ${JSON.stringify(sample)}`);
      }
    }
    const replace = (node) => {
      if (node && node.pattern === regex.source) node.pattern = folded;
    };
    replace(jsonSchema);
    jsonSchema.allOf?.forEach(replace);
  }
}

/** Builds the schema object; throws if a feature the feed relies on is missing from it. */
export async function generateSchema({ pkg }) {
  const zodModule = await loadFeedSchemaModule();
  const { feedSchemas, toJSONSchema, registry } = zodModule;
  const { FeedSchema, ListItemSchema } = feedSchemas();

  // Metadata for the JSON output only (src/ registers none): a readable name for the recursive bullet.
  const metadata = registry();
  metadata.add(ListItemSchema, { id: 'ListItem', description: 'A bullet; its own bullets nest to any depth.' });

  const generated = toJSONSchema(FeedSchema, {
    target: 'draft-2020-12',
    metadata,
    // What a feed author writes (the input side).
    io: 'input',
    // Refinements (salary max >= min, apply needs one method) cannot be expressed: left out, not fatal.
    unrepresentable: 'any',
    // The recursive list item is defined once in $defs and referenced.
    cycles: 'ref',
    reused: 'inline',
    override: (context) => {
      foldFlaggedPatterns(context);
      addFormats(context.jsonSchema, zodModule);
    },
  });

  const { $schema, ...body } = generated;
  const schema = {
    $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
    // Where the published file can be fetched: the package's own copy of this version.
    $id: `https://unpkg.com/${pkg.name}@${pkg.version}/dist/postings.schema.json`,
    title: 'Careers postings feed, version 1',
    description:
      `The postings feed read by <job-list> (${pkg.name}). Generated from FeedSchema in src/feed/schema.ts: do not ` +
      'edit. Every string is plain text, never HTML. Rules JSON Schema cannot express are checked by the widget ' +
      'only: a salary max is not less than its min, an apply block names a form, an e-mail or a URL, and a ' +
      "posting's department, when it has one, is the id of one of departments. department, employmentType and " +
      'workplace may be left out (the source does not say; nothing is shown for them).',
    ...body,
  };

  const text = JSON.stringify(schema);
  const problems = [];
  if (!text.includes('https?') && !text.includes('[hH][tT][tT][pP][sS]?')) problems.push('no URL `pattern`');
  if (!text.includes('"format":"date"')) problems.push('no `format: date` for dates');
  if (!text.includes('"enum":["full-time"') || !text.includes('"remote"')) problems.push('no enums');
  if (!schema.$defs?.ListItem || !text.includes('"$ref":"#/$defs/ListItem"')) problems.push('no $defs/$ref for the recursive list item');
  // Validators (ajv and others) compile patterns as Unicode regexes: each must compile that way.
  (function walk(node, at) {
    if (!node || typeof node !== 'object') return;
    if (typeof node.pattern === 'string') {
      try {
        new RegExp(node.pattern, 'u');
      } catch (error) {
        problems.push(`pattern at ${at} is not a valid Unicode regex (${error.message})`);
      }
    }
    for (const [key, value] of Object.entries(node)) walk(value, `${at}/${key}`);
  })(schema, '#');
  if (problems.length) throw new Error(`postings.schema.json: ${problems.join('; ')}`);
  return schema;
}

export async function emitSchema({ outFile = path.join(root, 'dist', 'postings.schema.json') } = {}) {
  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  const schema = await generateSchema({ pkg });
  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(outFile, `${JSON.stringify(schema, null, 2)}\n`);
  return { outFile, schema };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { outFile } = await emitSchema(process.argv[2] ? { outFile: path.resolve(process.argv[2]) } : undefined);
  console.log(`wrote ${path.relative(process.cwd(), outFile)}`);
}
