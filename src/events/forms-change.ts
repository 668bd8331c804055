import type { SupplementFormId } from '../data/generated/ids.js';

/** Detail of `mg-forms-change`: the forms compared after the change. */
export interface MgFormsChangeDetail {
  /** Supplement form ids, in the order of the table (as in `mg-widgets/data`). */
  readonly forms: readonly SupplementFormId[];
}

/**
 * Fired by `<mg-form-comparer>` after the reader added a form to the comparison or removed one. The element's
 * `forms` property holds the same list (its attribute is left as the page wrote it).
 */
export class MgFormsChangeEvent extends Event {
  static readonly eventName = 'mg-forms-change';
  readonly detail: MgFormsChangeDetail;

  constructor(detail: MgFormsChangeDetail) {
    super(MgFormsChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ forms: Object.freeze([...detail.forms]) });
  }
}

declare global {
  interface HTMLElementEventMap {
    'mg-forms-change': MgFormsChangeEvent;
  }
}
