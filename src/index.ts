/**
 * mg-widgets: classes, types, events and helpers. Importing this module registers nothing; import
 * `mg-widgets/define` (or a component's `/define` subpath) to register the tags.
 */
export { MgReaderProfile, PROFILE_CONTROLS } from './components/reader-profile/reader-profile.js';
export type { ProfileControl } from './components/reader-profile/reader-profile.js';
export { MgElement } from './internal/mg-element.js';
export { readerContext, DEFAULT_PROFILE } from './context/reader-context.js';
export type { ReaderProfile, ReaderProfilePatch } from './context/reader-context.js';
export { ReaderController } from './controllers/reader-controller.js';
export { MgProfileChangeEvent } from './events/profile-change.js';
export type { MgProfileChangeDetail } from './events/profile-change.js';
export { MgProfileRequestEvent } from './events/profile-request.js';
export * from './data/enums.js';
export { defineElement } from './internal/define-element.js';
export { safeHttpUrl } from './internal/safe-url.js';
export { VERSION } from './internal/version.js';
export {
  MgDisclaimerBanner,
  DISCLAIMER_KINDS,
  DISCLAIMER_VARIANTS,
  DISCLAIMER_REMEMBER,
  DISMISS_STORAGE_PREFIX,
} from './components/disclaimer-banner/disclaimer-banner.js';
export type { DisclaimerKind, DisclaimerVariant, DisclaimerRemember } from './components/disclaimer-banner/disclaimer-banner.js';
export { isAffiliateUrl, isAffiliateLink, countAffiliateLinks } from './components/disclaimer-banner/affiliate-links.js';
export { MgDismissRequestEvent } from './events/dismiss-request.js';
export type { MgDismissRequestDetail } from './events/dismiss-request.js';
export { MgDismissEvent } from './events/dismiss.js';
export type { MgDismissDetail } from './events/dismiss.js';
export { MgAffiliateDetectEvent } from './events/affiliate-detect.js';
export type { MgAffiliateDetectDetail } from './events/affiliate-detect.js';
export { MgFoodFinder, FOOD_FINDER_LIMIT } from './components/food-finder/food-finder.js';
export type { FoodOrderKey } from './components/food-finder/food-finder.js';
export { MgFoodSelectEvent } from './events/food-select.js';
export type { MgFoodSelectDetail } from './events/food-select.js';
export { MgPlateChangeEvent } from './events/plate-change.js';
export type { MgPlateChangeDetail, MgPlateItem } from './events/plate-change.js';
export { MgEvidenceBadge, BADGE_VARIANTS, MAX_KEY_STUDIES } from './components/evidence-badge/evidence-badge.js';
export type { BadgeVariant } from './components/evidence-badge/evidence-badge.js';
export {
  RECRUITING_DESIGNS,
  keyStudies,
  designCounts,
  participantTotals,
  studyLink,
} from './components/evidence-badge/evidence-badge.details.js';
export type { ParticipantTotals } from './components/evidence-badge/evidence-badge.details.js';
export { MgBadgeToggleEvent } from './events/badge-toggle.js';
export type { MgBadgeToggleDetail } from './events/badge-toggle.js';
export {
  MgFormComparer,
  FORM_COMPARER_LAYOUTS,
  FORM_COMPARER_DEFAULT_FORMS,
  FORM_COMPARER_DOSE,
  CALC_ANNOUNCE_DELAY,
} from './components/form-comparer/form-comparer.js';
export type { FormComparerLayout } from './components/form-comparer/form-comparer.js';
export { LABEL_BASES, LABEL_MAX, parseAmount, readLabel, labelResult } from './components/form-comparer/label-math.js';
export type { LabelBasis, LabelEntry, LabelResult } from './components/form-comparer/label-math.js';
export { MgFormsChangeEvent } from './events/forms-change.js';
export type { MgFormsChangeDetail } from './events/forms-change.js';
