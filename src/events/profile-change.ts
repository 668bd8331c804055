import type { LifeStageId, Locale, Region, Theme, Units } from '../data/enums.js';

/** Detail of `mg-profile-change`: the whole profile after the change. */
export interface MgProfileChangeDetail {
  readonly lifeStage: LifeStageId | null;
  readonly lang: Locale;
  readonly units: Units;
  readonly region: Region;
  readonly theme: Theme;
  /** Which fields changed. */
  readonly changed: readonly ('lifeStage' | 'lang' | 'units' | 'region' | 'theme')[];
}

/** Fired by `<mg-reader-profile>` after the reader (or a widget acting for the reader) changed the profile. */
export class MgProfileChangeEvent extends Event {
  static readonly eventName = 'mg-profile-change';
  readonly detail: MgProfileChangeDetail;

  constructor(detail: MgProfileChangeDetail) {
    super(MgProfileChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail, changed: Object.freeze([...detail.changed]) });
  }
}

declare global {
  interface HTMLElementEventMap {
    'mg-profile-change': MgProfileChangeEvent;
  }
}
