// Loads the two USDA SR28 CSVs of data/sources/usda/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv.mjs';

/**
 * @param {string} dir data/sources/usda
 * @returns {{ foods: Map<string, UsdaFood>, order: string[] }}
 * @typedef {{ id: string, description: string, commonNames: string[], manufacturer: string, groupCode: string,
 *   group: string, mg: number, kcal: number, mgText: string, kcalText: string,
 *   portions: { seq: number, amount: number, measure: string, householdMeasure: string, grams: number }[] }} UsdaFood
 */
export function loadUsda(dir) {
  const rows = parseCsv(readFileSync(join(dir, 'magnesium-foods-sr28.csv'), 'utf8'));
  const portionRows = parseCsv(readFileSync(join(dir, 'magnesium-foods-sr28-portions.csv'), 'utf8'));
  const foods = new Map();
  for (const row of rows) {
    if (foods.has(row.source_id)) throw new Error(`USDA CSV: duplicate id ${row.source_id}`);
    foods.set(row.source_id, {
      id: row.source_id,
      description: row.description,
      commonNames: splitCommonNames(row.common_names),
      manufacturer: row.manufacturer,
      groupCode: row.food_group_code,
      group: row.food_group,
      mg: toNumber(row.magnesium_mg_per_100g, row.source_id, 'magnesium'),
      kcal: toNumber(row.energy_kcal_per_100g, row.source_id, 'energy'),
      portions: [],
    });
  }
  for (const row of portionRows) {
    const food = foods.get(row.source_id);
    if (!food) throw new Error(`USDA portions CSV: unknown id ${row.source_id}`);
    food.portions.push({
      seq: Number(row.seq),
      amount: Number(row.amount),
      measure: row.measure,
      householdMeasure: row.household_measure,
      grams: toNumber(row.gram_weight, row.source_id, 'gram weight'),
    });
  }
  for (const food of foods.values()) food.portions.sort((a, b) => a.seq - b.seq);
  return { foods, order: [...foods.keys()] };
}

function toNumber(text, id, what) {
  if (!/^\d+(\.\d+)?$/.test(text)) throw new Error(`USDA CSV: ${what} of ${id} is not a plain number: "${text}"`);
  return Number(text);
}

/**
 * USDA ComName values, comma separated. Bookkeeping entries (commodity codes, URMIS/IMPS numbers, recipe numbers,
 * "includes ..." notes) are not names a reader would type, so they are dropped.
 */
function splitCommonNames(text) {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && !/commodity|URMIS|IMPS|NFSMI|^includes? |^[A-Z]?\d+[A-Z]?$/i.test(s));
}
