/**
 * The tokens of an HTML fragment in one pass, in linear time whatever the input, for the adapters (`html.ts`) and
 * the sanitizer (`sanitize.ts`, which loads only this): no pattern here can backtrack.
 */

/** A token and where it stands in the input: text when `name` is undefined. */
export interface Scanned {
  start: number;
  stop: number;
  name?: string;
  end?: boolean;
  /** Where a tag's attributes start (after its name). */
  inside?: number;
}

/** Elements whose content is not markup: skipped whole. */
const RAW = /^(?:script|style|textarea|title|xmp|iframe|noembed|noframes|noscript|plaintext|template|svg|math|object)$/;
/** The rest of a tag name, and a run of a tag's inside up to its end or a quote (sticky: matched where they are put). */
const NAME_REST = /[^\s/>]*/y;
const TAG_RUN = /[^>"']*/y;
const LETTER = /[a-z]/i;

/**
 * The tags and text of an HTML fragment in one pass over it (linear time whatever the input: no pattern here can
 * backtrack): comments, doctypes and processing instructions, and the content of raw-text elements, are left out.
 * A tag runs to the first `>` outside quotes; one that never ends (an unclosed quote or `<` at the end) ends the
 * input, as in a browser. A `<` that starts no tag is text.
 */
export function scan(html: string): Scanned[] {
  const out: Scanned[] = [];
  const length = html.length;
  let lower: string | undefined;
  const skipTo = (at: number) => (at < 0 ? length : at);
  for (let at = 0; at < length; ) {
    const open = html.indexOf('<', at);
    if (open !== at) {
      const stop = skipTo(open);
      out.push({ start: at, stop });
      at = stop;
      continue;
    }
    const next = html[at + 1];
    if (html.startsWith('!--', at + 1)) {
      // A comment ends at the first `-->` or `--!>`.
      let from = at + 4;
      for (;;) {
        const dashes = html.indexOf('--', from);
        if (dashes < 0) {
          at = length;
          break;
        }
        const after = html[dashes + 2] === '>' ? 3 : html.startsWith('!>', dashes + 2) ? 4 : 0;
        if (after) {
          at = dashes + after;
          break;
        }
        from = dashes + 1;
      }
      continue;
    }
    if (next === '!' || next === '?') {
      at = skipTo(html.indexOf('>', at + 2)) + 1;
      continue;
    }
    const end = next === '/';
    const nameAt = at + (end ? 2 : 1);
    if (!LETTER.test(html[nameAt] ?? '')) {
      out.push({ start: at, stop: at + 1 });
      at += 1;
      continue;
    }
    NAME_REST.lastIndex = nameAt + 1;
    NAME_REST.exec(html);
    const name = html.slice(nameAt, NAME_REST.lastIndex).toLowerCase();
    const attributesAt = NAME_REST.lastIndex;
    let inside = attributesAt;
    let close = -1;
    while (inside < length) {
      TAG_RUN.lastIndex = inside;
      TAG_RUN.exec(html);
      inside = TAG_RUN.lastIndex;
      const c = html[inside];
      if (c === '>') {
        close = inside;
        break;
      }
      if (c === undefined) break;
      const quote = html.indexOf(c, inside + 1);
      if (quote < 0) break;
      inside = quote + 1;
    }
    if (close < 0) break; // a tag left open at the end: nothing more is read
    at = close + 1;
    if (!end && RAW.test(name)) {
      lower ??= html.toLowerCase();
      at = skipTo(lower.indexOf(`</${name}`, at));
    } else {
      out.push({ start: nameAt - (end ? 2 : 1), stop: at, name, end, inside: attributesAt });
    }
  }
  return out;
}

const ATTRIBUTE = /[\s/]*([^\s/][^\s/=]*)\s*(?:=\s*(?:"([^"]*)"?|'([^']*)'?|(\S*)))?/y;

/** A tag's attributes, names in lower case, values as written (entities not decoded); one pass over the tag. */
function attributes(html: string, { inside, stop }: Scanned): [string, string][] {
  const tag = html.slice(inside, stop - 1);
  const out: [string, string][] = [];
  for (ATTRIBUTE.lastIndex = 0; ATTRIBUTE.lastIndex < tag.length; ) {
    const match = ATTRIBUTE.exec(tag);
    if (!match) break;
    out.push([match[1].toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '']);
  }
  return out;
}

/**
 * The markup rebuilt from its tokens with no attribute but those named in `keep` (e.g. `href`), quoted anew, for a
 * parser that must not meet inline event handlers or styles: Chromium files a CSP report (`script-src-attr`,
 * `style-src-attr`) for each one it merely parses, even into an inert document. Comments, doctypes and the content
 * of raw-text elements (`script`, `style`, `svg`…) are left out; a `<` that starts no tag becomes `&lt;`.
 */
export function withOnlyAttributes(html: string, keep: readonly string[]): string {
  let out = '';
  for (const token of scan(html)) {
    if (token.name === undefined) {
      const text = html.slice(token.start, token.stop);
      out += text === '<' ? '&lt;' : text;
    } else if (/^[a-z][a-z\d-]*$/.test(token.name)) {
      out += `<${token.end ? '/' : ''}${token.name}`;
      if (!token.end) {
        for (const [name, value] of attributes(html, token)) if (keep.includes(name)) out += ` ${name}="${value.replace(/"/g, '&quot;')}"`;
      }
      out += '>';
    }
  }
  return out;
}
