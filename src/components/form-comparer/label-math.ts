/**
 * The label calculator's arithmetic, with no DOM: reading the amounts a reader types (in English or Spanish number
 * formats) and turning a label's amount into magnesium a day, % of the RDA/AI and % of the supplemental upper
 * limit, through the data API's queries.
 */
import type { LifeStageId, Locale, Region } from '../../data/enums.js';
import { intakeTarget } from '../../data/query.js';
import { compoundMgFor, elementalMg, percentOfRda, upperLimitFor } from '../../data/supplement-query.js';
import type { IntakeTarget, SupplementForm, UpperLimit } from '../../data/types.js';

/** What the label's amount is: the whole compound (`magnesium glycinate 500 mg`) or the magnesium itself. */
export const LABEL_BASES = ['compound', 'elemental'] as const;
export type LabelBasis = (typeof LABEL_BASES)[number];

/** Largest amount (mg) and number of servings a day the calculator accepts. */
export const LABEL_MAX = Object.freeze({ amount: 100_000, servings: 100 });

/**
 * A number as a reader types it: `1,000` and `1.5` in English, `1.000` and `1,5` in Spanish; with both marks the
 * last one is the decimal separator (`1.234,5`, `1,234.5`). Spaces and a trailing `mg` are ignored. NaN otherwise.
 */
export function parseAmount(text: string, locale: Locale): number {
  let value = text
    .trim()
    .replace(/\s*mg$/i, '')
    .replace(/[\s\u00a0\u202f']/g, '');
  const group = locale === 'es' ? '.' : ',';
  if (value.includes(',') && value.includes('.')) {
    const decimal = value.lastIndexOf(',') > value.lastIndexOf('.') ? ',' : '.';
    value = value
      .split(decimal === ',' ? '.' : ',')
      .join('')
      .replace(decimal, '.');
  } else if (/^\d{1,3}([.,]\d{3})+$/.test(value) && value.includes(group)) {
    value = value.split(group).join('');
  } else {
    value = value.replace(',', '.');
  }
  return /^(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : NaN;
}

/** The calculator's two numbers as typed, read and checked. */
export interface LabelEntry {
  /** Nothing typed in the amount yet. */
  readonly empty: boolean;
  readonly amount: number;
  readonly servings: number;
  /** The amount is not a number from 0 to `LABEL_MAX.amount`. */
  readonly amountError: boolean;
  /** The servings are not a number above 0 up to `LABEL_MAX.servings`. */
  readonly servingsError: boolean;
}

export function readLabel(amountText: string, servingsText: string, locale: Locale): LabelEntry {
  const amount = parseAmount(amountText, locale);
  const servings = parseAmount(servingsText, locale);
  const empty = amountText.trim() === '';
  return {
    empty,
    amount,
    servings,
    amountError: !empty && !(amount >= 0 && amount <= LABEL_MAX.amount),
    servingsError: !(servings > 0 && servings <= LABEL_MAX.servings),
  };
}

/** What a label's amount gives. Milligrams are unrounded. */
export interface LabelResult {
  /** Magnesium (elemental) per serving and a day. */
  readonly perServing: number;
  readonly perDay: number;
  /** The compound a day: as typed for a compound amount, or the compound that holds `perDay` of magnesium. */
  readonly compoundPerDay: number;
  readonly target: IntakeTarget;
  /** % of the life stage's RDA/AI (of the Daily Value without one). */
  readonly targetPercent: number;
  readonly limit: UpperLimit;
  /** % of the supplemental upper limit; null where none is set. */
  readonly limitPercent: number | null;
  /** Above the upper limit, as shown: the magnesium a day rounded to whole milligrams is more than the limit. */
  readonly over: boolean;
}

export function labelResult(
  form: SupplementForm,
  amount: number,
  servings: number,
  basis: LabelBasis,
  lifeStage: LifeStageId | undefined,
  region: Region,
): LabelResult {
  const perServing = basis === 'compound' ? elementalMg(form, amount) : amount;
  const perDay = perServing * servings;
  const limit = upperLimitFor(lifeStage, region);
  return {
    perServing,
    perDay,
    compoundPerDay: basis === 'compound' ? amount * servings : compoundMgFor(form, perDay),
    target: intakeTarget(lifeStage),
    targetPercent: percentOfRda(perDay, lifeStage),
    limit,
    limitPercent: limit.mg === null ? null : (perDay / limit.mg) * 100,
    over: limit.mg !== null && Math.round(perDay) > limit.mg,
  };
}
