// Everyday and full food lists from the USDA CSVs and the reviewed list in data/sources/authored/.
import { DIET_LEVELS, fullDietLevel } from './diet.mjs';
import {
  GRAMS_PER_OUNCE,
  householdLabel,
  metricServing,
  parseOdsServing,
  resolveServing,
  round3,
  roundReadable,
} from './servings.mjs';

/** USDA food groups never used for everyday foods (selection rule 1 in data/README.md). */
export const EXCLUDED_GROUPS = new Map([
  ['0200', 'Spices and Herbs'],
  ['0300', 'Baby Foods'],
  ['2100', 'Fast Foods'],
  ['2200', 'Meals, Entrees, and Side Dishes'],
  ['3500', 'American Indian/Alaska Native Foods'],
  ['3600', 'Restaurant Foods'],
]);

/** Category of each USDA food group for the full list (mapping table in data/README.md). */
export const GROUP_CATEGORY = new Map([
  ['0100', 'dairy-eggs'],
  ['0200', 'other'],
  ['0300', 'other'],
  ['0400', 'other'],
  ['0500', 'meat-poultry'],
  ['0600', 'other'],
  ['0700', 'meat-poultry'],
  ['0800', 'grains'],
  ['0900', 'fruits'],
  ['1000', 'meat-poultry'],
  ['1100', 'vegetables'],
  ['1200', 'nuts-seeds'],
  ['1300', 'meat-poultry'],
  ['1400', 'beverages'],
  ['1500', 'fish-seafood'],
  ['1600', 'legumes'],
  ['1700', 'meat-poultry'],
  ['1800', 'grains'],
  ['1900', 'sweets-snacks'],
  ['2000', 'grains'],
  ['2100', 'other'],
  ['2200', 'other'],
  ['2500', 'sweets-snacks'],
  ['3500', 'other'],
  ['3600', 'other'],
]);

const EVERYDAY_MIN = 250;
const EVERYDAY_MAX = 400;

/**
 * Builds the everyday list and checks it against the selection rule.
 * @returns {{ foods: object[], odsRows: { food: string, serving: string }[] }}
 */
export function buildEveryday({ usda, rows, units, odsMatches, odsRows, categories }) {
  const odsById = new Map();
  for (const row of odsRows) {
    const match = odsMatches.find((m) => m.food === row.food && m.serving === row.serving);
    if (!match) throw new Error(`ODS row "${row.food}" (${row.serving}) has no entry in ods-food-matches.json`);
    if (odsById.has(match.id)) throw new Error(`ODS rows share NDB ${match.id}`);
    odsById.set(match.id, row);
  }
  for (const match of odsMatches) {
    if (!odsRows.some((row) => row.food === match.food))
      throw new Error(`ods-food-matches.json: "${match.food}" is not an ODS row`);
  }

  const seen = new Set();
  const seenNames = { en: new Map(), es: new Map() };
  const foods = rows.map((row) => {
    const where = `everyday-foods.tsv ${row.id} (${row.en})`;
    const food = usda.foods.get(row.id);
    if (!food) throw new Error(`${where}: no such USDA food`);
    if (seen.has(row.id)) throw new Error(`${where}: listed twice`);
    seen.add(row.id);
    const ods = odsById.get(row.id) ?? null;
    checkSelectionRule(food, ods, where);
    if (!categories.includes(row.category)) throw new Error(`${where}: unknown category "${row.category}"`);
    if (!(row.diet in DIET_LEVELS)) throw new Error(`${where}: unknown diet "${row.diet}"`);
    for (const lang of ['en', 'es']) {
      const key = row[lang].toLowerCase();
      if (!row[lang].trim()) throw new Error(`${where}: missing ${lang} name`);
      if (seenNames[lang].has(key)) throw new Error(`${where}: same ${lang} name as ${seenNames[lang].get(key)}`);
      seenNames[lang].set(key, row.id);
    }

    const serving = resolveServing(row.serving, food.portions);
    if (!serving.portion && !ods)
      throw new Error(`${where}: weight servings are only for ODS foods without a USDA row`);
    if (ods) checkOdsServing(ods, serving, where);
    const label = {
      en: householdLabel(serving.amount, serving.measure, units, 'en'),
      es: householdLabel(serving.amount, serving.measure, units, 'es'),
    };
    const drink =
      row.category === 'beverages' ||
      /^Milk, (whole|reduced fat|lowfat|nonfat|buttermilk|chocolate)/.test(food.description);
    return {
      id: row.id,
      name: { en: row.en, es: row.es },
      usdaName: food.description,
      aliases: {
        en: uniqueAliases(splitList(row.aliases_en), row.en),
        es: uniqueAliases(splitList(row.aliases_es), row.es),
      },
      category: row.category,
      dietLevel: DIET_LEVELS[row.diet],
      mgPer100g: food.mg,
      kcalPer100g: food.kcal,
      serving: {
        label,
        grams: serving.grams,
        usda: serving.portion
          ? {
              seq: serving.portion.seq,
              measure: serving.portion.householdMeasure,
              grams: serving.portion.grams,
              factor: serving.factor,
            }
          : null,
      },
      metric: metricServing(serving.amount, serving.measure, serving.grams, drink ? 'beverages' : row.category, units),
      ods: ods ? { food: ods.food, serving: ods.serving } : null,
    };
  });

  const missing = odsRows.filter((row) => !foods.some((f) => f.ods?.food === row.food));
  if (missing.length)
    throw new Error(`ODS foods missing from the everyday list: ${missing.map((r) => r.food).join(', ')}`);
  if (foods.length < EVERYDAY_MIN || foods.length > EVERYDAY_MAX) {
    throw new Error(`everyday list has ${foods.length} foods; the rule asks for ${EVERYDAY_MIN}-${EVERYDAY_MAX}`);
  }
  return foods;
}

function checkSelectionRule(food, ods, where) {
  if (EXCLUDED_GROUPS.has(food.groupCode))
    throw new Error(`${where}: group ${EXCLUDED_GROUPS.get(food.groupCode)} is excluded`);
  if (/restaurant|fast food/i.test(food.description)) throw new Error(`${where}: restaurant or fast-food item`);
  if (food.manufacturer && !ods) throw new Error(`${where}: branded item (${food.manufacturer}) outside the ODS list`);
  if (food.portions.length === 0 && !ods) throw new Error(`${where}: USDA lists no household measure`);
}

/** The everyday serving of an ODS food must be the ODS serving, with USDA grams. */
function checkOdsServing(ods, serving, where) {
  const { amount, unit } = parseOdsServing(ods.serving);
  if (unit === 'ounce') {
    const expected = amount * GRAMS_PER_OUNCE;
    if (Math.abs(serving.grams - expected) > 0.5) {
      throw new Error(`${where}: ODS serving ${ods.serving} is ${expected} g but the serving has ${serving.grams} g`);
    }
    return;
  }
  const measure = serving.measure.toLowerCase();
  const unitMatches = {
    cup: /^cup/.test(measure),
    tbsp: /^(tbsp|tablespoon)/.test(measure),
    biscuit: /^biscuit/.test(measure),
    medium: /^medium/.test(measure),
    slice: /^slice/.test(measure),
    packet: /^packet/.test(measure),
  }[unit];
  if (!unitMatches || Math.abs(serving.amount - amount) > 1e-9) {
    throw new Error(`${where}: ODS serving "${ods.serving}" does not match "${serving.amount} ${serving.measure}"`);
  }
}

function splitList(text) {
  return (text ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

function uniqueAliases(list, name) {
  const out = [];
  const lowerName = name.toLowerCase();
  for (const alias of list) {
    const lower = alias.toLowerCase();
    if (lower !== lowerName && !out.some((a) => a.toLowerCase() === lower)) out.push(alias);
  }
  return out;
}

/**
 * Builds the full list: every USDA row, in NDB order.
 * @returns {object[]}
 */
export function buildFull({ usda }) {
  return usda.order.map((id) => {
    const food = usda.foods.get(id);
    const category = GROUP_CATEGORY.get(food.groupCode);
    if (!category) throw new Error(`USDA food ${id}: unmapped food group ${food.groupCode}`);
    const first = food.portions[0] ?? null;
    return {
      id,
      usdaName: food.description,
      aliases: food.commonNames,
      category,
      dietLevel: fullDietLevel(food),
      mgPer100g: food.mg,
      kcalPer100g: food.kcal,
      portion: first ? { seq: first.seq, measure: first.householdMeasure, grams: first.grams } : null,
      metricGrams: first ? roundReadable(first.grams) : null,
    };
  });
}

export { round3 };
