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
