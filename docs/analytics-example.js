// What readers do with mg-widgets, sent to your analytics: here Google Tag Manager's `dataLayer`, change `send` for
// yours. Every mg-widgets event bubbles and crosses shadow roots, so listeners on `document` hear every widget of the
// page, including those added later. Load it from your own script, anywhere in the page. Shown and explained in
// docs/publishers.md; scripts/test-hostile.mjs runs it on the demo article.
(() => {
  const send = (event, fields) => {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event, ...fields });
  };
  document.addEventListener('mg-badge-toggle', (event) => {
    if (event.detail.open) send('mg_evidence_open', { claim: event.detail.claim ?? 'publisher' });
  });
  document.addEventListener('mg-food-select', (event) => {
    send('mg_food_open', { food_id: event.detail.foodId });
  });
  document.addEventListener('mg-plate-change', (event) => {
    send('mg_plate_change', { foods: event.detail.items.length, total_mg: Math.round(event.detail.totalMg) });
  });
  document.addEventListener('mg-forms-change', (event) => {
    send('mg_forms_change', { forms: event.detail.forms.join(' ') });
  });
  // Which settings changed, not their values: a life stage can be a pregnancy, which is health data.
  document.addEventListener('mg-profile-change', (event) => {
    send('mg_profile_change', { changed: event.detail.changed.join(' ') });
  });
  document.addEventListener('mg-dismiss', (event) => {
    send('mg_disclaimer_dismiss', { kinds: event.detail.kinds.join(' ') });
  });
})();
