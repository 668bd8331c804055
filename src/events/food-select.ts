/** Detail of `mg-food-select`: the food the reader chose. */
export interface MgFoodSelectDetail {
  /** USDA NDB number of the food (5 digits, leading zeros kept), as in `mg-widgets/data`. */
  readonly foodId: string;
}

/**
 * Fired by `<mg-food-finder>` when the reader opens a food's details with its name button (not when closing them).
 * Cancelable: `preventDefault()` keeps the details closed, so a page can show its own (a recipe, a food page).
 */
export class MgFoodSelectEvent extends Event {
  static readonly eventName = 'mg-food-select';
  readonly detail: MgFoodSelectDetail;

  constructor(detail: MgFoodSelectDetail) {
    super(MgFoodSelectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = Object.freeze({ foodId: detail.foodId });
  }
}

declare global {
  interface HTMLElementEventMap {
    'mg-food-select': MgFoodSelectEvent;
  }
}
