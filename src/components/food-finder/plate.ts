import type { Units } from '../../data/enums.js';
import { mgPerServing } from '../../data/food-query.js';
import type { Food } from '../../data/types.js';
import type { MgPlateItem } from '../../events/plate-change.js';

/**
 * The "My day" plate of `<mg-food-finder>` as pure data: foods with a number of servings, in the order they were
 * added. Every change returns a new plate, so the element re-renders and fires one event per change.
 */

/** Most servings of one food on the plate (a sanity bound for a day's eating). */
export const MAX_SERVINGS = 20;

/** One food on the plate. */
export interface PlateEntry {
  readonly food: Food;
  readonly servings: number;
}

export type Plate = readonly PlateEntry[];

/** Whether the food can go on the plate: it needs a household serving (227 full-list foods have none). */
export function canAdd(food: Food): boolean {
  return food.serving !== null && food.metric !== null;
}

/** Servings of a food on the plate (0 when absent). */
export function servingsOf(plate: Plate, foodId: string): number {
  return plate.find((entry) => entry.food.id === foodId)?.servings ?? 0;
}

/** The plate with one more serving of `food` (unchanged when it has no serving or is at `MAX_SERVINGS`). */
export function addServing(plate: Plate, food: Food): Plate {
  if (!canAdd(food)) return plate;
  const at = plate.findIndex((entry) => entry.food.id === food.id);
  if (at < 0) return [...plate, { food, servings: 1 }];
  const entry = plate[at]!;
  if (entry.servings >= MAX_SERVINGS) return plate;
  return plate.map((e, i) => (i === at ? { food: e.food, servings: e.servings + 1 } : e));
}

/** The plate with one serving less of the food (the food leaves the plate at zero). */
export function removeServing(plate: Plate, foodId: string): Plate {
  const at = plate.findIndex((entry) => entry.food.id === foodId);
  if (at < 0) return plate;
  const entry = plate[at]!;
  if (entry.servings <= 1) return plate.filter((_, i) => i !== at);
  return plate.map((e, i) => (i === at ? { food: e.food, servings: e.servings - 1 } : e));
}

/** Magnesium of one entry (mg), with the servings of `units`. */
export function entryMg(entry: PlateEntry, units: Units): number {
  return (mgPerServing(entry.food, units) ?? 0) * entry.servings;
}

/** Magnesium of the whole plate (mg), with the servings of `units`. */
export function plateTotal(plate: Plate, units: Units): number {
  let total = 0;
  for (const entry of plate) total += entryMg(entry, units);
  return total;
}

/** The plate as the event and the `plate` property give it: ids and servings. */
export function plateItems(plate: Plate): MgPlateItem[] {
  return plate.map((entry) => ({ foodId: entry.food.id, servings: entry.servings }));
}
