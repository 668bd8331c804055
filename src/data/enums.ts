/**
 * Every closed set of values the widgets accept, as `as const` arrays. Attribute types, validation with its
 * did-you-mean warning, Storybook controls and test loops all derive from these.
 */

/** Life stages of the NIH/IOM intake tables; unset means "adult, general" (Daily Value). */
export const LIFE_STAGE_IDS = [
  'infant-0-6m',
  'infant-7-12m',
  'child-1-3',
  'child-4-8',
  'child-9-13',
  'male-14-18',
  'female-14-18',
  'male-19-30',
  'female-19-30',
  'male-31-50',
  'female-31-50',
  'male-51-plus',
  'female-51-plus',
  'pregnant-14-18',
  'pregnant-19-30',
  'pregnant-31-50',
  'lactating-14-18',
  'lactating-19-30',
  'lactating-31-50',
] as const;
export type LifeStageId = (typeof LIFE_STAGE_IDS)[number];

/** Life-stage ids grouped for the picker, in the order of the intake tables. */
export const LIFE_STAGE_GROUPS = [
  ['children', ['infant-0-6m', 'infant-7-12m', 'child-1-3', 'child-4-8', 'child-9-13']],
  ['female', ['female-14-18', 'female-19-30', 'female-31-50', 'female-51-plus']],
  ['male', ['male-14-18', 'male-19-30', 'male-31-50', 'male-51-plus']],
  ['pregnant', ['pregnant-14-18', 'pregnant-19-30', 'pregnant-31-50']],
  ['lactating', ['lactating-14-18', 'lactating-19-30', 'lactating-31-50']],
] as const satisfies readonly (readonly [string, readonly LifeStageId[]])[];

/** Serving units: US household measures or metric. */
export const UNITS = ['us', 'metric'] as const;
export type Units = (typeof UNITS)[number];

/** Regulatory region: decides the supplemental upper limit (US IOM or EU EFSA). */
export const REGIONS = ['us', 'eu'] as const;
export type Region = (typeof REGIONS)[number];

/** Languages with a full set of messages. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** Color themes; `auto` follows `prefers-color-scheme`. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Food categories of the everyday dataset. */
export const FOOD_CATEGORIES = [
  'nuts-seeds',
  'legumes',
  'grains',
  'vegetables',
  'fruits',
  'fish-seafood',
  'meat-poultry',
  'dairy-eggs',
  'sweets-snacks',
  'beverages',
  'other',
] as const;
export type FoodCategory = (typeof FOOD_CATEGORIES)[number];

/** Diet tags a food can carry. */
export const DIET_TAGS = ['vegan', 'vegetarian', 'pescatarian'] as const;
export type DietTag = (typeof DIET_TAGS)[number];

/** Diet filter values (`any` plus the tags). */
export const DIETS = ['any', ...DIET_TAGS] as const;
export type Diet = (typeof DIETS)[number];

/** Ranking bases for foods. */
export const FOOD_SORTS = ['serving', '100g', '100kcal'] as const;
export type FoodSort = (typeof FOOD_SORTS)[number];

/** Food datasets: `everyday` is bundled, `full` (all USDA SR28 foods) loads on demand. */
export const FOOD_DATASETS = ['everyday', 'full'] as const;
export type FoodDataset = (typeof FOOD_DATASETS)[number];

/** Certainty levels of the evidence scale, strongest first. */
export const EVIDENCE_LEVELS = ['high', 'moderate', 'low', 'very-low', 'mechanistic', 'not-rated'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/**
 * Study designs of the evidence set, normalized from each study's design text (rule in data/README.md). `trial` is a
 * human trial or experimental study that the source does not describe as randomized.
 */
export const STUDY_DESIGNS = [
  'meta-analysis',
  'systematic-review',
  'rct',
  'trial',
  'observational',
  'case-series',
  'animal',
  'in-vitro',
  'narrative-review',
  'guideline',
  'other',
] as const;
export type StudyDesign = (typeof STUDY_DESIGNS)[number];

/** Absorption of a supplement form compared with magnesium oxide, as far as the cited evidence goes. */
export const ABSORPTION_VS_OXIDE = ['reference', 'higher', 'similar', 'not-studied'] as const;
export type AbsorptionVsOxide = (typeof ABSORPTION_VS_OXIDE)[number];
