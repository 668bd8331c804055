import { defineElement } from '../../internal/define-element.js';
import { MgEvidenceBadge } from './evidence-badge.js';

export { MgEvidenceBadge };

defineElement('mg-evidence-badge', MgEvidenceBadge);

declare global {
  interface HTMLElementTagNameMap {
    'mg-evidence-badge': MgEvidenceBadge;
  }
}
