import type { DisclaimerKind, DisclaimerRemember } from '../components/disclaimer-banner/disclaimer-banner.js';

/** Detail of `mg-dismiss`: what was hidden and how the choice is remembered. */
export interface MgDismissDetail {
  /** The kinds of notice now hidden (never `crisis`, which cannot be dismissed). */
  readonly kinds: readonly DisclaimerKind[];
  /** Where the dismissal is remembered: `local` (later visits), `session` (this tab) or `none` (this page view). */
  readonly remember: DisclaimerRemember;
  /** Whether the dismissal was stored; `false` when storage is blocked (it then lasts for this page view). */
  readonly stored: boolean;
}

/** Fired by `<mg-disclaimer-banner>` after its notices were hidden (an `mg-dismiss-request` was not canceled). */
export class MgDismissEvent extends Event {
  static readonly eventName = 'mg-dismiss';
  readonly detail: MgDismissDetail;

  constructor(detail: MgDismissDetail) {
    super(MgDismissEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail, kinds: Object.freeze([...detail.kinds]) });
  }
}

declare global {
  interface HTMLElementEventMap {
    'mg-dismiss': MgDismissEvent;
  }
}
