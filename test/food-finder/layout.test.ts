/**
 * <mg-food-finder> layout: no layout shift while data loads, cards in narrow containers (container queries), no
 * horizontal overflow at 320 px or at 200% text size, targets of at least 24 x 24 px, the dark theme.
 */
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { MgFoodFinder } from '../../src/components/food-finder/food-finder.js';
import { beforeNextPaint, countTasks, nextFrames, whilePrinting } from '../helpers.js';
import { $, $$, en, rows, settle, shown, text } from './helpers.js';

async function inBox(width: string, template: ReturnType<typeof html>, fontSize = '16px'): Promise<MgFoodFinder> {
  const box = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}; font-size: ${fontSize}">${template}</div>`,
  );
  const el = box.querySelector('mg-food-finder')!;
  await settle(el);
  return el;
}

/** Every control a reader can hit that is rendered, with its size. */
function targets(el: MgFoodFinder): { name: string; width: number; height: number }[] {
  return $$(el, 'button, input, select')
    .filter((control) => control.checkVisibility() && !control.closest('.visually-hidden'))
    .map((control) => {
      const rect = control.getBoundingClientRect();
      return {
        name: `${control.localName}.${control.className}: ${text(control).slice(0, 30)}`,
        width: rect.width,
        height: rect.height,
      };
    });
}

function noOverflow(el: MgFoodFinder): void {
  const root = $(el, '.root');
  expect(root.scrollWidth, 'root scroll width').to.be.at.most(root.clientWidth);
  const wrap = $(el, '.table-wrap');
  expect(wrap.scrollWidth, 'table scroll width').to.be.at.most(wrap.clientWidth);
  expect(el.getBoundingClientRect().width).to.be.at.most(el.parentElement!.getBoundingClientRect().width);
}

describe('<mg-food-finder> layout', () => {
  before(() => setViewport({ width: 1200, height: 3000 }));

  it('reserves the final size while the data loads (skeleton rows of the same height)', async () => {
    // The full dataset takes long enough to load that the skeleton is painted first. This must be the first test.
    const box = fixtureSync<HTMLDivElement>(
      // content-visibility: visible: measured before the first paint, a `content-visibility: auto` host has its
      // estimated size (the reader never sees it: the browser lays it out for real before painting it); this test is
      // about the skeleton.
      html`<div style="width: 900px">
        <mg-food-finder static dataset="full" limit="8" style="content-visibility: visible"></mg-food-finder>
        <p>After</p>
      </div>`,
    );
    const el = box.querySelector('mg-food-finder')!;
    const after = box.querySelector('p')!;
    await beforeNextPaint();
    expect($$(el, 'tbody tr.skeleton')).to.have.length(8);
    expect($(el, 'table').getAttribute('aria-busy')).to.equal('true');
    const before = after.getBoundingClientRect().top;
    await settle(el);
    expect(rows(el)).to.have.length(8);
    expect(after.getBoundingClientRect().top).to.be.closeTo(before, 1);
  });

  it('does not shift the content below it when the everyday list arrives', async () => {
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    });
    observer.observe({ type: 'layout-shift' });
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 1000px">
        <mg-food-finder></mg-food-finder>
        <p>After</p>
      </div>`,
    );
    await settle(box.querySelector('mg-food-finder')!);
    await nextFrames();
    observer.disconnect();
    expect(shifts.reduce((sum, value) => sum + value, 0)).to.be.below(0.01);
  });

  it('below the first screen, renders its controls first, still hidden, and the rest in a later task', async () => {
    const box = fixtureSync<HTMLDivElement>(html`<div><div style="height: 6000px"></div></div>`);
    const el = document.createElement('mg-food-finder') as MgFoodFinder;
    // What each task found, each change once.
    const states: string[] = [];
    const tasks = countTasks(() => {
      const root = el.shadowRoot;
      const state = `${root?.querySelector('form.controls') ? 'controls' : '-'} ${root?.querySelector('table') ? 'table' : '-'} ${el.matches(':state(pending)') ? 'pending' : 'shown'}`;
      if (states.at(-1) !== state) states.push(state);
    });
    try {
      box.append(el);
      await settle(el);
    } finally {
      tasks.stop();
    }
    expect(states).to.deep.equal(['- - pending', 'controls - pending', 'controls table shown']);
    expect(rows(el)).to.have.length(10);
  });

  it('shows a table in a wide container', async () => {
    const el = await inBox('800px', html`<mg-food-finder></mg-food-finder>`);
    expect(getComputedStyle(rows(el)[0]!).display).to.equal('table-row');
    expect(getComputedStyle($(el, 'table')).display).to.equal('table');
    expect(shown(el, '.filters-toggle')).to.equal(false);
    expect(shown(el, '.filters')).to.equal(true);
    expect(shown(el, 'thead th.dv')).to.equal(true);
    noOverflow(el);
  });

  it('turns rows into cards in a 360 px container, and keeps the table semantics', async () => {
    const el = await inBox('360px', html`<mg-food-finder></mg-food-finder>`);
    const row = rows(el)[0]!;
    expect(getComputedStyle(row).display).to.equal('flex');
    expect(getComputedStyle($(el, 'table')).display).to.equal('block');
    expect(row.getAttribute('role')).to.equal('row');
    expect($(el, 'table').getAttribute('role')).to.equal('table');
    expect(row.querySelector('.dv')!.getAttribute('role')).to.equal('cell');
    // The name and the add button share the first line of the card; the bar fills the last.
    const name = row.querySelector('.food')!.getBoundingClientRect();
    const add = row.querySelector('.add-cell')!.getBoundingClientRect();
    expect(Math.abs(name.top - add.top)).to.be.below(name.height);
    expect(getComputedStyle(row.querySelector('.cell-suffix')!).display).to.equal('inline');
    // Only the sortable headers stay visible, as a row of sort buttons.
    expect(shown(el, 'thead th.dv')).to.equal(true);
    expect($(el, 'thead th.dv').getBoundingClientRect().width).to.be.at.most(1);
    expect($(el, 'thead th.food .sort').getBoundingClientRect().width).to.be.greaterThan(24);
    noOverflow(el);
  });

  it('folds the filters behind a button in a narrow container', async () => {
    const el = await inBox('360px', html`<mg-food-finder categories="legumes" diet="vegan"></mg-food-finder>`);
    const toggle = $<HTMLButtonElement>(el, '.filters-toggle');
    expect(shown(el, '.filters-toggle')).to.equal(true);
    expect(text(toggle)).to.equal(en.filters(2, '2'));
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal('filters');
    expect(shown(el, '#filters')).to.equal(false);
    toggle.click();
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(el, '#filters')).to.equal(true);
    expect(shown(el, 'button.chip')).to.equal(true);
  });

  it('fits a 320 px container with no horizontal scrolling, in Spanish, with details and a plate', async () => {
    const el = await inBox('320px', html`<mg-food-finder lang="es" sort="100kcal" dataset="full"></mg-food-finder>`);
    $<HTMLButtonElement>(el, '.filters-toggle').click();
    $<HTMLButtonElement>(el, 'tbody button.name').click();
    $<HTMLButtonElement>(el, 'tbody button.add').click();
    await settle(el);
    noOverflow(el);
  });

  it('fits at 200% text size (cards below 30em of the container)', async () => {
    const el = await inBox('640px', html`<mg-food-finder life-stage="female-19-30"></mg-food-finder>`, '32px');
    expect(getComputedStyle(rows(el)[0]!).display).to.equal('flex');
    $<HTMLButtonElement>(el, 'tbody button.add').click();
    await settle(el);
    noOverflow(el);
    const wide = await inBox('1000px', html`<mg-food-finder></mg-food-finder>`);
    expect(getComputedStyle(rows(wide)[0]!).display).to.equal('table-row');
  });

  for (const width of ['900px', '320px']) {
    it(`gives every control a target of at least 24 x 24 px (${width})`, async () => {
      const el = await inBox(width, html`<mg-food-finder dataset="full"></mg-food-finder>`);
      $<HTMLButtonElement>(el, 'tbody button.add').click();
      await settle(el);
      if (width === '320px') {
        $<HTMLButtonElement>(el, '.filters-toggle').click();
        await settle(el);
      }
      const all = targets(el);
      expect(all.length).to.be.greaterThan(20);
      for (const target of all) {
        expect(target.width, target.name).to.be.at.least(24);
        expect(target.height, target.name).to.be.at.least(24);
      }
    });
  }

  it('keeps its size units in em, so a small root font size does not shrink it', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const el = await inBox('800px', html`<mg-food-finder></mg-food-finder>`);
      expect(parseFloat(getComputedStyle($(el, 'input[type="search"]')).fontSize)).to.equal(16);
      for (const target of targets(el)) expect(target.height, target.name).to.be.at.least(24);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('uses the dark tokens with theme="dark", and the custom properties', async () => {
    const el = await inBox('800px', html`<mg-food-finder theme="dark"></mg-food-finder>`);
    expect(getComputedStyle($(el, '.root')).backgroundColor).to.equal('rgb(22, 27, 25)');
    el.style.setProperty('--mg-food-finder-background', 'rgb(1, 2, 3)');
    el.style.setProperty('--mg-food-finder-bar-color', 'rgb(200, 0, 0)');
    expect(getComputedStyle($(el, '.root')).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(rows(el)[0]!.querySelector('.fill')!).backgroundColor).to.equal('rgb(200, 0, 0)');
  });

  it('exposes its parts', async () => {
    const el = await inBox('800px', html`<mg-food-finder></mg-food-finder>`);
    for (const part of ['base', 'controls', 'search', 'table', 'show-more', 'plate', 'meter', 'sources']) {
      expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.not.equal(null);
    }
  });

  it('renders under a strict Content-Security-Policy without a violation (bars set through the CSSOM)', async () => {
    const frameEl = document.createElement('iframe');
    frameEl.style.width = '900px';
    frameEl.style.height = '1500px';
    frameEl.srcdoc = `<!doctype html><html lang="en"><head>
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; script-src 'self'">
      <script type="module" src="/src/components/food-finder/mg-food-finder.ts"></script></head>
      <body><mg-food-finder life-stage="female-19-30"></mg-food-finder></body></html>`;
    const violations: string[] = [];
    document.body.append(frameEl);
    try {
      await new Promise((resolve) => frameEl.addEventListener('load', resolve, { once: true }));
      const doc = frameEl.contentDocument!;
      doc.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.violatedDirective}: ${event.sample}`),
      );
      let el: MgFoodFinder | null = null;
      for (let i = 0; i < 200 && !el?.shadowRoot?.querySelector('tbody tr[data-id]'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        el = doc.querySelector<MgFoodFinder>('mg-food-finder');
      }
      await el!.updateComplete;
      $<HTMLButtonElement>(el!, 'tbody button.add').click();
      await el!.updateComplete;
      await nextFrames();
      expect(violations).to.deep.equal([]);
      const fills = $$(el!, '.fill');
      expect(fills.length).to.equal(11);
      for (const fill of fills) expect(fill.style.getPropertyValue('--_fill')).to.match(/^\d+(\.\d)?%$/);
      const firstBar = fills[0]!.parentElement!;
      expect(fills[0]!.getBoundingClientRect().width).to.be.greaterThan(firstBar.clientWidth / 2);
      expect(fills[0]!.ownerDocument.defaultView!.getComputedStyle(fills[0]!).backgroundColor).to.not.equal(
        'rgba(0, 0, 0, 0)',
      );
    } finally {
      frameEl.remove();
    }
  });

  it('prints the table and its sources, without the controls or "My day"', async () => {
    const el = await inBox('800px', html`<mg-food-finder></mg-food-finder>`);
    await whilePrinting(() => {
      for (const selector of ['.controls', '.footer', '.plate']) {
        expect(getComputedStyle($(el, selector)).display, selector).to.equal('none');
      }
      for (const selector of ['table', '.sources']) {
        expect(getComputedStyle($(el, selector)).display, selector).to.not.equal('none');
      }
    });
  });
});
