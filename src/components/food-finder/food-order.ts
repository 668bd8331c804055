import type { FoodSort, Locale, Units } from '../../data/enums.js';
import { filterFoods, foodName, rankFoods, type FoodFilter } from '../../data/food-query.js';
import { queryKeys, scoreFood } from '../../data/search.js';
import type { Food, FoodSet } from '../../data/types.js';

/**
 * The finder's orderings, fast enough for every keystroke over the 8,050 foods of the full dataset: each whole set
 * is ranked (or sorted by name) once, and a keystroke keeps its matches in that order, in linear time, instead of
 * sorting the matches again. Because `rankFoods` and the name order are total orders (ties broken by NDB number),
 * the result is exactly `queryFoods(set, { query, ...filter, sort, units })`, and the sorted `searchFoods` results.
 */

/**
 * The foods that match the search text and filters, in dataset order: the same foods as `searchFoods`, without its
 * relevance sort (the finder orders them itself).
 */
export function matchFoods(set: FoodSet, query: string, filter: FoodFilter): readonly Food[] {
  const keys = queryKeys(query);
  const found = keys.length ? set.foods.filter((_, i) => scoreFood(set.index, i, keys) > 0) : set.foods;
  return (filter.categories?.length ?? 0) > 0 || (filter.diet ?? 'any') !== 'any' ? filterFoods(found, filter) : found;
}

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

const positions = new WeakMap<readonly Food[], Map<Food, number>>();

/** `order` restricted to `matches` (a subset of the same set), in that order. */
export function keepOrder(order: readonly Food[], matches: readonly Food[]): Food[] {
  if (matches.length === order.length) return [...order];
  if (matches.length * 8 > order.length) {
    // Many matches (a short query): one pass over the whole order.
    const wanted = new Set(matches);
    return order.filter((food) => wanted.has(food));
  }
  // Few matches: sort them by their position in the order.
  let position = positions.get(order);
  if (!position) positions.set(order, (position = new Map(order.map((food, i) => [food, i]))));
  const at = position;
  return [...matches].sort((a, b) => at.get(a)! - at.get(b)!);
}
