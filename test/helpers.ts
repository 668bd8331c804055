import { emulateMedia } from '@web/test-runner-commands';
import { warnedKeys } from '../src/internal/warn.js';

/** Records `console.warn` calls until `restore()`; also forgets warnings already shown, so each test sees its own. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  warnedKeys().clear();
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    restore: () => {
      console.warn = original;
    },
  };
}

let counter = 0;
/** A tag name no test has used yet. */
export function uniqueTag(prefix = 'test-el'): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 7)}`;
}

/** Lets every pending microtask run (an element's first render), but no new task: no data can arrive meanwhile. */
export async function afterMicrotasks(): Promise<void> {
  for (let i = 0; i < 30; i += 1) await Promise.resolve();
}

/**
 * Resolves in the next frame, just before its paint: in a ResizeObserver callback, after the frame's layout and after
 * the widgets added before it have placed themselves (their first render, if they are on the first screen). What the
 * reader first sees of them.
 */
export function beforeNextPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const observer = new ResizeObserver(() => {
        observer.disconnect();
        resolve();
      });
      observer.observe(document.documentElement);
    }),
  );
}

/**
 * Counts tasks, with a message to ourselves after each one. Messages run in the order they were posted, so one of
 * ours runs between any two turns of `first-render.ts` (which are messages too): `count` tells those turns apart,
 * and `onTask`, called in each of ours, sees what each turn left. Call `stop()` when done.
 */
export function countTasks(onTask?: () => void): { readonly count: number; stop(): void } {
  const channel = new MessageChannel();
  let count = 0;
  let running = true;
  channel.port1.onmessage = () => {
    count += 1;
    onTask?.();
    if (running) channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  return {
    get count() {
      return count;
    },
    stop() {
      running = false;
      channel.port1.close();
    },
  };
}

/**
 * Waits task by task (at most `tasks` of them) until `condition` holds: for widgets below the first screen, which
 * render one per task after the first paint.
 */
export async function untilTask(condition: () => boolean, tasks = 40): Promise<void> {
  for (let i = 0; i < tasks && !condition(); i++) await new Promise((resolve) => setTimeout(resolve));
}

/** Waits for two animation frames: enough for Lit updates and layout to settle. */
export function nextFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** The visible text of an element's shadow root, with whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Runs `check` with the page's media emulated as print, then back to screen (also when the check fails). */
export async function whilePrinting(check: () => void): Promise<void> {
  await emulateMedia({ media: 'print' });
  try {
    check();
  } finally {
    await emulateMedia({ media: 'screen' });
  }
}
