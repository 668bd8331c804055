/**
 * While the forms load, the comparer's placeholders in cards (narrow containers, or `layout="cards"`) reserve about
 * the height the cards will have, so that the content below barely moves when they come. A file of its own: the forms
 * must not be loaded yet when it starts.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { MgFormComparer } from '../../src/components/form-comparer/form-comparer.js';
import { beforeNextPaint, untilTask } from '../helpers.js';
import { $, $$, settle } from './helpers.js';

/** Container widths (px), languages and layouts measured; the estimates were fitted from 240 to 1800 px. */
const CASES = [
  [240, 'en', 'auto'],
  [320, 'en', 'auto'],
  [400, 'es', 'auto'],
  [480, 'en', 'auto'],
  [300, 'es', 'auto'],
  [900, 'en', 'cards'],
  [1100, 'es', 'cards'],
] as const;

describe('form comparer: placeholders of the cards', () => {
  before(() => setViewport({ width: 1200, height: 800 }));

  it('reserve within 5% of the height of the cards and of the whole comparer, narrow and wide, en and es', async () => {
    const box = fixtureSync<HTMLDivElement>(
      // content-visibility: visible: see the food finder's skeleton test (measured before the first paint).
      html`<div style="font-family: sans-serif">
        ${CASES.map(
          ([width, lang, layout]) =>
            html`<div lang=${lang} style="width: ${width}px">
              <mg-form-comparer layout=${layout} style="content-visibility: visible"></mg-form-comparer>
            </div>`,
        )}
      </div>`,
    );
    const comparers = [...box.querySelectorAll<MgFormComparer>('mg-form-comparer')];
    await beforeNextPaint();
    await untilTask(() => comparers.every((el) => $$(el, 'tr.skeleton').length === 6));
    const sizes = (el: MgFormComparer) => ({ cards: $(el, 'tbody').offsetHeight, whole: el.offsetHeight });
    const reserved = comparers.map((el) => {
      expect($$(el, 'tr.skeleton'), 'placeholders, the forms not loaded yet').to.have.length(6);
      return sizes(el);
    });
    await settle(...comparers);
    comparers.forEach((el, i) => {
      const [width, lang, layout] = CASES[i]!;
      const now = sizes(el);
      expect(getComputedStyle($$(el, 'tbody tr')[0]!).display, `cards at ${width} px`).to.equal('grid');
      for (const part of ['cards', 'whole'] as const) {
        const off = Math.abs(now[part] - reserved[i]![part]) / now[part];
        expect(
          off,
          `${part}, ${width} px, ${lang}, layout=${layout}: ${reserved[i]![part]} reserved, ${now[part]} came`,
        ).to.be.below(0.05);
      }
    });
  });
});
