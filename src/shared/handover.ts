/**
 * What the first script-tag file hands to the files it loads later (the feed tools and the cards, the form, the
 * HTML sanitizer, the ATS adapters, a language): its Lit and the modules they share with it, so a later file brings
 * no second copy (fewer bytes; a page enforcing Trusted Types allows one `lit-html` and one `careers-widgets` policy
 * only; one language registry, one registry of lazily loaded parts, one cache of `Intl` formatters, one constructed style sheet), and a way
 * to hand its exports back. It sits on the `<script>` element that loads the file, so it is no global. The build maps every
 * `lit` import and every import of these modules in a later file to it (scripts/build.mjs reads them from the
 * `import type * as <key>` lines below: one per key of `Handover`).
 */
import type * as dates from '../feed/dates.js';
import type * as format from '../feed/format.js';
import type * as feedTools from '../feed/load-tools.js';
import type * as baseStyles from './base.styles.js';
import type * as events from './events.js';
import type * as heading from './heading.js';
import type * as i18n from './i18n.js';
import type * as intl from './intl.js';
import type * as lazy from './lazy.js';
import type * as lit from './lit-api.js';
import type * as strings from './strings.js';
import type * as trustedTypes from './trusted-types.js';

export const HANDOVER = Symbol.for('careers-widgets.handover');

export interface Handover {
  lit: typeof lit;
  i18n: typeof i18n;
  lazy: typeof lazy;
  trustedTypes: typeof trustedTypes;
  feedTools: typeof feedTools;
  baseStyles: typeof baseStyles;
  strings: typeof strings;
  heading: typeof heading;
  events: typeof events;
  intl: typeof intl;
  format: typeof format;
  dates: typeof dates;
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
