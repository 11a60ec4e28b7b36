/**
 * `named.ts` for the CLI (node has no DOMParser): the same HTML5 named character references, from the `entities`
 * package's HTML5 table, bundled into dist/cli.mjs by scripts/build-cli.mjs.
 */
import { decodeHTML } from 'entities';

export function namedReference(name: string): string | undefined {
  const html = `&${name};`;
  const text = decodeHTML(html);
  return text !== html ? text : undefined;
}
