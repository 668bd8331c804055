import type { LifeStageId, Locale, Region, Units } from '../data/enums.js';

/** Messages shared by every element. Each element adds its own table beside its class. */
export interface CommonMessages {
  /** Name of the language, in that language (for pickers). */
  languageNames: Record<Locale, string>;
  /** Life stage labels, as a reader would pick them. */
  lifeStages: Record<LifeStageId, string>;
  /** Label for "no life stage chosen": the Daily Value for adults. */
  lifeStageGeneral: string;
  /** Group labels for the life-stage picker. */
  lifeStageGroups: {
    general: string;
    children: string;
    male: string;
    female: string;
    pregnant: string;
    lactating: string;
  };
  units: Record<Units, string>;
  regions: Record<Region, string>;
  /** Reader profile controls. */
  profile: {
    legend: string;
    lifeStage: string;
    language: string;
    units: string;
    region: string;
  };
  /** "Sources:" prefix. */
  sources: string;
  /** Unit symbol for milligrams. */
  mg: string;
}
