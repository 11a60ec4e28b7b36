/**
 * The script-tag build (dist/careers-widgets.js): registers `<job-list>` at once (its loading state, its errors, and
 * the feed's request), and fetches the rest from its own folder the first time a page needs it:
 * `careers-widgets-feed.js` (what shows a feed: its validation, search and filters, and `<job-card>`; always, while
 * the feed itself is fetched), `careers-widgets-apply.js` (the application form, when
 * a candidate opens a posting or applies, or the page has an `<apply-form>`), `careers-widgets-html.js` (the HTML
 * sanitizer, for feeds with HTML), `careers-widgets-ats.js` (the ATS adapters, for `format="…"`),
 * `careers-widgets-seo.js` (structured data for search engines) and `careers-widgets-<language>.js` (a UI language
 * other than English).
 */
import { defineElement } from './define-core.js';
import * as dates from './feed/dates.js';
import * as format from './feed/format.js';
import * as feedTools from './feed/load-tools.js';
import { JobListElement } from './job-list/job-list.js';
import * as baseStyles from './shared/base.styles.js';
import * as events from './shared/events.js';
import { currentScript, HANDOVER, type Handover } from './shared/handover.js';
import * as heading from './shared/heading.js';
import * as i18n from './shared/i18n.js';
import * as intl from './shared/intl.js';
import * as lazy from './shared/lazy.js';
import * as lit from './shared/lit-api.js';
import { nextTask } from './shared/next-task.js';
import * as strings from './shared/strings.js';
import * as trustedTypes from './shared/trusted-types.js';
import { warmUp } from './shared/warm-up.js';

const { registerLoader } = lazy;
const { allowScriptsFrom, careersPolicy } = trustedTypes;

// Read now, while this script first runs, and never through a name the host page can shadow (`currentScript()`,
// and `baseURI` from Node.prototype's own getter): the folder of every file loaded later, and the only folder the
// Trusted Types policy vouches for.
const base = currentScript()?.src || (Object.getOwnPropertyDescriptor(Node.prototype, 'baseURI')!.get!.call(document) as string);

allowScriptsFrom(new URL('.', base).href);

/** A file asked for: what waits for it, settled by the first of its `<script>`s to run (or the first to fail). */
interface Wanted {
  promise: Promise<unknown>;
  resolve(exports: unknown): void;
  reject(error: Error): void;
  settled: boolean;
  /** `<script>`s added for it so far. */
  attempts: number;
}

const scripts = new Map<string, Wanted>();

/**
 * Adds `careers-widgets-<name>.js` once; resolves with what it hands back, rejects when it cannot be loaded or ran
 * without handing anything back (a web page or another version served in its place). A failed file is asked for
 * again on the next call; one still pending, only when the caller says it stalled (`again`): another `<script>`
 * then runs beside the first, and the first to arrive is used.
 */
function loadScript(name: string, again = false): Promise<unknown> {
  let wanted = scripts.get(name);
  if (wanted && !again) return wanted.promise;
  if (!wanted) scripts.set(name, (wanted = wantedFile()));
  addScript(name, wanted);
  return wanted.promise;
}

function wantedFile(): Wanted {
  const wanted = { settled: false, attempts: 0 } as Wanted;
  wanted.promise = new Promise((resolve, reject) => {
    wanted.resolve = (exports) => ((wanted.settled = true), resolve(exports));
    wanted.reject = (error) => ((wanted.settled = true), reject(error));
  });
  return wanted;
}

function addScript(name: string, wanted: Wanted) {
  let provided = false;
  const provide = (exports: unknown) => {
    provided = true;
    wanted.resolve(exports);
  };
  const handover: Handover = { lit, i18n, lazy, trustedTypes, feedTools, baseStyles, strings, heading, events, intl, format, dates, provide };
  const script = Object.assign(document.createElement('script'), { [HANDOVER]: handover });
  // Another try while the first is pending has an address of its own: browsers hold a second request for the same
  // address until the first one's answer comes, and a stalled one may never come.
  const url = new URL(`careers-widgets-${name}.js${wanted.attempts++ ? `?attempt=${wanted.attempts}` : ''}`, base).href;
  const fail = (why: string) => {
    script.remove();
    if (wanted.settled) return;
    if (scripts.get(name) === wanted) scripts.delete(name);
    wanted.reject(new Error(`${script.src} ${why}`));
  };
  script.src = careersPolicy()?.createScriptURL(url) ?? url;
  script.onload = () => provided || fail('is not the file this page needs (it ran without handing anything back)');
  script.onerror = () => fail('could not be loaded');
  // In a task of its own: adding a script starts its request, which costs 5-10 ms of the main thread.
  void nextTask().then(() => document.head.append(script));
}

registerLoader('feed-tools', (again) => loadScript('feed', again));
registerLoader('apply-form', () => loadScript('apply'));
registerLoader('sanitize', () => loadScript('html'));
registerLoader('adapters', () => loadScript('ats'));
registerLoader('jsonld', () => loadScript('seo'));
i18n.setLocaleLoader((language) => loadScript(language).then((tables) => i18n.registerLocale(language, tables as i18n.LocaleTables)));
// A second copy of the script tag on the page (a CMS that adds it twice) leaves the page to the first one's lists:
// it defines nothing and fetches nothing.
if (!customElements.get('job-list')) {
  defineElement('job-list', JobListElement);
  // Every list needs the feed's tools, also one made later by the page's own script, and a `<job-card>` of the
  // page's own is defined with them: fetched now, in parallel.
  feedTools.loadFeedTools().catch(() => {});
  warmUp();
  const standaloneForm = () => document.querySelector('apply-form') && loadScript('apply').catch(() => {});
  if (!standaloneForm()) document.addEventListener('DOMContentLoaded', standaloneForm, { once: true });
}
