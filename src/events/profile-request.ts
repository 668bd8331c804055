import type { ReaderProfilePatch } from '../context/reader-context.js';

/**
 * Fired by a widget that wants the shared reader profile to change (a life-stage picker, say). The nearest
 * `<mg-reader-profile>` applies it, stops it and calls `preventDefault()`; when nobody does, the widget applies
 * the change to itself alone.
 */
export class MgProfileRequestEvent extends Event {
  static readonly eventName = 'mg-profile-request';
  readonly detail: Readonly<ReaderProfilePatch>;

  constructor(patch: ReaderProfilePatch) {
    super(MgProfileRequestEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = Object.freeze({ ...patch });
  }
}

declare global {
  interface HTMLElementEventMap {
    'mg-profile-request': MgProfileRequestEvent;
  }
}
