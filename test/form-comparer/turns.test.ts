/**
 * When the forms arrive, the comparer renders its rows (with their badges) first, and the calculator, guide and safety
 * panel in a later task: two renders of about 50 ms each at 4x CPU instead of one long task. A file of its own: the
 * forms must not be loaded yet when it starts.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import type { MgFormComparer } from '../../src/components/form-comparer/form-comparer.js';
import { beforeNextPaint } from '../helpers.js';
import { rows } from './helpers.js';

describe('form comparer: rows, then panels', () => {
  it('renders the rows without the panels, then the panels in a later task', async () => {
    const el = fixtureSync<MgFormComparer>(html`<mg-form-comparer></mg-form-comparer>`);
    await beforeNextPaint();
    const root = el.shadowRoot!;
    expect(root.querySelector('.ph-panels'), 'placeholder while the forms load').to.not.equal(null);
    const seen = await new Promise<{ rows: number; panels: boolean; placeholder: boolean }>((resolve) => {
      const observer = new MutationObserver(() => {
        if (rows(el).length === 0) return;
        observer.disconnect();
        // Runs at the end of the task that rendered the rows, before any other task.
        resolve({
          rows: rows(el).length,
          panels: root.querySelector('.calc') !== null,
          placeholder: root.querySelector('.ph-panels') !== null,
        });
      });
      observer.observe(root, { childList: true, subtree: true });
    });
    expect(seen).to.deep.equal({ rows: 6, panels: false, placeholder: true });
    await el.updateComplete;
    expect(root.querySelector('.calc #calc-amount'), 'the calculator after updateComplete').to.not.equal(null);
    expect(root.querySelector('.safety'), 'the safety panel').to.not.equal(null);
    expect(root.querySelector('.ph-panels')).to.equal(null);
  });
});
