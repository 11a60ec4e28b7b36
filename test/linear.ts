/**
 * Linear-time checks without a wall-clock budget: the same function is timed on 100 KB of input and on ten 10 KB
 * inputs of the same kind, interleaved in the same run. A linear function does the same work both ways; a quadratic
 * one does ten times more on the large input, a cubic one a hundred times.
 */
import { expect } from '@open-wc/testing';

const time = (run: () => void, times: number): number => {
  const start = performance.now();
  for (let i = 0; i < times; i++) run();
  return performance.now() - start;
};

/** Fails when `work` on `make(100_000)` costs more than `bound` times `work` on ten `make(10_000)`. */
export function expectLinear(name: string, work: (input: string) => unknown, make: (length: number) => string, bound = 4): void {
  const small = make(10_000);
  const large = make(100_000);
  work(small);
  // Enough repetitions that the timer's resolution does not matter: doubled until the small side is measurable.
  let repeat = 1;
  while (time(() => work(small), 10 * repeat) < 20 && repeat < 4096) repeat *= 2;
  let smallBest = Infinity;
  let largeBest = Infinity;
  for (let trial = 0; trial < 3; trial++) {
    smallBest = Math.min(smallBest, time(() => work(small), 10 * repeat));
    largeBest = Math.min(largeBest, time(() => work(large), repeat));
  }
  // Never below one tick of the coarsest clock (WebKit's is 1 ms): work that stays unmeasurable even at the most
  // repetitions (an engine that keeps the last match of the same input) read 0.0 ms against 1.0.
  const floor = Math.max(smallBest, 1);
  expect(largeBest, `${name}: 100 KB took ${largeBest.toFixed(1)} ms, 10 × 10 KB ${smallBest.toFixed(1)} ms (×${repeat})`).to.be.at.most(bound * floor);
}

/** `unit` repeated to `length` characters. */
export const repeat = (unit: string, prefix = '', suffix = '') => (length: number) => prefix + unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + suffix;
