/**
 * When an element may render for the first time. A page upgrades every widget in one task (the script's), and
 * rendering them all there makes one long task. So the widgets whose top is on the first screen, or above it, render
 * at once, in that task, before the first paint (nothing the reader sees moves later); those below the first screen
 * render afterwards, one per task, where a change of their size moves nothing on screen. Widgets that another
 * widget renders in its shadow root render with it.
 *
 * The positions of all the elements upgraded together are read at once, before any of them renders (one layout).
 * For the widgets already in the page when this module loads, the position is the one they had before any element
 * upgraded, with their light-DOM fallback content laid out: close to where they end up, whereas after the upgrade
 * (an empty shadow root, the fallback hidden) they would all seem to be on the first screen.
 */
import { nextTask } from './next-task.js';

/** Top of each widget in the page when this module ran, before any upgrade (CSS pixels from the viewport top). */
const initialTops = new WeakMap<Element, number>();
if (typeof document !== 'undefined') {
  for (const element of document.querySelectorAll(':not(:defined)')) {
    if (element.localName.startsWith('mg-')) initialTops.set(element, element.getBoundingClientRect().top);
  }
}

interface Waiting {
  readonly element: Element;
  readonly start: () => void;
}

let batch: Waiting[] | undefined;
const later: Array<() => void> = [];

/** Resolves when `element` may render for the first time. */
export function firstRender(element: Element): Promise<void> {
  return new Promise((start) => {
    if (!batch) {
      batch = [];
      queueMicrotask(sort);
    }
    batch.push({ element, start });
  });
}

function sort(): void {
  const waiting = batch ?? [];
  batch = undefined;
  const fold = window.innerHeight;
  // Read every position before anything renders: one layout for the whole batch. A widget inside a shadow root was
  // put there by a widget rendering now (the comparer's badges): it renders with it, in the same frame, so its host
  // is laid out once, and it costs no layout to place (measuring it would force one in the middle of that render).
  const below = waiting.map(({ element }) => {
    const known = initialTops.get(element);
    initialTops.delete(element);
    if (known === undefined && element.getRootNode() instanceof ShadowRoot) return false;
    return (known ?? element.getBoundingClientRect().top) > fold;
  });
  waiting.forEach(({ start }, i) => (below[i] ? queue(start) : start()));
}

/**
 * Resolves in a task of its own, after the first renders and turns already waiting. A widget whose data has just
 * arrived waits for its turn before it renders, so that widgets whose data arrives together (the page's food
 * finders share one list) do not all render in one long task.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => queue(resolve));
}

function queue(start: () => void): void {
  later.push(start);
  if (later.length === 1) void nextTask().then(step);
}

function step(): void {
  later.shift()?.();
  if (later.length) void nextTask().then(step);
}
