/**
 * What a list's first render would otherwise pay for in the task that shows the feed, done beforehand in short tasks
 * of their own, one after the other, starting right after the script's own task: a feed that answers at once (a
 * fast connection, a saved copy) then finds them done, and none of them is a long task on a phone. Not when the page
 * is idle: a page that gets its feed at once has no idle time before it. The script's entries call this once.
 * - `Intl`'s first use on a page costs 25-35 ms in Chromium: loading the language's data, then each kind of formatter
 *   its own. In steps: the language's tag (`Intl.Locale`, 5-8 ms), then each formatter the first render uses (lists
 *   of departments without an opening first, 14-16 ms, the most any step takes; then country names, dates, "posted 3
 *   days ago", a few ms each). No collator: only a list sorted by title needs one (7 ms more in all when first).
 * - The elements' style sheets are parsed on first use (2-3 ms for the list's and the cards'): each element's once it
 *   is defined (the script tag defines `<job-card>` with its feed file).
 * - Each font the page has not used yet (family, weight and size) is first matched by Chromium with the help of its
 *   browser process, in calls that wait for the answer: 2-7 ms a font, and the first results use seven (headings,
 *   titles, their details, buttons). Done by their first layout, that was most of it (20-40 ms where the same layout
 *   took 4 ms once matched). A canvas measuring a text in each font matches it beforehand, one step a font.
 */
import { postedLabel } from '../feed/dates.js';
import { countryName, formatDate, formatList } from '../feed/format.js';
import type { CSSResultOrNative } from 'lit';
import { languageOf } from './language.js';
import { nextTask } from './next-task.js';

const steps: (() => void)[] = [];
let running = false;
let waiting: (() => void)[] = [];

/** How long one task of steps runs on once something waits: short of a long task (50 ms) on a phone 4x slower. */
const STEPS_PER_TASK_MS = 4;

/**
 * Runs the steps queued, each in a task of its own. Once something waits for them (`warmedUp`), the next task runs
 * as many as fit in a few milliseconds, not one: a page busy with tasks of its own (its own download of a feed) puts
 * each hop behind them. Never all of them in one task (30-60 ms in all, 120-240 on a phone), nor a long step with the
 * render that waits: that one comes a task after it. (Several to a task before anything waits made the seed page's
 * blocking time under Lighthouse worse: a short step and a long one then shared a task.)
 */
function next() {
  const start = performance.now();
  do {
    const step = steps.shift();
    if (!step) {
      running = false;
      const resolved = waiting;
      waiting = [];
      const resolve = () => resolved.forEach((resolveOne) => resolveOne());
      // A render that waits comes in this task if the steps took it only a moment, else in the next: a hop may wait
      // behind a page busy with its own work (a large feed's checks in slices) for longer than the render takes.
      if (performance.now() - start < STEPS_PER_TASK_MS) resolve();
      else void nextTask().then(resolve);
      return;
    }
    try {
      step();
    } catch {
      // Only a head start: nothing waits for it, and the list builds what it needs when it renders.
    }
  } while (waiting.length && performance.now() - start < STEPS_PER_TASK_MS);
  void nextTask().then(next);
}

function queue(...more: (() => void)[]) {
  steps.push(...more);
  if (running) return;
  running = true;
  // Three hops: the steps come after what the page's lists asked for as the script ran (scheduled from a microtask of
  // the script's own task: the feed's request a task later, their first render the task after). Not once a list waits
  // for the steps: what they made way for has come.
  const hop = () => (waiting.length ? undefined : nextTask());
  void nextTask().then(hop).then(hop).then(next);
}

/**
 * Resolves once the steps queued so far have run (at once when none are left), a task after them unless they took
 * only a moment. A list's first render of a feed waits for them: a feed that answers quickly would otherwise come
 * before them and pay for them inside that render, one long task instead of several short ones.
 */
export function warmedUp(): Promise<void> {
  return running ? new Promise((resolve) => waiting.push(resolve)) : Promise.resolve();
}

/**
 * The fonts a list's first results show, in the canvas's `font` syntax, for a list whose own font is `family` at
 * `size` px: the weights and relative sizes that results.styles.ts, job-card.styles.ts and base.styles.ts give
 * their text (test/warm-up.test.ts checks them against a list's rendered results).
 */
export function resultsFonts(family: string, size: number): string[] {
  const heading = size * 1.4;
  const fonts: [weight: number, px: number][] = [
    [700, heading], // a department's heading
    [400, heading * 0.7], // its count
    [700, size * 1.2], // a posting's title
    [400, size * 0.95], // its details (locations, workplace, dates)
    [700, size * 0.95], // the separators between them
    [600, size], // buttons and labels
    [400, size], // the rest
  ];
  return fonts.map(([weight, px]) => `${weight} ${px}px ${family}`);
}

/** Finds the list's own font (the body's before a list is there), then matches the first results' fonts, a step each. */
function warmFonts() {
  const style = getComputedStyle(document.querySelector('job-list') ?? document.body ?? document.documentElement);
  const canvas = document.createElement('canvas').getContext('2d');
  if (!canvas) return;
  queue(
    ...resultsFonts(style.fontFamily, parseFloat(style.fontSize)).map((font) => () => {
      canvas.font = font;
      canvas.measureText('Ag');
    }),
  );
}

export function warmUp(): void {
  // Not on a server (the ES build imported for server rendering): nothing will be rendered there.
  if (typeof document === 'undefined') return;
  const lang = languageOf(document.documentElement);
  queue(
    () => new Intl.Locale(lang).maximize(),
    () => formatList([], lang),
    () => countryName('US', lang),
    () => formatDate('2000-01-01', lang),
    () => postedLabel('2000-01-01', new Date(), lang),
    warmFonts,
  );
  for (const tag of ['job-list', 'job-card']) {
    void customElements.whenDefined(tag).then(() =>
      queue(() => {
        const styles = (customElements.get(tag) as { elementStyles?: CSSResultOrNative[] } | undefined)?.elementStyles ?? [];
        for (const style of styles) void (style as { styleSheet?: CSSStyleSheet }).styleSheet;
      }),
    );
  }
}
