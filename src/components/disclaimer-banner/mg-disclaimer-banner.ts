import { defineElement } from '../../internal/define-element.js';
import { MgDisclaimerBanner } from './disclaimer-banner.js';

export { MgDisclaimerBanner };

defineElement('mg-disclaimer-banner', MgDisclaimerBanner);

declare global {
  interface HTMLElementTagNameMap {
    'mg-disclaimer-banner': MgDisclaimerBanner;
  }
}
