/**
 * The compact encodings of the generated modules and their decoders. Internal: components use the loaders.
 */
import { DIET_TAGS, FOOD_CATEGORIES } from './enums.js';
import type { DietTag, EvidenceLevel, FoodCategory } from './enums.js';
import type { ClaimId } from './generated/ids.js';
import type { Food, Localized, OdsSource, Study } from './types.js';

export type { OdsSource };

/** Diet level of a food: 3 vegan, 2 vegetarian, 1 pescatarian, 0 none. */
export type DietLevel = 0 | 1 | 2 | 3;

/**
 * The everyday foods as columns, one entry per food. The USDA long description is not repeated here (it is in the
 * full list, and the NDB number traces the food); `usdaSeq` 0 means a weight serving with no USDA row.
 */
export interface EverydayColumns {
  readonly id: readonly string[];
  readonly nameEn: readonly string[];
  readonly nameEs: readonly string[];
  /** Aliases joined with `|`. */
  readonly aliasesEn: readonly string[];
  readonly aliasesEs: readonly string[];
  readonly category: readonly FoodCategory[];
  /** One digit (DietLevel) per food. */
  readonly diet: string;
  readonly mg: readonly number[];
  readonly kcal: readonly number[];
  readonly servingEn: readonly string[];
  readonly servingEs: readonly string[];
  readonly servingGrams: readonly number[];
  readonly usdaSeq: readonly number[];
  readonly usdaMeasure: readonly string[];
  readonly usdaGrams: readonly number[];
  readonly usdaFactor: readonly number[];
  readonly metricGrams: readonly number[];
  readonly metricLabel: readonly string[];
  /** Index into ODS_FOODS, or -1. */
  readonly ods: readonly number[];
}

/** All USDA foods as columns, one entry per food in NDB order. */
export interface FullColumns {
  /** FOOD_CATEGORIES at generation time; `category` holds base-36 indexes into it. */
  readonly categories: readonly string[];
  /** NDB numbers as differences from the previous one. */
  readonly idDeltas: readonly number[];
  readonly names: readonly string[];
  /** USDA common names joined with `|`. */
  readonly aliases: readonly string[];
  /** One base-36 character per food. */
  readonly category: string;
  /** One digit (DietLevel) per food. */
  readonly diet: string;
  readonly mg: readonly number[];
  readonly kcal: readonly number[];
  /** Index into `portionLabels` of the first USDA portion, or -1 when there is none. */
  readonly portionLabel: readonly number[];
  readonly portionGrams: readonly number[];
  /** The few foods whose first USDA portion does not have sequence number 1. */
  readonly portionSeqNot1: Readonly<Record<string, number>>;
  readonly portionLabels: readonly string[];
}

/** A study row of the evidence module. */
export type StudyRow = Study;

/** A claim row of the evidence module; `studies` are indexes into STUDIES. */
export interface ClaimRow {
  readonly id: ClaimId;
  readonly level: EvidenceLevel;
  readonly rating: string;
  readonly claim: Localized;
  readonly summary: Localized;
  readonly studies: readonly number[];
}

const DIET_BY_LEVEL: readonly (readonly DietTag[])[] = [0, 1, 2, 3].map((level) => DIET_TAGS.slice(3 - level));

/** The diet tags of a diet level: vegan foods are also vegetarian and pescatarian, and so on. */
export function dietTags(level: number): readonly DietTag[] {
  return DIET_BY_LEVEL[level] ?? [];
}

/** Rounds grams for a readable metric label: under 10 g to 1 g, up to 200 g to 5 g, above to 10 g. */
export function roundReadable(grams: number): number {
  const step = grams < 10 ? 1 : grams < 200 ? 5 : 10;
  return Math.max(step, Math.round(grams / step) * step);
}

function splitAliases(text: string): readonly string[] {
  return text ? text.split('|') : [];
}

/** Decodes the everyday columns into foods. */
export function decodeEveryday(c: EverydayColumns, ods: readonly OdsSource[]): Food[] {
  return c.id.map((id, i) => {
    const usdaSeq = c.usdaSeq[i]!;
    const odsIndex = c.ods[i]!;
    return {
      id,
      name: { en: c.nameEn[i]!, es: c.nameEs[i]! },
      usdaName: null,
      aliases: { en: splitAliases(c.aliasesEn[i]!), es: splitAliases(c.aliasesEs[i]!) },
      category: c.category[i]!,
      diets: dietTags(Number(c.diet[i])),
      mgPer100g: c.mg[i]!,
      kcalPer100g: c.kcal[i]!,
      serving: {
        label: { en: c.servingEn[i]!, es: c.servingEs[i]! },
        grams: c.servingGrams[i]!,
        usda:
          usdaSeq > 0
            ? { seq: usdaSeq, measure: c.usdaMeasure[i]!, grams: c.usdaGrams[i]!, factor: c.usdaFactor[i]! }
            : null,
      },
      metric: { grams: c.metricGrams[i]!, label: c.metricLabel[i]! },
      everyday: true,
      ods: odsIndex >= 0 ? (ods[odsIndex] ?? null) : null,
    };
  });
}

/**
 * Decodes the full columns into foods. Foods of the everyday list keep their reviewed record (names, serving,
 * category, diet tags), completed with the USDA description.
 */
export function decodeFull(columns: FullColumns, everyday: ReadonlyMap<string, Food>): Food[] {
  const foods: Food[] = [];
  let id = 0;
  for (let i = 0; i < columns.names.length; i++) {
    id += columns.idDeltas[i]!;
    const key = String(id).padStart(5, '0');
    const reviewed = everyday.get(key);
    if (reviewed) {
      foods.push({ ...reviewed, usdaName: columns.names[i]! });
      continue;
    }
    const label = columns.portionLabel[i]!;
    const grams = columns.portionGrams[i]!;
    const measure = label >= 0 ? columns.portionLabels[label]! : null;
    const category = columns.categories[parseInt(columns.category[i]!, 36)] as FoodCategory | undefined;
    foods.push({
      id: key,
      name: { en: columns.names[i]!, es: null },
      usdaName: columns.names[i]!,
      aliases: { en: splitAliases(columns.aliases[i]!), es: [] },
      category: category && (FOOD_CATEGORIES as readonly string[]).includes(category) ? category : 'other',
      diets: dietTags(Number(columns.diet[i])),
      mgPer100g: columns.mg[i]!,
      kcalPer100g: columns.kcal[i]!,
      serving:
        measure === null
          ? null
          : {
              label: { en: measure, es: null },
              grams,
              usda: { seq: columns.portionSeqNot1[key] ?? 1, measure, grams, factor: 1 },
            },
      metric: measure === null ? null : { grams: roundReadable(grams), label: `${roundReadable(grams)} g` },
      everyday: false,
      ods: null,
    });
  }
  return foods;
}
