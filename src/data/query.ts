/**
 * Pure queries over the dataset: no DOM, no state. Lookups and intakes are here; the food list's names, amounts,
 * search, filters and rankings are in `food-query.ts` (loaded with the foods), and supplement-form arithmetic and
 * upper limits in `supplement-query.ts` (loaded with the comparer's view). Everything that takes an id returns a typed `Lookup` instead
 * of throwing; arithmetic on a bad number returns NaN.
 */
import { editDistance } from '../internal/validate.js';
import { LIFE_STAGE_IDS } from './enums.js';
import type { LifeStageId } from './enums.js';
import { CLAIM_IDS, SUPPLEMENT_FORM_IDS } from './generated/ids.js';
import type { ClaimId, SupplementFormId } from './generated/ids.js';
import { DAILY_VALUE_MG, INTAKES } from './generated/intakes.js';
import type {
  Claim,
  ClaimDetails,
  EvidenceDetailsSet,
  EvidenceSet,
  FormSet,
  IntakeTarget,
  Lookup,
  NotFound,
  SupplementForm,
} from './types.js';

/* ------------------------------------------------------------------------------------------------------------ */
/* Lookups                                                                                                       */
/* ------------------------------------------------------------------------------------------------------------ */

/** Up to `max` known ids closest to `input` (case, separators and small typos), best first. */
export function suggestIds(input: string, candidates: readonly string[], max = 3): string[] {
  const wanted = String(input)
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (!wanted) return [];
  const allowed = Math.max(2, Math.ceil(wanted.length / 3));
  return candidates
    .map((id) => {
      const lower = id.toLowerCase();
      const contains = wanted.length >= 3 && (lower.includes(wanted) || wanted.includes(lower));
      return { id, score: contains ? Math.min(1, editDistance(wanted, lower)) : editDistance(wanted, lower) };
    })
    .filter((c) => c.score <= allowed)
    .sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, max)
    .map((c) => c.id);
}

function notFound(id: unknown, candidates: readonly string[]): NotFound {
  const text = typeof id === 'string' ? id : String(id);
  return { ok: false, reason: 'not-found', id: text, suggestions: suggestIds(text, candidates) };
}

/** Whether `id` is a claim id. */
export function isClaimId(id: unknown): id is ClaimId {
  return typeof id === 'string' && (CLAIM_IDS as readonly string[]).includes(id);
}

/** Whether `id` is a supplement form id. */
export function isSupplementFormId(id: unknown): id is SupplementFormId {
  return typeof id === 'string' && (SUPPLEMENT_FORM_IDS as readonly string[]).includes(id);
}

/** The claim id for `id`, also accepting the source file's `mg-` prefixed form; null if unknown. */
export function toClaimId(id: unknown): ClaimId | null {
  if (typeof id !== 'string') return null;
  const trimmed = id.trim();
  if (isClaimId(trimmed)) return trimmed;
  const unprefixed = trimmed.replace(/^mg-/, '');
  return isClaimId(unprefixed) ? unprefixed : null;
}

/** The claim with this id (the `mg-` prefix of the source file is accepted too). */
export function getClaim(evidence: EvidenceSet, id: string): Lookup<Claim> {
  const key = toClaimId(id);
  const claim = key ? evidence.byId.get(key) : undefined;
  return claim ? { ok: true, value: claim } : notFound(id, CLAIM_IDS);
}

/** The rationale, GRADE assessment and unlocated items of a claim. */
export function getClaimDetails(details: EvidenceDetailsSet, id: string): Lookup<ClaimDetails> {
  const key = toClaimId(id);
  const value = key ? details.claims.get(key) : undefined;
  return value ? { ok: true, value } : notFound(id, CLAIM_IDS);
}

/** The supplement form with this id. */
export function getForm(forms: FormSet, id: string): Lookup<SupplementForm> {
  const key = typeof id === 'string' ? id.trim().toLowerCase() : '';
  const form = isSupplementFormId(key) ? forms.byId.get(key) : undefined;
  return form ? { ok: true, value: form } : notFound(id, SUPPLEMENT_FORM_IDS);
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Intakes                                                                                                       */
/* ------------------------------------------------------------------------------------------------------------ */

/** Whether `value` is a life stage id of the dataset. */
export function isLifeStage(value: unknown): value is LifeStageId {
  return typeof value === 'string' && (LIFE_STAGE_IDS as readonly string[]).includes(value);
}

/** The intake to compare with: the life stage's RDA/AI, or the Daily Value (420 mg, "adult, general") if unset. */
export function intakeTarget(lifeStage?: LifeStageId | null): IntakeTarget {
  if (isLifeStage(lifeStage)) {
    const intake = INTAKES[lifeStage];
    return { mg: intake.mg, kind: intake.kind, band: intake.band, lifeStage };
  }
  return { mg: DAILY_VALUE_MG, kind: 'DV', band: 'adult, general', lifeStage: null };
}

/** % of the Daily Value (420 mg). */
export function percentDailyValue(mg: number): number {
  return Number.isFinite(mg) ? (mg / DAILY_VALUE_MG) * 100 : NaN;
}

