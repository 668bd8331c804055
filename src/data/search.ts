/**
 * Food search: text normalization shared by the index and the queries. Accents and case are ignored, and
 * singular and plural forms of English and Spanish words reduce to the same key ("almendras" → "almendra",
 * "tomatoes" and "tomato" → "tomato", "nueces" and "nuez" → "nuec").
 */
import { nextTask } from '../internal/next-task.js';
import type { FoodDataset } from './enums.js';
import type { Food, FoodSearchIndex, FoodSet } from './types.js';

const NON_ASCII = /[\u0080-\uffff]/;

/** Lower case, accents removed, anything but letters and digits turned into single spaces. */
export function normalizeText(text: string): string {
  const plain = NON_ASCII.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text;
  return plain
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/**
 * Reduces a normalized word to a key that its singular and plural share, in English and Spanish: a final `s`
 * (not `ss`) and then a final `e` are dropped, a final `y` becomes `i` and a final `z` becomes `c`. Words of three
 * letters or fewer, and words with digits, are left alone. Keys are for matching only, not real words.
 */
export function stemWord(word: string): string {
  if (word.length <= 3 || hasDigit(word)) return word;
  let stem = word;
  if (stem.endsWith('s') && !stem.endsWith('ss')) stem = stem.slice(0, -1);
  if (stem.endsWith('e') && stem.length > 3) stem = stem.slice(0, -1);
  if (stem.endsWith('y')) stem = `${stem.slice(0, -1)}i`;
  else if (stem.endsWith('z')) stem = `${stem.slice(0, -1)}c`;
  return stem;
}

const STOP_WORDS = new Set([
  'a',
  'al',
  'and',
  'con',
  'de',
  'del',
  'el',
  'en',
  'in',
  'la',
  'las',
  'los',
  'of',
  'or',
  'the',
  'with',
  'y',
]);

function pushKeys(text: string | null, keys: string[]): void {
  if (!text) return;
  const normalized = normalizeText(text);
  if (!normalized) return;
  for (const word of normalized.split(' ')) keys.push(stemWord(word));
}

/** The search keys of a text, in order. */
export function searchKeys(text: string): string[] {
  const keys: string[] = [];
  pushKeys(text, keys);
  return keys;
}

/** The keys of a query: stop words are ignored unless the query has nothing else; duplicates removed. */
export function queryKeys(query: string): string[] {
  const words = normalizeText(query).split(' ').filter(Boolean);
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  return [...new Set((meaningful.length ? meaningful : words).map(stemWord))];
}

/** Adds the search keys of one food to an index under construction (foods are added in list order). */
export function indexFood(food: Food, index: { primary: string[]; all: string[] }): void {
  const keys: string[] = [];
  pushKeys(food.name.en, keys);
  pushKeys(food.name.es, keys);
  const names = ` ${keys.join(' ')} `;
  for (const alias of food.aliases.en) pushKeys(alias, keys);
  for (const alias of food.aliases.es) pushKeys(alias, keys);
  if (food.usdaName !== food.name.en) pushKeys(food.usdaName, keys);
  index.primary.push(names);
  index.all.push(` ${keys.join(' ')} `);
}

/** Builds the search index of a food list at once. */
export function buildSearchIndex(foods: readonly Food[]): FoodSearchIndex {
  const index = { primary: [] as string[], all: [] as string[] };
  for (const food of foods) indexFood(food, index);
  return index;
}

/** Milliseconds of index building per task (short enough to never make a long task, even on a slow CPU). */
const SLICE_MS = 8;

/**
 * A loaded food list, ready to query once its search index is built. The index is built in slices of 8 ms, each
 * in a task of its own: the full list's takes about 40 ms (160 ms with a 4x slower CPU), which would otherwise be
 * one long task, in the reader's first search. The list counts as loading until then.
 */
export async function makeFoodSet(dataset: FoodDataset, foods: readonly Food[]): Promise<FoodSet> {
  const index = { primary: [] as string[], all: [] as string[] };
  for (let i = 0; i < foods.length; ) {
    const deadline = performance.now() + SLICE_MS;
    while (i < foods.length && performance.now() < deadline) indexFood(foods[i++]!, index);
    if (i < foods.length) await nextTask();
  }
  return { dataset, foods, byId: new Map(foods.map((f) => [f.id, f])), index };
}

/** A query key of at least this many letters also matches inside a word; a shorter one only at a word's start. */
const MATCH_INSIDE_FROM = 3;

/**
 * What a food's index text must contain for each query key to match (see `scoreFood`): the key itself from 3
 * letters (anywhere in a word), else a space and the key (a word start). A food matches when its text contains
 * every needle, exactly when `scoreFood` is above 0; testing that needs one string search per key, not a score.
 */
export function matchNeedles(keys: readonly string[]): string[] {
  return keys.map((key) => (key.length >= MATCH_INSIDE_FROM ? key : ` ${key}`));
}

/**
 * Relevance of food `i` for the query keys, or 0 when a key is missing: every key must match a word of the
 * food's names, aliases or USDA description, as a whole word, a word start or (from 3 letters) anywhere in a word.
 * Matches in the food's own names count more than matches in aliases or the USDA text.
 */
export function scoreFood(index: FoodSearchIndex, i: number, keys: readonly string[]): number {
  const all = index.all[i]!;
  let score = 0;
  for (const key of keys) {
    const at = all.indexOf(key);
    if (at < 0) return 0;
    const primary = index.primary[i]!;
    if (primary.includes(` ${key} `)) score += 6;
    else if (primary.includes(` ${key}`)) score += 4;
    else if (all.includes(` ${key} `)) score += 3;
    else if (all.includes(` ${key}`)) score += 2;
    else if (key.length >= MATCH_INSIDE_FROM) score += 1;
    else return 0;
  }
  if (keys.length > 1 && index.primary[i]!.includes(` ${keys.join(' ')}`)) score += 2;
  return score;
}
