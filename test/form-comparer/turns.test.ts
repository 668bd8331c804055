/**
 * When the forms arrive, the comparer renders its rows (with their badges) one, then two at a time, each batch in a
 * task of its own, in place of their placeholders; then the calculator, guide and safety panel in a later task. So no
 * single task renders everything at once. A file of its own: the forms must not be loaded yet when it starts.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import type { MgFormComparer } from '../../src/components/form-comparer/form-comparer.js';
import { beforeNextPaint, countTasks } from '../helpers.js';
import { rows } from './helpers.js';

interface Seen {
  task: number;
  rows: number;
  placeholders: number;
  busy: string | null;
  panels: boolean;
}

describe('form comparer: rows, then panels', () => {
  it('renders one row, then the rows two at a time, then the panels, each in a later task', async () => {
    const el = fixtureSync<MgFormComparer>(html`<mg-form-comparer></mg-form-comparer>`);
    await beforeNextPaint();
    const root = el.shadowRoot!;
    expect(root.querySelector('.ph-panels'), 'placeholder while the forms load').to.not.equal(null);
    // Tells the comparer's turns apart (each is a task of its own).
    const tasks = countTasks();
    const states: Seen[] = [];
    await new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        const state: Seen = {
          task: tasks.count,
          rows: rows(el).length,
          placeholders: root.querySelectorAll('tbody tr.skeleton').length,
          busy: root.querySelector('.scroller')!.getAttribute('aria-busy'),
          panels: root.querySelector('.calc') !== null,
        };
        const last = states.at(-1);
        if (state.rows === 0) return;
        if (!last || last.rows !== state.rows || last.panels !== state.panels) states.push(state);
        if (state.panels) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(root, { childList: true, subtree: true, attributes: true });
    });
    tasks.stop();
    expect(states.map(({ task: _, ...state }) => state)).to.deep.equal([
      { rows: 1, placeholders: 5, busy: 'true', panels: false },
      { rows: 3, placeholders: 3, busy: 'true', panels: false },
      { rows: 5, placeholders: 1, busy: 'true', panels: false },
      { rows: 6, placeholders: 0, busy: 'false', panels: false },
      { rows: 6, placeholders: 0, busy: 'false', panels: true },
    ]);
    const seenIn = states.map((state) => state.task);
    expect(
      seenIn.every((task, i) => i === 0 || task > seenIn[i - 1]!),
      `each in a later task than the one before: ${seenIn.join(', ')}`,
    ).to.equal(true);
    await el.updateComplete;
    expect(root.querySelector('.calc #calc-amount'), 'the calculator after updateComplete').to.not.equal(null);
    expect(root.querySelector('.safety'), 'the safety panel').to.not.equal(null);
    expect(root.querySelector('.ph-panels')).to.equal(null);
  });
});
