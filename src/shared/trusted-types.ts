/**
 * The library's one Trusted Types policy, `careers-widgets`, for pages that enforce Trusted Types
 * (`require-trusted-types-for 'script'`; the page's `trusted-types` directive must name it). It is created on first
 * use and never leaves the library. It cannot inspect HTML or script text itself (only script URLs are checked
 * here), so the library calls it in exactly five places, and those are what it vouches for:
 * - script URLs in the script tag's own folder (its later files: the form, the sanitizer, languages);
 * - HTML handed to DOMPurify, which parses it into an inert document and returns sanitized nodes, never a string;
 * - JSON-LD text, which `jsonLdText` has escaped so it cannot leave its `<script type="application/ld+json">`;
 * - `&name;` (letters and digits only) parsed to read an HTML5 named character reference (adapters/named.ts);
 * - Personio's XML feed, parsed as XML into an inert document that is only read as text (adapters/index.ts).
 * Where Trusted Types are not enforced, or the page does not allow the name, it is `undefined` and strings are used.
 */
export interface CareersPolicy {
  createHTML(input: string): string;
  createScript(input: string): string;
  createScriptURL(input: string): string;
}

type Factory = { createPolicy(name: string, rules: CareersPolicy): CareersPolicy };

let scriptFolder = '';
let policy: CareersPolicy | null | undefined;

/** Set by the script tag: the only folder it loads files from. */
export function allowScriptsFrom(folder: string): void {
  scriptFolder = folder;
}

export function careersPolicy(): CareersPolicy | undefined {
  if (policy === undefined) {
    const rules: CareersPolicy = {
      createHTML: (input) => input,
      createScript: (input) => input,
      createScriptURL: (url) => {
        if (!scriptFolder || !url.startsWith(scriptFolder)) throw new TypeError(`careers-widgets: refusing to load ${url}`);
        return url;
      },
    };
    try {
      policy = (window as { trustedTypes?: Factory }).trustedTypes?.createPolicy('careers-widgets', rules) ?? null;
    } catch {
      policy = null; // the page's trusted-types directive does not name us: sinks take plain strings or refuse
    }
  }
  return policy ?? undefined;
}
