/** Detail of `mg-affiliate-detect`. */
export interface MgAffiliateDetectDetail {
  /** How many affiliate links the page has (outside the banner). */
  readonly count: number;
  /** Whether the banner shows its affiliate disclosure as a result. */
  readonly shown: boolean;
}

/**
 * Fired by `<mg-disclaimer-banner detect-affiliate>` after it counted the page's affiliate links (`rel~=sponsored`
 * or a known affiliate URL): once when it first renders, and again after `detectAffiliateLinks()`.
 */
export class MgAffiliateDetectEvent extends Event {
  static readonly eventName = 'mg-affiliate-detect';
  readonly detail: MgAffiliateDetectDetail;

  constructor(detail: MgAffiliateDetectDetail) {
    super(MgAffiliateDetectEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'mg-affiliate-detect': MgAffiliateDetectEvent;
  }
}
