/**
 * While the foods load, the finder's placeholder rows stand for the average row of the top ten everyday foods,
 * whose names wrap onto a second line as the table narrows; and below 480 px, where the rows are cards, for the
 * average card (names and the need line wrap more as the column narrows). So the content below barely moves when
 * the rows come. A file of its own: the foods must not be loaded yet when it starts.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { MgFoodFinder } from '../../src/components/food-finder/food-finder.js';
import { beforeNextPaint, untilTask } from '../helpers.js';
import { $, $$, settle } from './helpers.js';

/** Container widths (px), languages, and whether the finder is a static list: cards below 480 px, a table above. */
const CASES = [
  [240, 'es', false],
  [260, 'es', true],
  [300, 'en', false],
  [340, 'es', false],
  [400, 'en', true],
  [480, 'en', false],
  [640, 'en', true],
  [560, 'es', false],
  [800, 'es', false],
  [1000, 'en', true],
] as const;

describe('food finder: placeholder rows and cards in a narrow container', () => {
  before(() => setViewport({ width: 1200, height: 800 }));

  it('reserve within 5% (cards, 240 to 400 px) and 6% (table, 480 to 1000 px) of the finder that comes', async () => {
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
      const cards = width < 480;
      expect(getComputedStyle($(el, 'table')).display, `cards or a table at ${width} px`).to.equal(
        cards ? 'block' : 'table',
      );
      const now = el.offsetHeight;
      const off = Math.abs(now - reserved[i]!) / now;
      expect(
        off,
        `${width} px, ${lang}${isStatic ? ', static' : ''}: ${reserved[i]} reserved, ${now} came`,
      ).to.be.below(cards ? 0.05 : 0.06);
    });
  });
});
