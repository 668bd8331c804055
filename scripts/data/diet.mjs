// Diet tags of the full USDA list, by a conservative documented rule (data/README.md, "Full foods").
// When unsure, a food gets no tag: a vegetarian reader filtering the full list may miss a food, but is never
// shown one that is not vegetarian as far as its USDA description tells.

/** Food groups whose foods are plant foods unless the description says otherwise. */
const PLANT_GROUPS = new Set(['0200', '0900', '1100', '1200', '1600', '2000']);
const DAIRY_EGG_GROUP = '0100';
const FISH_GROUP = '1500';

/** Words that put a food outside every diet tag (meat, poultry, animal fats, gelatin). */
const MEAT =
  /\b(beef|pork|ham|bacon|lard|chicken|turkey|veal|lamb|mutton|duck|goose|venison|meat|meats|sausages?|frankfurters?|franks|salami|pepperoni|bologna|gelatin|suet|tallow|broth|bouillon|giblets|liver)\b/;
/** Words that make a food pescatarian at most. */
const FISH =
  /\b(fish|anchov(y|ies)|tuna|salmon|sardines?|shrimp|crab|clams?|oysters?|mussels?|scallops?|lobster|squid|octopus|caviar|roe|surimi)\b/;
/** Words that make a food vegetarian at most (dairy, eggs, honey). */
const DAIRY_EGG_HONEY =
  /\b(milk|cheese|cheddar|parmesan|butter|buttermilk|cream|creamed|yogurt|whey|casein|eggs?|honey|au gratin|scalloped|souffle)\b/;
/** Plant "milks" and "butters" that are not dairy. */
const PLANT_DAIRY_LOOKALIKE =
  /\b(coconut|soy|almond|rice|oat|cashew|peanut|sesame|seed|nut|sunflower|cocoa|apple)\s+(milk|butter|cream)\b|\bbutter(nut|bur)s?\b|\bcream of tartar\b/g;
/** Words meaning the recipe is not stated, so nothing can be said. */
const UNKNOWN_RECIPE =
  /\b(recipe|home-prepared|home prepared|homemade|prepared from|with sauce|in sauce|fast food|restaurant|dish|entree|stuffed|breaded|batter)\b/;

/**
 * Diet level of a full-list food: 3 vegan, 2 vegetarian, 1 pescatarian, 0 none.
 * @param {{ groupCode: string, description: string, commonNames: string[] }} food
 */
export function fullDietLevel(food) {
  const text = `${food.description}, ${food.commonNames.join(', ')}`.toLowerCase();
  let level;
  if (PLANT_GROUPS.has(food.groupCode)) level = 3;
  else if (food.groupCode === '0400' && /^oil,/.test(text)) level = 3;
  else if (food.groupCode === DAIRY_EGG_GROUP) level = 2;
  else if (food.groupCode === FISH_GROUP) level = 1;
  else return 0;
  if (UNKNOWN_RECIPE.test(text)) return 0;
  if (MEAT.test(text.replace(/\bmeatless\b/g, ''))) return 0;
  if (FISH.test(text)) level = Math.min(level, 1);
  if (DAIRY_EGG_HONEY.test(text.replace(PLANT_DAIRY_LOOKALIKE, ''))) level = Math.min(level, 2);
  return level;
}

/** The tags carried at each diet level: vegan foods are also vegetarian and pescatarian, and so on. */
export function dietTags(level) {
  return ['vegan', 'vegetarian', 'pescatarian'].slice(3 - level);
}

/** Diet level named in everyday-foods.tsv. */
export const DIET_LEVELS = { none: 0, pescatarian: 1, vegetarian: 2, vegan: 3 };
