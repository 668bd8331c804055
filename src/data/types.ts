import type {
  AbsorptionVsOxide,
  DietTag,
  EvidenceLevel,
  FoodCategory,
  FoodDataset,
  LifeStageId,
  Locale,
  StudyDesign,
} from './enums.js';
import type { ClaimId, SupplementFormId } from './generated/ids.js';

/** Text in both supported languages. */
export interface Localized {
  readonly en: string;
  readonly es: string;
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Dataset metadata                                                                                              */
/* ------------------------------------------------------------------------------------------------------------ */

/** Where one kind of data comes from: a sources line per language and the URLs the source data names. */
export interface DatasetSource extends Localized {
  readonly urls: readonly string[];
}

/** Version, date, sources and counts of the bundled dataset. */
export interface DatasetMeta {
  readonly version: string;
  /** ISO date (YYYY-MM-DD) of this dataset version. */
  readonly date: string;
  /**
   * The date in each language, medium (`Nov 26, 2026`) and long (`November 26, 2026`), formatted with `Intl` when
   * the data is built.
   */
  readonly dateText: Readonly<Record<'medium' | 'long', Readonly<Record<Locale, string>>>>;
  readonly sources: {
    readonly foods: DatasetSource;
    readonly intakes: DatasetSource;
    readonly forms: DatasetSource;
    readonly evidence: DatasetSource;
  };
  readonly counts: {
    readonly everyday: number;
    readonly full: number;
    readonly claims: number;
    readonly studies: number;
    readonly forms: number;
  };
}

/** What the page's first render shows of `DatasetMeta` (the food finder's sources line and counts). */
export interface DatasetSummary {
  readonly version: string;
  readonly dateText: { readonly medium: Readonly<Record<Locale, string>> };
  readonly sources: {
    readonly foods: Readonly<Record<Locale, string>>;
    readonly intakes: Readonly<Record<Locale, string>>;
  };
  readonly counts: { readonly full: number };
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Intakes                                                                                                       */
/* ------------------------------------------------------------------------------------------------------------ */

/** Recommended intake of one life stage: RDA, or AI for infants. */
export interface Intake {
  readonly mg: number;
  readonly kind: 'RDA' | 'AI';
  /** The age band as the source table writes it, e.g. "19-30 years". */
  readonly band: string;
}

/** The intake a percentage is computed against: a life stage's RDA/AI, or the Daily Value when none is set. */
export interface IntakeTarget {
  readonly mg: number;
  readonly kind: 'RDA' | 'AI' | 'DV';
  /** Age band of the source table, or "adult, general" for the Daily Value. */
  readonly band: string;
  readonly lifeStage: LifeStageId | null;
}

/** Tolerable upper intake level for supplemental magnesium. `mg: null` means no upper limit is set. */
export interface UpperLimit {
  readonly mg: number | null;
  /** The age band of the source table, or null when the table has no row for this age. */
  readonly band: string | null;
  readonly note: string | null;
}

/** The US Daily Value and what it applies to. */
export interface DailyValue {
  readonly mg: number;
  readonly appliesTo: string;
  readonly note: Localized;
  readonly sources: readonly string[];
}

/** Sources of the intake tables, as the reference file lists them (names or URLs). */
export interface IntakeSources {
  readonly rda: readonly string[];
  readonly upperLimit: readonly string[];
  readonly dailyValue: readonly string[];
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Safety                                                                                                        */
/* ------------------------------------------------------------------------------------------------------------ */

/** A named source with its URL when the source data gives one. */
export interface LinkedSource {
  readonly label: string;
  readonly url: string | null;
}

/** An interaction or safety note, reader-facing in both languages, with the reference fact it rewords. */
export interface Interaction {
  readonly text: Localized;
  /** The fact as written in the reference file. */
  readonly reference: string;
  readonly sources: readonly LinkedSource[];
}

/** A crisis line that has been verified in the source data. */
export interface CrisisLine {
  readonly region: 'us';
  readonly name: string;
  readonly callOrText: string;
  readonly url: string;
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Foods                                                                                                         */
/* ------------------------------------------------------------------------------------------------------------ */

/** The USDA portion row a serving derives from, and the factor applied to it (0.5 for half a cup). */
export interface UsdaPortion {
  /** USDA sequence number of the measure for this food. */
  readonly seq: number;
  /** USDA household measure text, e.g. "1 cup, chopped". */
  readonly measure: string;
  readonly grams: number;
  readonly factor: number;
}

/** A household serving. `usda` is null for a weight serving (ounces at USDA's 28.35 g per ounce). */
export interface HouseholdServing {
  /** Reader-facing label; `es` is null for full-list foods, whose labels are USDA's English text. */
  readonly label: { readonly en: string; readonly es: string | null };
  readonly grams: number;
  readonly usda: UsdaPortion | null;
}

/** The serving shown with metric units: rounded grams ("30 g"), or millilitres for drinks ("240 ml"). */
export interface MetricServing {
  readonly grams: number;
  readonly label: string;
}

/** A row of the NIH ODS table of selected food sources (names and servings only). */
export interface OdsSource {
  readonly food: string;
  readonly serving: string;
}

/** One food. Per-serving milligrams are computed from `mgPer100g` and the serving grams, never stored. */
export interface Food {
  /** USDA NDB number, 5 digits with leading zeros. */
  readonly id: string;
  /** Reader-friendly name; `es` is null for full-list foods outside the everyday list. */
  readonly name: { readonly en: string; readonly es: string | null };
  /**
   * USDA SR28 long description. Null in the `everyday` dataset, which leaves it out to stay small (the NDB number
   * traces the food); set in the `full` dataset for every food.
   */
  readonly usdaName: string | null;
  /** Other names a reader may search for. */
  readonly aliases: { readonly en: readonly string[]; readonly es: readonly string[] };
  readonly category: FoodCategory;
  readonly diets: readonly DietTag[];
  /** Magnesium, mg per 100 g edible portion, exactly as in USDA SR28. */
  readonly mgPer100g: number;
  /** Energy, kcal per 100 g, exactly as in USDA SR28. */
  readonly kcalPer100g: number;
  /** Default household serving, or null when USDA lists no household measure. */
  readonly serving: HouseholdServing | null;
  readonly metric: MetricServing | null;
  /** Whether the food belongs to the reviewed everyday list. */
  readonly everyday: boolean;
  /** The NIH ODS row this food stands for, when it is one of them. */
  readonly ods: OdsSource | null;
}

/** Normalized search text of each food, aligned with `FoodSet.foods`; built once when a dataset loads. */
export interface FoodSearchIndex {
  /** Names in both languages. */
  readonly primary: readonly string[];
  /** Names, aliases and the USDA description. */
  readonly all: readonly string[];
}

/** A loaded food dataset, ready to query. */
export interface FoodSet {
  readonly dataset: FoodDataset;
  readonly foods: readonly Food[];
  readonly byId: ReadonlyMap<string, Food>;
  readonly index: FoodSearchIndex;
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Evidence                                                                                                      */
/* ------------------------------------------------------------------------------------------------------------ */

/** Study fields whose source text may be marked "unverified" or "inferred". */
export type StudyField =
  | 'authors'
  | 'year'
  | 'title'
  | 'journal'
  | 'volumePages'
  | 'doi'
  | 'pmid'
  | 'pmcid'
  | 'design'
  | 'evidenceType'
  | 'participants'
  | 'population'
  | 'doseForm'
  | 'duration'
  | 'mainResult'
  | 'direction'
  | 'limitations'
  | 'fundingOrCoi'
  | 'notes';

/** A study as the badge cites it. Texts are the reviewer's, in English; longer texts are in `StudyDetails`. */
export interface Study {
  /** Stable id, e.g. `tarleton-2017`. */
  readonly id: string;
  readonly authors: string;
  /** Publication year when the source states it plainly; otherwise null and see `yearNote`. */
  readonly year: number | null;
  /** The source's year text when it is not a plain year, e.g. "2013 (inferred from volume 65 / DOI; unverified)". */
  readonly yearNote: string | null;
  readonly title: string;
  readonly journal: string;
  /** Null when the source marks it unverified. */
  readonly doi: string | null;
  readonly pmid: string | null;
  readonly pmcid: string | null;
  /** The design normalized by the rule in data/README.md. */
  readonly designCategory: StudyDesign;
  readonly evidenceType: string;
  /** The leading number of the participants text when it counts people; null otherwise (e.g. "7 RCTs, ..."). */
  readonly participantsCount: number | null;
  /** Direction of the result for the claim, e.g. "supports", "against/neutral". */
  readonly direction: string;
  /** The reviewer's notes on how details were verified. */
  readonly notes: string | null;
  /** Fields whose source text says a detail is unverified or inferred: never present them as established. */
  readonly unverified: readonly StudyField[];
}

/** Longer study texts, loaded on demand with `loadEvidenceDetails()`. */
export interface StudyDetails {
  readonly volumePages: string;
  /** The design as the source describes it. */
  readonly design: string;
  /** Participants as the source writes them, e.g. "126 randomized (112 with analyzable data)". */
  readonly participants: string;
  readonly population: string;
  readonly doseForm: string;
  readonly duration: string;
  readonly mainResult: string;
  /** The reviewer's own assessment. */
  readonly limitations: string;
  readonly fundingOrCoi: string | null;
}

/** An evidence claim with its rating. */
export interface Claim {
  readonly id: ClaimId;
  readonly level: EvidenceLevel;
  /** The rating as the source writes it, e.g. "mostly animal or mechanistic". */
  readonly rating: string;
  readonly claim: Localized;
  /** Reader-facing one-sentence summary for the badge. */
  readonly summary: Localized;
  /** Languages whose texts are translations of the reviewer's English (currently `['es']`). */
  readonly translated: readonly Locale[];
  readonly studies: readonly Study[];
}

/** GRADE assessment of a claim: starting level, downgrades and result. */
export interface GradeAssessment {
  readonly startingLevel: string;
  readonly downgrades: readonly string[];
  readonly result: string;
}

/** Longer claim texts, loaded on demand with `loadEvidenceDetails()`. */
export interface ClaimDetails {
  readonly rationale: string;
  /** Null for safety references, which are not graded. */
  readonly grade: GradeAssessment | null;
  /** Items that could not be checked and so are left out of the studies. */
  readonly notLocated: readonly string[];
}

/** The loaded evidence set. */
export interface EvidenceSet {
  readonly claims: readonly Claim[];
  readonly byId: ReadonlyMap<ClaimId, Claim>;
  readonly studies: readonly Study[];
  readonly studyById: ReadonlyMap<string, Study>;
}

/** The loaded evidence details. */
export interface EvidenceDetailsSet {
  readonly claims: ReadonlyMap<ClaimId, ClaimDetails>;
  readonly studies: ReadonlyMap<string, StudyDetails>;
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Supplement forms                                                                                              */
/* ------------------------------------------------------------------------------------------------------------ */

/** A source behind a statement: a reference fact, an evidence claim, or one study of a claim. */
export interface SourceRef {
  /** The reference fact's text, the claim sentence, or a short citation of the study. */
  readonly label: string;
  readonly url: string | null;
  readonly claim: ClaimId | null;
  readonly study: string | null;
}

/** A sourced statement about a form, e.g. a gut side effect. */
export interface FormEffect {
  readonly text: Localized;
  readonly sources: readonly SourceRef[];
}

/** What the cited evidence says about a form's absorption compared with magnesium oxide. */
export interface FormAbsorption {
  readonly vsOxide: AbsorptionVsOxide;
  readonly text: Localized;
  readonly sources: readonly SourceRef[];
}

/** A supplement form. Elemental magnesium is computed from the formula by the generator. */
export interface SupplementForm {
  readonly id: SupplementFormId;
  readonly name: Localized;
  readonly formula: string;
  readonly note: Localized | null;
  /** g/mol, from IUPAC standard atomic weights, full precision. */
  readonly molarMass: number;
  readonly magnesiumAtoms: number;
  /** Elemental magnesium, % by mass of the pure compound, full precision. A label's stated amount always wins. */
  readonly elementalPercent: number;
  readonly absorption: FormAbsorption;
  /** Gut side effects that a source reports for this form specifically (see also `FormSet.gutEffectsAllForms`). */
  readonly gutEffects: readonly FormEffect[];
  /** Claims that concern this form: studies dosed with it, or claims about it. */
  readonly claims: readonly ClaimId[];
  /** Studies whose dose and form mention this form, with the claim that cites them. */
  readonly studies: readonly { readonly claim: ClaimId; readonly study: string }[];
}

/** The loaded supplement forms. */
export interface FormSet {
  readonly forms: readonly SupplementForm[];
  readonly byId: ReadonlyMap<SupplementFormId, SupplementForm>;
  /** The form ids in the alphabetical order of their names, per language (sorted with `Intl.Collator` at build time). */
  readonly byName: Readonly<Record<Locale, readonly SupplementFormId[]>>;
  /** Gut side effects the sources report for magnesium supplements in general. */
  readonly gutEffectsAllForms: FormEffect;
  readonly atomicWeights: Readonly<Record<string, number>>;
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Lookups                                                                                                       */
/* ------------------------------------------------------------------------------------------------------------ */

/** A lookup that found its record. */
export interface Found<T> {
  readonly ok: true;
  readonly value: T;
}

/** A lookup of an unknown id, with the closest known ids as suggestions. */
export interface NotFound {
  readonly ok: false;
  readonly reason: 'not-found';
  readonly id: string;
  readonly suggestions: readonly string[];
}

/** The typed result of a lookup by id: it never throws. */
export type Lookup<T> = Found<T> | NotFound;
