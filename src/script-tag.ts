/**
 * The script-tag build (dist/careers-widgets.js): registers `<job-list>` and `<job-card>` at once, and fetches
 * `<apply-form>` (dist/careers-widgets-apply.js, from the same folder) the first time it is needed: a candidate
 * opens a posting or chooses Apply, or the page itself has an `<apply-form>`.
 */
import { define } from './define-core.js';
import { registerLoader } from './shared/lazy.js';
import * as lit from './shared/lit-api.js';

// Read now: `document.currentScript` is only set while this script first runs.
const base = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;
let loading: Promise<void> | undefined;

interface ScriptUrlPolicy {
  createScriptURL(url: string): string;
}
let policy: ScriptUrlPolicy | undefined;

/**
 * Pages that enforce Trusted Types (`require-trusted-types-for 'script'`) accept a script URL only from a named
 * policy: ours is `careers-widgets`, and it vouches only for files in this script's own folder. Created on first
 * use, so a second copy of the script (which never loads anything) does not claim the name twice.
 */
function scriptUrl(url: string): string {
  const folder = new URL('.', base).href;
  const vouch = (candidate: string) => {
    if (!candidate.startsWith(folder)) throw new TypeError(`careers-widgets: refusing to load ${candidate}`);
    return candidate;
  };
  const trustedTypes = (window as { trustedTypes?: { createPolicy(name: string, rules: ScriptUrlPolicy): ScriptUrlPolicy } }).trustedTypes;
  policy ??= trustedTypes?.createPolicy('careers-widgets', { createScriptURL: vouch }) ?? { createScriptURL: vouch };
  return policy.createScriptURL(url);
}

function loadApplyForm(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { [lit.LIT_HANDOVER]: lit });
    script.src = scriptUrl(new URL('careers-widgets-apply.js', base).href);
    script.onload = () => resolve();
    script.onerror = () => {
      loading = undefined;
      script.remove();
      reject(new Error(`${script.src} could not be loaded`));
    };
    document.head.append(script);
  });
  return loading;
}

registerLoader('apply-form', loadApplyForm);
define();

const standaloneForm = () => document.querySelector('apply-form') && loadApplyForm().catch(() => {});
if (!standaloneForm()) document.addEventListener('DOMContentLoaded', standaloneForm, { once: true });
