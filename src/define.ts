/**
 * Registers every mg-widgets tag (the profile first, so widgets find their context at once). This is the CDN
 * entry: `<script type="module" src=".../mg-widgets.js">`. Loading it twice never throws.
 */
import './components/reader-profile/mg-reader-profile.js';
import './components/disclaimer-banner/mg-disclaimer-banner.js';
import './components/food-finder/mg-food-finder.js';
import './components/evidence-badge/mg-evidence-badge.js';
import './components/form-comparer/mg-form-comparer.js';
