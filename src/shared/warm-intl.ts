/**
 * `Intl`'s first use on a page costs 15-30 ms in Chromium: one start that whichever formatter comes first pays. A
 * list's first render formats locations, dates and the departments without an opening; without this, that start
 * lands in the task that shows the feed. The script's entries call this once: the formatters the first render uses
 * are built when the page is next idle (within 100 ms), usually while the feed is on its way.
 */
import { postedLabel } from '../feed/dates.js';
import { countryName, formatDate, formatList } from '../feed/format.js';
import { languageOf } from './language.js';

export function warmFormattersWhenIdle(): void {
  // Not on a server (the ES build imported for server rendering): nothing will be rendered there.
  if (typeof document === 'undefined') return;
  const warm = () => {
    try {
      const lang = languageOf(document.documentElement);
      countryName('US', lang);
      formatDate('2000-01-01', lang);
      postedLabel('2000-01-01', new Date(), lang);
      formatList([], lang);
    } catch {
      // Only a head start: nothing waits for it, and the list builds what it needs when it renders.
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 100 });
  else setTimeout(warm, 50);
}
