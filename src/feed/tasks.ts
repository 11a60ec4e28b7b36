/**
 * Long work split into tasks short enough that a tap or a keystroke is answered meanwhile (no task over 50 ms).
 */
import { nextTask } from '../shared/next-task.js';

type Scheduler = {
  yield?: () => Promise<void>;
  postTask?: (task: () => void, options: { priority: 'background' }) => Promise<void>;
};

/**
 * Where work that yields to the browser takes up again:
 * - `first`: ahead of other queued work, `scheduler.yield()` where there is one (for what the first results wait for),
 *   else a message-channel task (a `setTimeout` is clamped to 4 ms after a few nested calls);
 * - `queued`: after the tasks queued meanwhile (a message-channel task), for long work that other work the first
 *   results also wait for must not starve (reading a large feed as it arrives, against the warm-up's steps);
 * - `background`: work nobody waits for (the search index) goes after everything else the page has queued,
 *   `scheduler.postTask` at background priority where there is one: continuations ahead of the page's own tasks would
 *   hold those back for as long as the work lasts.
 */
export type Turn = 'first' | 'queued' | 'background';

/** Lets the browser handle input and paint, then continues (see `Turn`). */
export function yieldToMain(turn: Turn = 'first'): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (turn === 'background' && typeof scheduler?.postTask === 'function') return scheduler.postTask(() => {}, { priority: 'background' });
  if (turn === 'first' && typeof scheduler?.yield === 'function') return scheduler.yield();
  return nextTask();
}

/** Milliseconds of work between yields. */
export const SLICE_MS = 5;

/** A deadline: `due()` when the current slice is used up; `next()` yields, then starts a new slice. */
export class Slices {
  private end = performance.now() + SLICE_MS;
  constructor(private readonly turn: Turn = 'first') {}
  due(): boolean {
    return performance.now() >= this.end;
  }
  async next(): Promise<void> {
    await yieldToMain(this.turn);
    this.end = performance.now() + SLICE_MS;
  }
  /** Yields only when the slice is used up. */
  async pause(): Promise<void> {
    if (this.due()) await this.next();
  }
}

/** Runs a generator that yields at safe points, in slices: one task when it is quick, several when not. */
export async function runInSlices<T>(steps: Generator<unknown, T>, slices = new Slices()): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await slices.pause();
  }
}
