/**
 * The finder's keystroke path (`results` in the view chunk) against the public query functions: for every query
 * below, on both food lists, every ranking, units and filter, the same foods in the same order as `queryFoods`,
 * and by name the same foods as `searchFoods` in the name order.
 */
import { expect } from '@open-wc/testing';
import { foodsByName } from '../../src/components/food-finder/food-order.js';
import { results, type ResultQuery } from '../../src/components/food-finder/food-finder.view.js';
import { FOOD_SORTS, type Diet, type FoodCategory } from '../../src/data/enums.js';
import { loadFoods } from '../../src/data/loaders.js';
import { queryFoods, searchFoods } from '../../src/data/index.js';
import type { Food, FoodSet } from '../../src/data/types.js';

const ids = (foods: readonly Food[]) => foods.map((food) => food.id);

/** Every prefix of these words, as a reader types them: one and two letters match word starts only, three anywhere. */
const WORDS = ['almonds', 'beans', 'espinacas', 'chía', 'pumpkin seeds', 'dark chocolate', 'nueces', 'of', 'y', 'xq'];
const QUERIES = ['', ...new Set(WORDS.flatMap((word) => [...word].map((_, i) => word.slice(0, i + 1))))];
const FILTERS: { categories: FoodCategory[]; diet: Diet }[] = [
  { categories: [], diet: 'any' },
  { categories: ['legumes', 'nuts-seeds'], diet: 'any' },
  { categories: [], diet: 'vegan' },
];

function query(q: string, filter: (typeof FILTERS)[number], patch: Partial<ResultQuery>): ResultQuery {
  return { query: q, ...filter, sort: 'serving', key: 'mg', dir: 'descending', units: 'us', locale: 'en', ...patch };
}

for (const dataset of ['everyday', 'full'] as const) {
  describe(`finder results, ${dataset} foods`, () => {
    let set: FoodSet;
    before(async () => {
      set = await loadFoods(dataset);
    });

    it(`ranks exactly as queryFoods, for ${QUERIES.length} queries × rankings × filters`, function () {
      this.timeout(60000);
      let compared = 0;
      let nonEmpty = 0;
      for (const q of QUERIES) {
        for (const filter of FILTERS) {
          for (const sort of FOOD_SORTS) {
            const units = sort === 'serving' ? 'metric' : 'us';
            const expected = ids(queryFoods(set, { query: q, ...filter, sort, units }));
            expect(
              ids(results(set, query(q, filter, { sort, units }))),
              `${q} ${sort} ${JSON.stringify(filter)}`,
            ).to.deep.equal(expected);
            compared++;
            if (expected.length) nonEmpty++;
          }
        }
      }
      expect(compared).to.equal(QUERIES.length * FILTERS.length * FOOD_SORTS.length);
      // The queries find something most of the time (else the comparison proves little) and not always ('xq').
      expect(nonEmpty).to.be.above(compared / 2);
      expect(nonEmpty).to.be.below(compared);
    });

    it('orders by name as the name order restricted to searchFoods, both ways and in both languages', function () {
      this.timeout(60000);
      for (const q of QUERIES) {
        for (const locale of ['en', 'es'] as const) {
          const found = new Set(searchFoods(set, q, FILTERS[1]));
          const expected = ids(foodsByName(set, locale).filter((food) => found.has(food)));
          const named = query(q, FILTERS[1], { key: 'name', locale, dir: 'ascending' });
          expect(ids(results(set, named)), `${q} ${locale} A–Z`).to.deep.equal(expected);
          expect(ids(results(set, { ...named, dir: 'descending' })), `${q} ${locale} Z–A`).to.deep.equal(
            expected.reverse(),
          );
        }
      }
    });
  });
}
