/**
 * Supplement-form arithmetic and the supplemental upper limits: pure functions, no DOM, no state. Only the form
 * comparer's view and its label calculator use them, so they load with that chunk, not with the page's script.
 * Arithmetic on a bad number returns NaN.
 */
import { REGIONS } from './enums.js';
import type { LifeStageId, Region } from './enums.js';
import { UPPER_LIMITS } from './generated/upper-limits.js';
import { intakeTarget, isLifeStage } from './query.js';
import type { SupplementForm, UpperLimit } from './types.js';

/** % of the life stage's RDA/AI; with no life stage, % of the Daily Value. */
export function percentOfRda(mg: number, lifeStage?: LifeStageId | null): number {
  return Number.isFinite(mg) ? (mg / intakeTarget(lifeStage).mg) * 100 : NaN;
}

/** Life stage used for the upper limit when none is set: an adult (all adult stages share one limit). */
const ADULT: LifeStageId = 'female-31-50';

/**
 * The supplemental upper limit for a life stage and region ('us' IOM, 'eu' EFSA). It applies only to magnesium
 * from supplements and medicines, never to food. With no life stage, the adult limit.
 */
export function upperLimitFor(lifeStage?: LifeStageId | null, region: Region = 'us'): UpperLimit {
  const table = UPPER_LIMITS[(REGIONS as readonly string[]).includes(region) ? region : 'us'];
  return table[isLifeStage(lifeStage) ? lifeStage : ADULT];
}

/** Elemental magnesium (mg) in `compoundMg` of the form's compound. NaN for a negative or non-finite amount. */
export function elementalMg(form: SupplementForm, compoundMg: number): number {
  return Number.isFinite(compoundMg) && compoundMg >= 0 ? (compoundMg * form.elementalPercent) / 100 : NaN;
}

/** Compound (mg) that provides `targetElementalMg` of magnesium. NaN for a negative or non-finite amount. */
export function compoundMgFor(form: SupplementForm, targetElementalMg: number): number {
  return Number.isFinite(targetElementalMg) && targetElementalMg >= 0
    ? (targetElementalMg * 100) / form.elementalPercent
    : NaN;
}
