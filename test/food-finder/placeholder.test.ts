/**
 * "My day" renders from the view chunk, which loads with the foods; until then the finder shows a hidden placeholder
 * of about its height. A file of its own: the view chunk must not be loaded yet when it starts.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { MgFoodFinder } from '../../src/components/food-finder/food-finder.js';
import { beforeNextPaint } from '../helpers.js';
import { $, settle } from './helpers.js';

describe('food finder: "My day" before the view chunk', () => {
  before(() => setViewport({ width: 1200, height: 4000 }));

  it('reserves about the height of the empty "My day" (en and es, narrow and wide), then renders it', async () => {
    const cases = [
      ['en', 1000],
      ['en', 400],
      ['es', 700],
      ['es', 360],
    ] as const;
    const box = fixtureSync<HTMLDivElement>(
      html`<div style="font-family: sans-serif">
        ${cases.map(
          ([lang, width]) =>
            html`<div lang=${lang} style="width: ${width}px">
              <mg-food-finder style="content-visibility: visible"></mg-food-finder>
            </div>`,
        )}
      </div>`,
    );
    const finders = [...box.querySelectorAll<MgFoodFinder>('mg-food-finder')];
    await beforeNextPaint();
    const reserved = finders.map((el) => {
      const placeholder = $(el, '.ph-plate');
      expect(placeholder.getAttribute('aria-hidden')).to.equal('true');
      expect(el.shadowRoot!.querySelector('.plate')).to.equal(null);
      return placeholder.getBoundingClientRect().height;
    });
    await settle(...finders);
    finders.forEach((el, i) => {
      expect(el.shadowRoot!.querySelector('.ph-plate')).to.equal(null);
      const plate = $(el, '.plate').getBoundingClientRect().height;
      const em = parseFloat(getComputedStyle(el).fontSize);
      expect(Math.abs(plate - reserved[i]!), `${cases[i]!.join(' ')}: placeholder within 2.5em`).to.be.below(2.5 * em);
    });
  });
});
