/**
 * Resolves in a new task: a message to ourselves, which, unlike nested timers, is not clamped to 4 ms; a timer
 * where there is no `MessageChannel`. Each call has its own channel, closed once used, so nothing is left to keep
 * a Node process alive.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve));
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
