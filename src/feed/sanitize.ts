/**
 * Untrusted HTML (an `html` block, written by recruiters in an applicant tracking system) made safe to show, with
 * DOMPurify and a short allow-list: paragraphs, line breaks, lists, emphasis (`strong`, `em`, `b`, `i`, `u`),
 * headings, and links to `http(s):` or `mailto:` only (a `mailto:` link keeps its address and nothing else: no `?bcc=`,
 * `&body=`…), each opening in a new tab with `rel="noopener noreferrer"`.
 * Every other element is removed with its text kept (the content of `script`, `style`, `svg`, `math`, `iframe`,
 * `template`… is dropped too); every attribute but a link's `href` is removed (`on*`, `style`, `id`, `name`, `class`).
 *
 * The result is a `DocumentFragment` of sanitized nodes, never a string: render it as a node (Lit renders a Node
 * child as is, no `unsafeHTML`), so nothing is parsed again after sanitizing (no mutation XSS) and no Trusted Types
 * sink is used but DOMPurify's own parse into an inert document. That parse is given the markup rebuilt with no
 * attribute but `href` (`withOnlyAttributes`): Chromium files a CSP report for every inline handler and style it
 * parses, even into an inert document, and a host with `report-uri` would get one per `on*`/`style` of every posting. A fragment is emptied when inserted: sanitize for
 * each insertion (or keep it and insert `fragment.cloneNode(true)`).
 */
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { withOnlyAttributes } from './adapters/scan.js';

export interface SanitizeOptions {
  /**
   * Level of the highest heading in the HTML (`h1`–`h6`, capped at 6); deeper ones keep their distance below it.
   * Pass one below the heading the block sits under. Without it, headings become bold paragraphs: an ATS's `<h1>`
   * must not break the host page's outline.
   */
  headingLevel?: number;
  /**
   * Under Trusted Types (`require-trusted-types-for 'script'`) DOMPurify needs a policy to parse the input into its
   * inert document: pass one with `createHTML` and `createScriptURL` (they may return their input: DOMPurify's
   * output is nodes, not the string). Without it DOMPurify creates a policy named `dompurify`, which the page's
   * `trusted-types` directive must then allow; when it may not, the result is empty (fails closed).
   */
  trustedTypesPolicy?: Config['TRUSTED_TYPES_POLICY'];
}

const CONFIG: Config = {
  ALLOWED_TAGS: ['p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'u', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  ALLOWED_ATTR: ['href'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // Tested after DOMPurify strips whitespace and control characters (`java\tscript:` is refused too).
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  KEEP_CONTENT: true,
  RETURN_DOM_FRAGMENT: true,
};

/** One address as a recruiter's link may name it: no spaces, no second `@`, nothing that starts a query. */
const ADDRESS = /^[^\s@<>()[\],;:"?&#%]+@[^\s@<>()[\],;:"?&#%]+$/;

/**
 * The address (or comma-separated addresses) of a `mailto:` link and nothing else: `?subject=`, `&bcc=`, `&body=`…
 * are dropped, so a posting cannot add recipients or prefill what a candidate sends. `undefined` when what is left
 * is not plain addresses (encoded line breaks or headers included): the link then loses its `href`.
 */
export function mailtoAddress(href: string): string | undefined {
  const path = href.slice('mailto:'.length).split(/[?#]/)[0];
  if (path.length > 1000) return undefined;
  let addresses: string[];
  try {
    addresses = decodeURIComponent(path).split(',').map((address) => address.trim());
  } catch {
    return undefined;
  }
  if (!addresses.every((address) => address.length <= 254 && ADDRESS.test(address))) return undefined;
  return addresses.map((address) => encodeURIComponent(address).replace(/%40/g, '@')).join(',');
}

let purifier: Purifier | undefined;

/** A DOMPurify of our own: its hook must not reach a host page that uses DOMPurify too. */
function purify(): Purifier {
  if (!purifier) {
    purifier = DOMPurify(window);
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName !== 'A') return;
      const link = node as Element;
      const href = link.getAttribute('href');
      if (href && /^mailto:/i.test(href)) {
        const address = mailtoAddress(href);
        if (address) link.setAttribute('href', `mailto:${address}`);
        else link.removeAttribute('href');
      }
      if (link.hasAttribute('href')) {
        link.setAttribute('target', '_blank');
        link.setAttribute('rel', 'noopener noreferrer');
      }
    });
  }
  return purifier;
}

/** Sanitized nodes for untrusted HTML; see the module comment for what is kept. */
export function sanitizeHtml(html: string, { headingLevel, trustedTypesPolicy }: SanitizeOptions = {}): DocumentFragment {
  const config = trustedTypesPolicy ? { ...CONFIG, TRUSTED_TYPES_POLICY: trustedTypesPolicy } : CONFIG;
  // DOMPurify parses with the browser's parser: it meets no attribute but `href`, so a page with a report-uri gets no
  // CSP report for every `on*` and `style` in the input (they would never run or apply, but Chromium reports them).
  const result = purify().sanitize(withOnlyAttributes(html, ['href']), config) as unknown as DocumentFragment | null;
  // DOMPurify returns null for input it cannot place in a body (`<frameset>`): nothing to show.
  const fragment = result?.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? result : document.createDocumentFragment();
  const headings = [...fragment.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  const top = Math.min(...headings.map((heading) => Number(heading.localName[1])));
  for (const heading of headings) {
    const doc = heading.ownerDocument;
    let replacement: Element;
    if (headingLevel) {
      replacement = doc.createElement(`h${Math.min(6, Math.max(1, Math.round(headingLevel)) + Number(heading.localName[1]) - top)}`);
      replacement.append(...heading.childNodes);
    } else {
      const strong = doc.createElement('strong');
      strong.append(...heading.childNodes);
      replacement = doc.createElement('p');
      replacement.append(strong);
    }
    heading.replaceWith(replacement);
  }
  return fragment;
}
