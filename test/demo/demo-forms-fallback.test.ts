import { expect } from '@open-wc/testing';
import { compoundMgFor, getForm, loadForms } from '../../src/data/index.js';
import { formatMg, formatPercent } from '../../src/i18n/index.js';

/** The demo's comparer carries a fallback table typed into the HTML: keep it equal to the dataset. */
describe('demo article: supplement forms fallback', () => {
  it('matches the computed elemental percentages and compound amounts', async () => {
    const html = await (await fetch('/demo/index.html')).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const rows = [...doc.querySelectorAll('mg-form-comparer tbody tr')];
    expect(rows.length).to.be.greaterThan(0);
    const forms = await loadForms();
    const ids = ['oxide', 'citrate', 'glycinate', 'chloride', 'malate', 'l-threonate'];
    rows.forEach((row, i) => {
      const found = getForm(forms, ids[i]!);
      if (!found.ok) throw new Error(`unknown form ${ids[i]}`);
      const form = found.value;
      const cells = [...row.children].map((c) => c.textContent!.trim());
      expect(cells[1], ids[i]).to.equal(formatPercent('en', form.elementalPercent, 1));
      expect(cells[2], ids[i]).to.equal(formatMg('en', compoundMgFor(form, 200)).replace('\u00a0', ' '));
    });
  });
});
