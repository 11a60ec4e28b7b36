/**
 * What the first script-tag file hands to the files it loads later (the form, the HTML sanitizer, the ATS adapters,
 * a language): its Lit and its language registry, so a later file brings no second copy (half the bytes, and a
 * page enforcing Trusted Types allows one `lit-html` policy only), and a way to hand its exports back. It sits on
 * the `<script>` element that loads the file, so it is no global. The build maps every `lit` and `shared/i18n`
 * import of a later file to it (scripts/build.mjs).
 */
import type * as i18n from './i18n.js';
import type * as lit from './lit-api.js';

export const HANDOVER = Symbol.for('careers-widgets.handover');

export interface Handover {
  lit: typeof lit;
  i18n: typeof i18n;
  /** Hands the file's exports back to the script that loaded it. */
  provide(exports: unknown): void;
}

/**
 * The `<script>` element running now, read with `Document.prototype`'s own getter and checked to be a script: an
 * element of the host page named `currentScript` (`<img name="currentScript" src="https://evil/x.png">`) shadows
 * `document.currentScript` (DOM clobbering) and must not decide where our files come from.
 */
export function currentScript(): HTMLScriptElement | undefined {
  const script = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')?.get?.call(document);
  return script instanceof HTMLScriptElement ? script : undefined;
}

/** In a later file, while it first runs: the hand-over on its own `<script>` element. */
export function received(): Handover {
  const handover = (currentScript() as (HTMLScriptElement & { [HANDOVER]?: Handover }) | undefined)?.[HANDOVER];
  if (!handover) throw new Error('careers-widgets: this file is loaded by careers-widgets.js; include that script instead.');
  return handover;
}
