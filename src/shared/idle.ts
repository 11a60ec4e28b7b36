/**
 * Runs `work` when the page is next idle (`requestIdleCallback`; within `timeout` ms when given, so a busy page still
 * gets to it), or in a later task where the browser has no idle callbacks (Safari).
 */
export function whenIdle(work: () => void, timeout?: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), timeout === undefined ? undefined : { timeout });
  else setTimeout(work, 50);
}
