/** One food on the reader's "My day" plate. */
export interface MgPlateItem {
  /** USDA NDB number of the food (5 digits, leading zeros kept), as in `mg-widgets/data`. */
  readonly foodId: string;
  /** Number of servings (a whole number from 1). */
  readonly servings: number;
}

/** Detail of `mg-plate-change`: the whole plate after the change. */
export interface MgPlateChangeDetail {
  /** The foods on the plate, in the order they were added. */
  readonly items: readonly MgPlateItem[];
  /** Magnesium of the whole plate in mg (unrounded), with the servings of the units in use (`us` or `metric`). */
  readonly totalMg: number;
}

/** Fired by `<mg-food-finder>` after the reader added or removed servings on the "My day" plate, or cleared it. */
export class MgPlateChangeEvent extends Event {
  static readonly eventName = 'mg-plate-change';
  readonly detail: MgPlateChangeDetail;

  constructor(detail: MgPlateChangeDetail) {
    super(MgPlateChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({
      items: Object.freeze(detail.items.map((item) => Object.freeze({ foodId: item.foodId, servings: item.servings }))),
      totalMg: detail.totalMg,
    });
  }
}

declare global {
  interface HTMLElementEventMap {
    'mg-plate-change': MgPlateChangeEvent;
  }
}
