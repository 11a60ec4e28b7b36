/**
 * What a list's first render would otherwise pay for in the task that shows the feed, done when the page is next
 * idle (within 100 ms), usually while the feed is on its way. The script's entries call this once.
 * - `Intl`'s first use on a page costs 15-30 ms in Chromium: one start that whichever formatter comes first pays.
 *   The first render formats locations, dates and the departments without an opening.
 * - The elements' style sheets are parsed on first use (2-3 ms for the list's and the cards'): each element's once it
 *   is defined (the script tag defines `<job-card>` with its feed file).
 */
import { postedLabel } from '../feed/dates.js';
import { countryName, formatDate, formatList } from '../feed/format.js';
import type { CSSResultOrNative } from 'lit';
import { whenIdle } from './idle.js';
import { languageOf } from './language.js';

export function warmUpWhenIdle(): void {
  // Not on a server (the ES build imported for server rendering): nothing will be rendered there.
  if (typeof document === 'undefined') return;
  const headStart = (work: () => void) =>
    whenIdle(() => {
      try {
        work();
      } catch {
        // Only a head start: nothing waits for it, and the list builds what it needs when it renders.
      }
    }, 100);
  headStart(() => {
    const lang = languageOf(document.documentElement);
    countryName('US', lang);
    formatDate('2000-01-01', lang);
    postedLabel('2000-01-01', new Date(), lang);
    formatList([], lang);
  });
  for (const tag of ['job-list', 'job-card']) {
    void customElements.whenDefined(tag).then(() =>
      headStart(() => {
        const styles = (customElements.get(tag) as { elementStyles?: CSSResultOrNative[] } | undefined)?.elementStyles ?? [];
        for (const style of styles) void (style as { styleSheet?: CSSStyleSheet }).styleSheet;
      }),
    );
  }
}
