import type { FoodSort, Locale, Units } from '../../data/enums.js';
import { filterPredicate, foodName, rankFoods, type FoodFilter } from '../../data/food-query.js';
import { matchNeedles, queryKeys } from '../../data/search.js';
import type { Food, FoodSet } from '../../data/types.js';

/**
 * The finder's orderings, fast enough for every keystroke over the 8,050 foods of the full dataset: each whole set
 * is ranked (or sorted by name) once, and a keystroke walks that order once, keeping the foods that match, instead
 * of sorting the matches again. Because `rankFoods` and the name order are total orders (ties broken by NDB number),
 * the result is exactly `queryFoods(set, { query, ...filter, sort, units })`, and the sorted `searchFoods` results.
 */

const rankings = new WeakMap<FoodSet, Map<string, readonly Food[]>>();

function cachedOrder(set: FoodSet, key: string, compute: () => readonly Food[]): readonly Food[] {
  let orders = rankings.get(set);
  if (!orders) rankings.set(set, (orders = new Map()));
  let order = orders.get(key);
  if (!order) orders.set(key, (order = compute()));
  return order;
}

/** Every food of the set ranked by magnesium (`rankFoods`), computed once per set, ranking and units. */
export function rankedFoods(set: FoodSet, sort: FoodSort, units: Units): readonly Food[] {
  return cachedOrder(set, `rank|${sort}|${units}`, () => rankFoods(set.foods, sort, units));
}

/** Every food of the set in alphabetical order of its name in `locale` (ties: NDB number), computed once. */
export function foodsByName(set: FoodSet, locale: Locale): readonly Food[] {
  return cachedOrder(set, `name|${locale}`, () => {
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    const named = set.foods.map((food) => ({ food, name: foodName(food, locale) }));
    named.sort((a, b) => collator.compare(a.name, b.name) || (a.food.id < b.food.id ? -1 : 1));
    return named.map((n) => n.food);
  });
}

/** Each order's search texts (`index.all` of its foods, in the order's order), made once per order. */
const orderTexts = new WeakMap<readonly Food[], readonly string[]>();

function textsInOrder(set: FoodSet, order: readonly Food[]): readonly string[] {
  let texts = orderTexts.get(order);
  if (!texts) {
    const position = new Map(set.foods.map((food, i) => [food, i]));
    texts = order.map((food) => set.index.all[position.get(food)!]!);
    orderTexts.set(order, texts);
  }
  return texts;
}

/**
 * The foods of `order` (a whole ordering of `set`) that match the search text and pass the filters, in that
 * order: the same foods as `searchFoods`, found in one pass with one string search per query key and food.
 */
export function matchInOrder(set: FoodSet, order: readonly Food[], query: string, filter: FoodFilter): Food[] {
  const needles = matchNeedles(queryKeys(query));
  const passes =
    (filter.categories?.length ?? 0) > 0 || (filter.diet ?? 'any') !== 'any' ? filterPredicate(filter) : undefined;
  // Made on the first call (the list's first render), so that no keystroke pays for it.
  const texts = textsInOrder(set, order);
  if (!needles.length && !passes) return [...order];
  const found: Food[] = [];
  // Plain loops: no function made per food (8,050 of them per keystroke would be garbage for the collector).
  for (let i = 0; i < order.length; i++) {
    const text = texts[i]!;
    let matches = true;
    for (let k = 0; matches && k < needles.length; k++) matches = text.includes(needles[k]!);
    if (matches && (!passes || passes(order[i]!))) found.push(order[i]!);
  }
  return found;
}
