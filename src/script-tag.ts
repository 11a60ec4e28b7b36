/**
 * The script-tag build (dist/careers-widgets.js): registers `<job-list>` and `<job-card>` at once, and fetches
 * `<apply-form>` (dist/careers-widgets-apply.js, from the same folder) the first time it is needed: a candidate
 * opens a posting or chooses Apply, or the page itself has an `<apply-form>`.
 */
import { define } from './define-core.js';
import { registerLoader } from './shared/lazy.js';

// Read now: `document.currentScript` is only set while this script first runs.
const base = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;
let loading: Promise<void> | undefined;

function loadApplyForm(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('careers-widgets-apply.js', base).href;
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
