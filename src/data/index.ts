/**
 * mg-widgets/data: the bundled dataset and pure queries over it. No DOM. The small tables (intakes, ids,
 * metadata, safety notes) are plain exports; foods, evidence and supplement forms load lazily through the loaders.
 */
export * from './enums.js';
export type * from './types.js';
export { DATASET } from './generated/meta.js';
export { DATASET_SUMMARY } from './generated/summary.js';
export { CLAIM_IDS, CLAIM_INDEX, SUPPLEMENT_FORM_IDS } from './generated/ids.js';
export type { ClaimId, SupplementFormId } from './generated/ids.js';
export {
  DAILY_VALUE,
  DAILY_VALUE_MG,
  INTAKES,
  INTAKE_SOURCES,
  UPPER_LIMIT_NOTE,
} from './generated/intakes.js';
export { UPPER_LIMITS } from './generated/upper-limits.js';
export { CRISIS_LINES } from './generated/crisis-lines.js';
export { INTERACTIONS } from './generated/safety.js';
export { loadEvidence, loadEvidenceDetails, loadFoods, loadForms } from './loaders.js';
export { normalizeText, queryKeys, stemWord } from './search.js';
export {
  filterFoods,
  foodName,
  getFood,
  matchesDiet,
  mgForGrams,
  mgPer100kcal,
  mgPerServing,
  queryFoods,
  rankFoods,
  searchFoods,
  servingGrams,
  servingLabel,
  sortValue,
} from './food-query.js';
export { compoundMgFor, elementalMg, percentOfRda, upperLimitFor } from './supplement-query.js';
export {
  getClaim,
  getClaimDetails,
  getForm,
  intakeTarget,
  isClaimId,
  isSupplementFormId,
  percentDailyValue,
  suggestIds,
  toClaimId,
} from './query.js';
export type { FoodFilter, FoodQuery } from './food-query.js';
