/**
 * When an element may render for the first time. A page upgrades every widget in one task (the script's), and
 * rendering them all there makes one long task. So the widgets whose top is on the first screen, or above it, render
 * before the first paint (nothing the reader sees moves later); those below the first screen render afterwards, one
 * per task, where a change of their size moves nothing on screen. Widgets that another widget renders in its shadow
 * root render with it.
 *
 * Where a widget is comes from the browser's own next layout: the elements upgraded together wait for the next
 * frame, and a `ResizeObserver` callback, which runs after that frame's layout and before its paint, reads their
 * positions (no layout of ours) and renders those on the first screen; the browser lays them out again before it
 * paints. Reading the positions in the script's task instead would make the whole page's first layout part of that
 * task. While it waits a widget shows its light DOM (the article a reader profile wraps), and the food finder and the
 * comparer count as their estimated size (`mg-element.ts`), so the positions are close to where the widgets end up.
 * A hidden page has no frames: there, and where no frame comes within `FRAME_WAIT` ms (a throttled frame), the
 * positions are read at once.
 */
import { nextTask } from './next-task.js';

/** How long the widgets upgraded together wait for a frame before reading their positions themselves. */
const FRAME_WAIT = 200;

interface Waiting {
  readonly element: Element;
  readonly start: () => void;
  readonly prepare: (() => void) | undefined;
}

let batch: Waiting[] | undefined;
const later: Array<() => void> = [];

/**
 * Resolves when `element` may render for the first time. Below the first screen, `prepare` (work that the first
 * render would start anyway: a widget's data load) has the task before it.
 */
export function firstRender(element: Element, prepare?: () => void): Promise<void> {
  return new Promise((start) => {
    if (!batch) {
      batch = [];
      queueMicrotask(sort);
    }
    batch.push({ element, start, prepare });
  });
}

function sort(): void {
  const waiting = batch ?? [];
  batch = undefined;
  // A widget inside a shadow root was put there by a widget rendering now (the comparer's badges): it renders with
  // it, in the same frame, so its host is laid out once, and it costs no layout to place.
  const toPlace: Waiting[] = [];
  for (const entry of waiting) {
    if (entry.element.getRootNode() instanceof ShadowRoot) entry.start();
    else toPlace.push(entry);
  }
  if (toPlace.length) afterLayout(toPlace);
}

/** Widgets waiting for the next frame's layout to be placed. */
const unplaced: Waiting[] = [];
let watch: { readonly observer: ResizeObserver; readonly timer: ReturnType<typeof setTimeout> } | undefined;
/** True from the frame in which widgets were placed until the task after it. */
let inFrame = false;

/**
 * Places `waiting` after the next frame's layout, before its paint; at once where no frame will come, or in the frame
 * being drawn (widgets added while the others render: the layout is read again, before the paint).
 */
function afterLayout(waiting: readonly Waiting[]): void {
  unplaced.push(...waiting);
  if (inFrame || typeof ResizeObserver !== 'function' || document.visibilityState === 'hidden') {
    placeAll();
    return;
  }
  watch ??= { observer: new ResizeObserver(onFrame), timer: setTimeout(placeAll, FRAME_WAIT) };
  // The first observation of an element comes in the next frame, after its layout (for any element: its initial
  // size is -1 x -1). Each widget's parent is observed, not the root: an observation that starts during another
  // ResizeObserver callback is delivered in the same frame only if it is deeper than what that callback observes;
  // otherwise the browser reports a "loop completed with undelivered notifications" error.
  for (const { element } of waiting) watch.observer.observe(element.parentElement ?? document.documentElement);
}

function onFrame(): void {
  inFrame = true;
  void nextTask().then(() => (inFrame = false));
  placeAll();
}

/**
 * Starts the widgets on (or above) the first screen, and queues the others: one layout read for all of them. Below
 * the first screen, a widget's `prepare` (starting a load costs a few `import()` calls) has the task before its first
 * render; elsewhere the first render does that work itself.
 */
function placeAll(): void {
  if (watch) {
    watch.observer.disconnect();
    clearTimeout(watch.timer);
    watch = undefined;
  }
  const waiting = unplaced.splice(0);
  const fold = window.innerHeight;
  const below = waiting.map(({ element }) => element.getBoundingClientRect().top > fold);
  waiting.forEach(({ start, prepare }, i) => {
    if (!below[i]) return start();
    if (prepare) queue(prepare);
    queue(start);
  });
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
