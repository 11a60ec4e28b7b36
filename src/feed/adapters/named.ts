/**
 * Every HTML5 named character reference (`&uuml;`, `&eacute;`, `&szlig;`, …) that html.ts's own short table does not
 * hold, read by the browser's own HTML parser, so the adapters carry no 2,000-entry table. The CLI (node, no DOM)
 * is built with `named-node.ts` in its place, which gives the same answers from the same HTML5 list.
 */
import { careersPolicy } from '../../shared/trusted-types.js';

const known = new Map<string, string | undefined>();
/** More distinct names than HTML5 has (2,231): hostile text cannot grow the cache without bound. */
const MAX_CACHED = 2500;

/** The text of `&name;`, or undefined when it is no HTML5 reference. `name` is letters and digits only. */
export function namedReference(name: string): string | undefined {
  if (known.has(name)) return known.get(name);
  let value: string | undefined;
  try {
    // Only `&`, letters, digits and `;`: no markup can come of it (see trusted-types.ts).
    const html = `&${name};`;
    const text = new DOMParser().parseFromString((careersPolicy()?.createHTML(html) ?? html) as string, 'text/html').body.textContent ?? '';
    value = text && text !== html ? text : undefined;
  } catch {
    value = undefined; // no DOMParser, or a Trusted Types page that does not allow our policy
  }
  if (known.size < MAX_CACHED) known.set(name, value);
  return value;
}
