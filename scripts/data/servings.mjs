// Household and metric servings of the everyday foods, derived from USDA portion rows.

/** Grams in one avoirdupois ounce, as USDA SR28 writes it in its portion rows ("1 oz = 28.35 g"). */
export const GRAMS_PER_OUNCE = 28.35;

/**
 * Reads a serving spec of data/sources/authored/everyday-foods.tsv:
 * - `1 cup`, `1 oz (22 whole kernels)`: the USDA portion whose household measure is exactly this text;
 * - `#3`: the USDA portion with that sequence number;
 * - either followed by ` *0.5` to scale it (half a cup);
 * - `oz:3.5`: a weight serving of 3.5 ounces at 28.35 g/oz, for foods with no matching USDA row.
 * @param {string} spec
 */
export function parseServingSpec(spec) {
  const weight = /^oz:(\d+(?:\.\d+)?)$/.exec(spec);
  if (weight) return { kind: 'weight', ounces: Number(weight[1]) };
  const scaled = /^(.*?)\s+\*(\d+(?:\.\d+)?)$/.exec(spec);
  const ref = scaled ? scaled[1] : spec;
  const factor = scaled ? Number(scaled[2]) : 1;
  const seq = /^#(\d+)$/.exec(ref);
  return seq ? { kind: 'portion', seq: Number(seq[1]), factor } : { kind: 'portion', text: ref, factor };
}

/**
 * Resolves a spec against the USDA portion rows of one food.
 * @param {string} spec
 * @param {{seq: number, amount: number, measure: string, householdMeasure: string, grams: number}[]} portions
 */
export function resolveServing(spec, portions) {
  const parsed = parseServingSpec(spec);
  if (parsed.kind === 'weight') {
    return {
      portion: null,
      factor: 1,
      amount: parsed.ounces,
      measure: 'oz',
      grams: round3(parsed.ounces * GRAMS_PER_OUNCE),
    };
  }
  const matches =
    'seq' in parsed
      ? portions.filter((p) => p.seq === parsed.seq)
      : portions.filter((p) => p.householdMeasure === parsed.text);
  if (matches.length === 0) {
    const known = portions.map((p) => `#${p.seq} "${p.householdMeasure}"`).join(', ') || 'none';
    throw new Error(`serving "${spec}" matches no USDA portion (portions: ${known})`);
  }
  if (matches.length > 1) throw new Error(`serving "${spec}" matches ${matches.length} USDA portions; use #seq`);
  const [portion] = matches;
  return {
    portion,
    factor: parsed.factor,
    amount: round3(portion.amount * parsed.factor),
    measure: portion.measure,
    grams: round3(portion.grams * parsed.factor),
  };
}

/** Rounds to 3 decimals, removing floating-point noise such as 0.30000000000000004. */
export function round3(value) {
  return Math.round(value * 1000) / 1000;
}

const FRACTIONS = new Map([
  [0.25, '¼'],
  [0.5, '½'],
  [0.75, '¾'],
  [0.333, '⅓'],
  [0.667, '⅔'],
]);

/** Formats a household amount for a label: 0.5 → "½", 1.5 → "1½", 3 → "3". */
export function formatAmount(amount) {
  const whole = Math.floor(amount);
  const fraction = round3(amount - whole);
  if (fraction === 0) return String(whole);
  const symbol = FRACTIONS.get(fraction);
  if (symbol) return whole === 0 ? symbol : `${whole}${symbol}`;
  return String(round3(amount));
}

/**
 * The reader-facing label of a household serving in one language, from the unit dictionary
 * (data/sources/authored/serving-units.json, keyed by the USDA measure text).
 */
export function householdLabel(amount, measure, units, lang) {
  const unit = units[measure];
  if (!unit) throw new Error(`no entry for USDA measure "${measure}" in serving-units.json`);
  const [singular, plural] = unit[lang];
  return `${formatAmount(amount)} ${amount > 1 ? plural : singular}`;
}

/**
 * The metric serving shown with metric units. Drinks measured by volume get a millilitre label from the US
 * nutrition-labeling conversions in the unit dictionary (1 cup = 240 ml, 1 fl oz = 30 ml); their grams stay the
 * USDA grams of the same serving. Everything else gets the household grams rounded to a readable number.
 */
export function metricServing(amount, measure, grams, category, units) {
  const ml = units[measure]?.ml;
  if (category === 'beverages' && ml) {
    return { grams, label: `${Math.round(amount * ml)} ml` };
  }
  const rounded = roundReadable(grams);
  return { grams: rounded, label: `${rounded} g` };
}

/** Rounds grams for a readable label: under 10 g to 1 g, up to 200 g to 5 g, above to 10 g. */
export function roundReadable(grams) {
  const step = grams < 10 ? 1 : grams < 200 ? 5 : 10;
  return Math.max(step === 1 ? 1 : step, Math.round(grams / step) * step);
}

const ODS_UNITS = [
  { pattern: /^ounces?$/, unit: 'ounce' },
  { pattern: /^cups?$/, unit: 'cup' },
  { pattern: /^tablespoons?$/, unit: 'tbsp' },
  { pattern: /^(large )?biscuits?$/, unit: 'biscuit' },
  { pattern: /^medium$/, unit: 'medium' },
  { pattern: /^slices?$/, unit: 'slice' },
  { pattern: /^packets?$/, unit: 'packet' },
];

/** Parses an NIH ODS serving such as "1/2 cup", "3.5 ounces" or "2 large biscuits" into amount and unit. */
export function parseOdsServing(text) {
  const match = /^(\d+(?:\.\d+)?)(?:\/(\d+))?\s+(.+)$/.exec(text.trim());
  if (!match) throw new Error(`cannot read ODS serving "${text}"`);
  const amount = match[2] ? Number(match[1]) / Number(match[2]) : Number(match[1]);
  const found = ODS_UNITS.find((u) => u.pattern.test(match[3]));
  if (!found) throw new Error(`unknown unit in ODS serving "${text}"`);
  return { amount, unit: found.unit };
}
