import type { ClaimId } from '../data/generated/ids.js';

/** Detail of `mg-badge-toggle`: which badge the reader toggled, and whether its details are now shown. */
export interface MgBadgeToggleDetail {
  /** The dataset claim id (without the `mg-` prefix), or `null` for a publisher claim (`level` plus slotted text). */
  readonly claim: ClaimId | null;
  /** Whether the details are shown after the toggle. */
  readonly open: boolean;
}

/**
 * Fired by `<mg-evidence-badge>` when the reader opens or closes its details (click, Enter or Space on the pill,
 * Escape, a click outside, or focus moving away from an open badge). Setting `open` from code does not fire it.
 */
export class MgBadgeToggleEvent extends Event {
  static readonly eventName = 'mg-badge-toggle';
  readonly detail: MgBadgeToggleDetail;

  constructor(detail: MgBadgeToggleDetail) {
    super(MgBadgeToggleEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ claim: detail.claim, open: detail.open });
  }
}

declare global {
  interface HTMLElementEventMap {
    'mg-badge-toggle': MgBadgeToggleEvent;
  }
}
