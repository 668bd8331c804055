import { defineElement } from '../../internal/define-element.js';
import { MgReaderProfile } from './reader-profile.js';

export { MgReaderProfile };

defineElement('mg-reader-profile', MgReaderProfile);

declare global {
  interface HTMLElementTagNameMap {
    'mg-reader-profile': MgReaderProfile;
  }
}
