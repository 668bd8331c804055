import { defineElement } from '../../internal/define-element.js';
import '../evidence-badge/mg-evidence-badge.js';
import { MgFormComparer } from './form-comparer.js';

export { MgFormComparer };

defineElement('mg-form-comparer', MgFormComparer);

declare global {
  interface HTMLElementTagNameMap {
    'mg-form-comparer': MgFormComparer;
  }
}
