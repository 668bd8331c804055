/**
 * The food finder and the form comparer are `content-visibility: auto`: far below the screen, the browser skips
 * their layout and paint (a keystroke in another finder then does not repaint them), while their content stays in
 * the DOM and the accessibility tree. Once shown, they keep their real size when the reader scrolls away.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { MgFoodFinder } from '../../src/components/food-finder/food-finder.js';
import type { MgFormComparer } from '../../src/components/form-comparer/form-comparer.js';
import { nextFrames } from '../helpers.js';

/** Whether the browser renders the element's content now (false while `content-visibility: auto` skips it). */
function rendered(element: Element): boolean {
  return element.shadowRoot!.querySelector('.root')!.checkVisibility({ contentVisibilityAuto: true });
}

describe('finder and comparer far below the screen', () => {
  before(() => setViewport({ width: 1000, height: 800 }));
  afterEach(() => window.scrollTo(0, 0));

  it('skip their layout and paint until the reader scrolls near them, then keep their size', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <div style="block-size: 6000px"></div>
      <mg-food-finder limit="5"></mg-food-finder>
      <mg-form-comparer forms="oxide citrate"></mg-form-comparer>
    </div>`);
    const finder = box.querySelector<MgFoodFinder>('mg-food-finder')!;
    const comparer = box.querySelector<MgFormComparer>('mg-form-comparer')!;
    await Promise.all([finder.updateComplete, comparer.updateComplete]);
    await nextFrames();
    expect(rendered(finder), 'finder skipped').to.equal(false);
    expect(rendered(comparer), 'comparer skipped').to.equal(false);
    // Skipped, not missing: the rows are in the DOM (find in page and screen readers reach them).
    expect(finder.shadowRoot!.querySelectorAll('tbody tr[data-id]')).to.have.length(5);
    expect(comparer.shadowRoot!.querySelectorAll('tbody tr[data-id]')).to.have.length(2);

    finder.scrollIntoView();
    await nextFrames();
    expect(rendered(finder), 'finder shown').to.equal(true);
    const height = finder.getBoundingClientRect().height;
    const placeholder = parseFloat(getComputedStyle(finder).fontSize) * 90;
    expect(Math.abs(height - placeholder), 'the real height, not the placeholder').to.be.above(16);

    window.scrollTo(0, 0);
    await nextFrames();
    expect(rendered(finder), 'finder skipped again').to.equal(false);
    expect(finder.getBoundingClientRect().height, 'remembered size').to.be.closeTo(height, 1);
  });

  it('are skipped while they wait for their first render, so that they count as their estimate, not 0', async () => {
    // An empty shadow root near the screen would be remembered as 0 px tall (see the frame check of
    // scripts/test-hostile.mjs, where the demo's comparer showed it).
    const spacer = document.createElement('div');
    spacer.style.blockSize = '6000px';
    const comparer = document.createElement('mg-form-comparer') as MgFormComparer;
    comparer.setAttribute('forms', 'oxide citrate');
    document.body.append(spacer, comparer);
    try {
      await Promise.resolve();
      await Promise.resolve();
      expect(comparer.hasUpdated, 'still waiting').to.equal(false);
      expect(comparer.matches(':state(pending)'), 'pending').to.equal(true);
      expect(getComputedStyle(comparer).contentVisibility).to.equal('hidden');
      const estimate = parseFloat(getComputedStyle(comparer).fontSize) * 160;
      expect(comparer.getBoundingClientRect().height).to.be.closeTo(estimate, 1);

      await comparer.updateComplete;
      expect(comparer.hasUpdated, 'rendered').to.equal(true);
      expect(comparer.matches(':state(pending)'), 'no longer pending').to.equal(false);
      expect(getComputedStyle(comparer).contentVisibility).to.equal('auto');
    } finally {
      spacer.remove();
      comparer.remove();
    }
  });

  it('a publisher can turn it off with CSS on the element', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <div style="block-size: 6000px"></div>
      <mg-food-finder limit="5" style="content-visibility: visible"></mg-food-finder>
    </div>`);
    const finder = box.querySelector<MgFoodFinder>('mg-food-finder')!;
    await finder.updateComplete;
    await nextFrames();
    expect(rendered(finder)).to.equal(true);
  });
});
