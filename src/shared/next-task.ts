/**
 * Resolves in a task of its own, as soon as the tasks already queued have run: a message to itself, which no clamp
 * delays and, unlike a timer, no background tab holds back for up to a second.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Ends the current task: what follows runs in a task of its own, ahead of the tasks queued meanwhile
 * (`scheduler.yield`). Where the browser has no such thing, what follows runs at once: a message would put it behind
 * them. (`yieldToMain('first')` in src/feed/tasks.ts falls back to a message instead: long work must still yield.)
 */
export function yieldAhead(): Promise<void> {
  return (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.() ?? Promise.resolve();
}

/**
 * Resolves once the next frame is painted: a message posted from that frame, which no clamp delays and which comes
 * after whatever else the frame set off. After `timeout` ms at the latest: a page in a background tab has no frames.
 */
export function afterNextPaint(timeout: number): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => void nextTask().then(resolve));
    setTimeout(resolve, timeout);
  });
}
