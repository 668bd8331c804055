/**
 * mg-widgets/data: the bundled dataset and pure queries over it. No DOM. The small tables (intakes, ids,
 * metadata, safety notes) are plain exports; foods, evidence and supplement forms load lazily through the loaders.
 */
export * from './enums.js';
export type * from './types.js';
export { DATASET } from './generated/meta.js';
export { CLAIM_IDS, CLAIM_INDEX, SUPPLEMENT_FORM_IDS } from './generated/ids.js';
export type { ClaimId, SupplementFormId } from './generated/ids.js';
export {
  DAILY_VALUE,
  DAILY_VALUE_MG,
  INTAKES,
  INTAKE_SOURCES,
  UPPER_LIMITS,
  UPPER_LIMIT_NOTE,
} from './generated/intakes.js';
export { CRISIS_LINES, INTERACTIONS } from './generated/safety.js';
export { loadEvidence, loadEvidenceDetails, loadFoods, loadForms } from './loaders.js';
export { normalizeText, queryKeys, stemWord } from './search.js';
export {
  compoundMgFor,
  elementalMg,
  filterFoods,
  foodName,
  getClaim,
  getClaimDetails,
  getFood,
  getForm,
  intakeTarget,
  isClaimId,
  isSupplementFormId,
  matchesDiet,
  mgForGrams,
  mgPer100kcal,
  mgPerServing,
  percentDailyValue,
  percentOfRda,
  queryFoods,
  rankFoods,
  searchFoods,
  servingGrams,
  servingLabel,
  sortValue,
  suggestIds,
  toClaimId,
  upperLimitFor,
} from './query.js';
export type { FoodFilter, FoodQuery } from './query.js';
