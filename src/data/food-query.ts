/**
 * Pure queries over a food list: names, amounts per serving, search, filters and rankings. No DOM, no state. A
 * module of its own so that pages load it with the foods, not with the elements (see `query.ts` for the rest).
 */
import { DIETS, FOOD_CATEGORIES } from './enums.js';
import type { Diet, FoodCategory, FoodSort, Locale, Units } from './enums.js';
import { queryKeys, scoreFood } from './search.js';
import type { Food, FoodSet, Lookup } from './types.js';

/** The food with this USDA NDB number (leading zeros may be omitted: "1077" finds "01077"). */
export function getFood(set: FoodSet, id: string | number): Lookup<Food> {
  const text = String(id).trim();
  const key = /^\d{1,5}$/.test(text) ? text.padStart(5, '0') : text;
  const food = set.byId.get(key);
  if (food) return { ok: true, value: food };
  const suggestions = searchFoods(set, text)
    .slice(0, 3)
    .map((f) => f.id);
  return { ok: false, reason: 'not-found', id: text, suggestions };
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Names                                                                                                         */
/* ------------------------------------------------------------------------------------------------------------ */

/** The food's name in `locale`, falling back to English (full-list foods have English USDA names only). */
export function foodName(food: Food, locale: Locale = 'en'): string {
  return (locale === 'es' ? food.name.es : null) ?? food.name.en;
}

/** The serving label for `units` ('us' household, 'metric' grams or ml) in `locale`; null without a serving. */
export function servingLabel(food: Food, locale: Locale = 'en', units: Units = 'us'): string | null {
  if (units === 'metric') return food.metric?.label ?? null;
  if (!food.serving) return null;
  return (locale === 'es' ? food.serving.label.es : null) ?? food.serving.label.en;
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Milligrams                                                                                                    */
/* ------------------------------------------------------------------------------------------------------------ */

/** Magnesium in `grams` of the food: mg/100 g × grams / 100. NaN for a negative or non-finite amount. */
export function mgForGrams(food: Food, grams: number): number {
  return Number.isFinite(grams) && grams >= 0 ? (food.mgPer100g * grams) / 100 : NaN;
}

/** Serving grams for `units`, or null when the food has no serving. */
export function servingGrams(food: Food, units: Units = 'us'): number | null {
  return (units === 'metric' ? food.metric?.grams : food.serving?.grams) ?? null;
}

/** Magnesium in one serving ('us' household or 'metric'), or null when the food has no serving. */
export function mgPerServing(food: Food, units: Units = 'us'): number | null {
  const grams = servingGrams(food, units);
  return grams === null ? null : mgForGrams(food, grams);
}

/** Magnesium per 100 kcal, or null for foods without energy (water, black coffee). */
export function mgPer100kcal(food: Food): number | null {
  return food.kcalPer100g > 0 ? (food.mgPer100g * 100) / food.kcalPer100g : null;
}

/** The value a ranking uses: mg per serving, per 100 g or per 100 kcal. */
export function sortValue(food: Food, sort: FoodSort, units: Units = 'us'): number | null {
  if (sort === '100g') return food.mgPer100g;
  if (sort === '100kcal') return mgPer100kcal(food);
  return mgPerServing(food, units);
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Food search, filters and rankings                                                                             */
/* ------------------------------------------------------------------------------------------------------------ */

/** Category and diet filters; an empty or missing list of categories means all. */
export interface FoodFilter {
  readonly categories?: readonly FoodCategory[];
  readonly diet?: Diet;
}

/** A food query: search text, filters, ranking and a result limit. */
export interface FoodQuery extends FoodFilter {
  readonly query?: string;
  /** Ranking basis; without one, search results come in order of relevance and other lists in dataset order. */
  readonly sort?: FoodSort;
  readonly units?: Units;
  readonly limit?: number;
}

/** Whether the food suits the diet ('any', or an unknown value, always does). */
export function matchesDiet(food: Food, diet: Diet = 'any'): boolean {
  return diet === 'any' || !(DIETS as readonly string[]).includes(diet) || food.diets.includes(diet);
}

/** The category and diet filters as a test of one food. */
export function filterPredicate(filter: FoodFilter): (food: Food) => boolean {
  const categories = (filter.categories ?? []).filter((c) => (FOOD_CATEGORIES as readonly string[]).includes(c));
  const diet = filter.diet ?? 'any';
  return (food) => (categories.length === 0 || categories.includes(food.category)) && matchesDiet(food, diet);
}

/** The foods that pass the category and diet filters, in their original order. */
export function filterFoods(foods: readonly Food[], filter: FoodFilter = {}): Food[] {
  return foods.filter(filterPredicate(filter));
}

function compareIds(a: Food, b: Food): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The foods sorted by magnesium, highest first, per serving, per 100 g or per 100 kcal. Foods without a value
 * (no serving; no energy for per-100-kcal) come last. Ties are broken by NDB number, so the order is stable.
 */
export function rankFoods(foods: readonly Food[], sort: FoodSort = 'serving', units: Units = 'us'): Food[] {
  const keyed = foods.map((food) => ({ food, value: sortValue(food, sort, units) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      return a.value === b.value ? compareIds(a.food, b.food) : a.value === null ? 1 : -1;
    }
    return b.value - a.value || compareIds(a.food, b.food);
  });
  return keyed.map((k) => k.food);
}

/**
 * Foods matching the search text in English or Spanish names, aliases or the USDA description (accents, case,
 * singular and plural ignored; partial words match), filtered, in order of relevance (ties: NDB number).
 * An empty query matches every food.
 */
export function searchFoods(set: FoodSet, query: string, filter: FoodFilter = {}): Food[] {
  const keys = queryKeys(typeof query === 'string' ? query : '');
  const passes = filterPredicate(filter);
  if (keys.length === 0) return set.foods.filter(passes);
  const hits: { food: Food; score: number }[] = [];
  const { foods, index } = set;
  for (let i = 0; i < foods.length; i++) {
    const food = foods[i]!;
    const score = scoreFood(index, i, keys);
    if (score > 0 && passes(food)) hits.push({ food, score });
  }
  hits.sort((a, b) => b.score - a.score || compareIds(a.food, b.food));
  return hits.map((h) => h.food);
}

/** Search, filter and rank in one call; the result is at most `limit` foods. */
export function queryFoods(set: FoodSet, query: FoodQuery = {}): Food[] {
  const found = searchFoods(set, query.query ?? '', query);
  const ranked = query.sort ? rankFoods(found, query.sort, query.units ?? 'us') : found;
  const limit = query.limit ?? Infinity;
  return limit >= 0 && limit < ranked.length ? ranked.slice(0, limit) : ranked;
}
