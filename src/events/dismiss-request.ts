import type { DisclaimerKind } from '../components/disclaimer-banner/disclaimer-banner.js';

/** Detail of `mg-dismiss-request`: what the reader is about to hide. */
export interface MgDismissRequestDetail {
  /** The kinds of notice that would be hidden (never `crisis`, which cannot be dismissed). */
  readonly kinds: readonly DisclaimerKind[];
}

/**
 * Fired by `<mg-disclaimer-banner>` before it hides its notices, when the reader presses its dismiss button or the
 * page calls `dismiss()`. Cancelable: `preventDefault()` keeps the notices on screen (and nothing is stored).
 */
export class MgDismissRequestEvent extends Event {
  static readonly eventName = 'mg-dismiss-request';
  readonly detail: MgDismissRequestDetail;

  constructor(detail: MgDismissRequestDetail) {
    super(MgDismissRequestEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = Object.freeze({ kinds: Object.freeze([...detail.kinds]) });
  }
}

declare global {
  interface HTMLElementEventMap {
    'mg-dismiss-request': MgDismissRequestEvent;
  }
}
