/**
 * Imports TypeScript source of this repository into Node without writing a file: esbuild bundles `contents` (an
 * entry module whose imports resolve from the repository root) in memory, and Node imports the result from a
 * data: URL. Used by scripts/emit-schema.mjs and server/receiver.mjs so they check with the widget's own code.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * @param {string} contents the entry module, e.g. `export { parseFeed } from './src/feed/parse.ts';`
 * @param {string} [sourcefile] the entry's name in esbuild's messages
 */
export async function importTs(contents, sourcefile) {
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  const code = Buffer.from(result.outputFiles[0].contents).toString('base64');
  return import(`data:text/javascript;base64,${code}`);
}
