import { expect } from '@open-wc/testing';
import { foodName, loadFoods, mgPerServing, percentDailyValue, queryFoods, servingLabel } from '../../src/data/index.js';
import { formatMg, formatPercent } from '../../src/i18n/index.js';
import type { Diet } from '../../src/data/enums.js';

/**
 * The demo's static food list carries a light-DOM fallback table for readers without JavaScript (and for the
 * static-page baseline of the benchmark). Its numbers are typed into the HTML, so this test keeps them equal to
 * what the dataset gives for the same attributes.
 */
describe('demo article', () => {
  it('has a static fallback table equal to the dataset', async () => {
    const html = await (await fetch('/demo/index.html')).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const finder = doc.querySelector('mg-food-finder[static]');
    expect(finder, 'a static food finder').to.not.equal(null);
    const limit = Number(finder!.getAttribute('limit'));
    const diet = (finder!.getAttribute('diet') ?? 'any') as Diet;
    const rows = [...finder!.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
    );
    const everyday = await loadFoods('everyday');
    const expected = queryFoods(everyday, { diet, sort: 'serving', units: 'us', limit }).map((food) => {
      const mg = mgPerServing(food, 'us')!;
      return [
        foodName(food, 'en'),
        servingLabel(food, 'en', 'us'),
        formatMg('en', mg).replace('\u00a0', ' '),
        formatPercent('en', percentDailyValue(mg)),
      ];
    });
    expect(rows).to.deep.equal(expected);
  });
});
