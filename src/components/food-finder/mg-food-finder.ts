import { defineElement } from '../../internal/define-element.js';
import { MgFoodFinder } from './food-finder.js';

export { MgFoodFinder };

defineElement('mg-food-finder', MgFoodFinder);

declare global {
  interface HTMLElementTagNameMap {
    'mg-food-finder': MgFoodFinder;
  }
}
