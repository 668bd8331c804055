/**
 * While the foods load, the finder's placeholder rows stand for the average row of the top ten everyday foods,
 * whose names wrap onto a second line as the table narrows; so the content below barely moves when the rows come.
 * A file of its own: the foods must not be loaded yet when it starts.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { MgFoodFinder } from '../../src/components/food-finder/food-finder.js';
import { beforeNextPaint, untilTask } from '../helpers.js';
import { $, $$, settle } from './helpers.js';

/** Container widths (px) of the table layout, languages, and whether the finder is a static list. */
const CASES = [
  [480, 'en', false],
  [640, 'en', true],
  [560, 'es', false],
  [800, 'es', false],
  [1000, 'en', true],
] as const;

describe('food finder: placeholder rows in a narrow table', () => {
  before(() => setViewport({ width: 1200, height: 800 }));

  it('reserve within 6% of the finder that comes, from 480 to 1000 px, en and es, static or not', async () => {
    const box = fixtureSync<HTMLDivElement>(
      // content-visibility: visible: see the skeleton test in layout.test.ts (measured before the first paint).
      html`<div style="font-family: sans-serif">
        ${CASES.map(
          ([width, lang, isStatic]) =>
            html`<div lang=${lang} style="width: ${width}px">
              <mg-food-finder ?static=${isStatic} style="content-visibility: visible"></mg-food-finder>
            </div>`,
        )}
      </div>`,
    );
    const finders = [...box.querySelectorAll<MgFoodFinder>('mg-food-finder')];
    await beforeNextPaint();
    // A finder's table comes a turn after its controls, below the first screen.
    await untilTask(() => finders.every((el) => $$(el, 'tr.skeleton').length === 10));
    const reserved = finders.map((el) => {
      expect($$(el, 'tr.skeleton'), 'placeholder rows, the foods not loaded yet').to.have.length(10);
      return el.offsetHeight;
    });
    await settle(...finders);
    finders.forEach((el, i) => {
      const [width, lang, isStatic] = CASES[i]!;
      expect(getComputedStyle($(el, 'table')).display, `a table at ${width} px`).to.equal('table');
      const now = el.offsetHeight;
      const off = Math.abs(now - reserved[i]!) / now;
      expect(
        off,
        `${width} px, ${lang}${isStatic ? ', static' : ''}: ${reserved[i]} reserved, ${now} came`,
      ).to.be.below(0.06);
    });
  });
});
