/**
 * The CDN entry (`dist/cdn/mg-widgets.js`): registers every tag, like `define.ts`, but one tag per task, so that
 * upgrading the elements already in the page never becomes one long task. The profile comes first, so widgets find
 * their context at once. Loading the script twice never throws.
 */
import { MgDisclaimerBanner } from './components/disclaimer-banner/disclaimer-banner.js';
import { MgEvidenceBadge } from './components/evidence-badge/evidence-badge.js';
import { MgFoodFinder } from './components/food-finder/food-finder.js';
import { MgReaderProfile } from './components/reader-profile/reader-profile.js';
import { defineElement } from './internal/define-element.js';

const ELEMENTS: readonly (readonly [string, CustomElementConstructor])[] = [
  ['mg-reader-profile', MgReaderProfile],
  ['mg-disclaimer-banner', MgDisclaimerBanner],
  ['mg-evidence-badge', MgEvidenceBadge],
  ['mg-food-finder', MgFoodFinder],
];

/** Lets the browser paint and handle input before the next element type upgrades. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

// Not a top-level await: the chunks this module's widgets load lazily may then import from it directly.
void (async () => {
  for (const [tag, element] of ELEMENTS) {
    defineElement(tag, element);
    await nextTask();
  }
})();
