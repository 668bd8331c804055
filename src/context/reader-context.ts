import { createContext } from '@lit/context';
import type { LifeStageId, Locale, Region, Theme, Units } from '../data/enums.js';

/** The reader's profile, as `<mg-reader-profile>` provides it to every widget below it. */
export interface ReaderProfile {
  /** Life stage id, or `undefined` for "adult, general" (Daily Value 420 mg). */
  readonly lifeStage: LifeStageId | undefined;
  /** Language the provider resolved (its `lang`, else its nearest `[lang]`, the document's, then `en`). */
  readonly locale: Locale;
  /** Serving units. */
  readonly units: Units;
  /** Region for regulatory limits. */
  readonly region: Region;
  /** Color theme. */
  readonly theme: Theme;
}

/** A change a descendant asks the profile to make (for example the food finder's life-stage picker). */
export type ReaderProfilePatch = Partial<{
  lifeStage: LifeStageId | undefined;
  locale: Locale;
  units: Units;
  region: Region;
  theme: Theme;
}>;

/**
 * The context key. A string (not a `Symbol`) so that two copies of the library on one page still find each
 * other's provider.
 */
export const readerContext = createContext<ReaderProfile | undefined>('mg-reader-profile');

/** The profile consumers use when no provider is above them and they have no attributes of their own. */
export const DEFAULT_PROFILE: ReaderProfile = Object.freeze({
  lifeStage: undefined,
  locale: 'en',
  units: 'us',
  region: 'us',
  theme: 'auto',
});
