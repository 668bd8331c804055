/**
 * Two finders whose list arrives at the same time render their rows in separate tasks, one after the other, not
 * both in one long task. A file of its own: the foods must not be loaded yet when it starts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { MgFoodFinder } from '../../src/components/food-finder/food-finder.js';
import { beforeNextPaint } from '../helpers.js';
import { $$, rows } from './helpers.js';

describe('food finder: rows of several finders', () => {
  // Both finders on the first screen, so that both render at once (the second would otherwise wait for its turn).
  before(() => setViewport({ width: 1200, height: 3000 }));

  it('renders the rows of each finder in a task of its own when their shared list arrives', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div>
        <mg-food-finder limit="5"></mg-food-finder>
        <mg-food-finder limit="5" diet="vegan"></mg-food-finder>
      </div>`,
    );
    const [first, second] = [...box.querySelectorAll<MgFoodFinder>('mg-food-finder')] as [MgFoodFinder, MgFoodFinder];
    await beforeNextPaint();
    expect($$(first, 'tbody tr.skeleton'), 'the list is not loaded yet').to.have.length(5);
    expect($$(second, 'tbody tr.skeleton')).to.have.length(5);
    // Whichever finder gets its rows first, the other still shows its placeholder rows in that same task.
    const firstDone = await Promise.race([
      first.updateComplete.then(() => first),
      second.updateComplete.then(() => second),
    ]);
    const other = firstDone === first ? second : first;
    expect(rows(firstDone), 'rows of the finder that rendered first').to.have.length(5);
    expect($$(other, 'tbody tr.skeleton'), 'the other finder, in the same task').to.have.length(5);
    await other.updateComplete;
    expect(rows(other)).to.have.length(5);
  });
});
