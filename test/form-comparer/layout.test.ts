/**
 * <mg-form-comparer> layout: the size reserved while the forms load, table and cards (`layout` and the container
 * width), the sticky form column, no horizontal overflow at 320 px or at 200% text size, targets of at least
 * 24 x 24 px, the dark theme and custom properties, parts, and a strict Content-Security-Policy.
 */
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { MgFormComparer } from '../../src/components/form-comparer/form-comparer.js';
import { beforeNextPaint, nextFrames, whilePrinting } from '../helpers.js';
import { $, $$, ALL_FORMS, calculate, rowIds, rows, settle, text } from './helpers.js';

async function inBox(width: string, template: ReturnType<typeof html>, fontSize = '16px'): Promise<MgFormComparer> {
  const box = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}; font-size: ${fontSize}">${template}</div>`,
  );
  const el = box.querySelector('mg-form-comparer')!;
  await settle(el);
  return el;
}

/** Every control a reader can hit that is rendered, with its size (the badges measure their own). */
function targets(el: MgFormComparer): { name: string; width: number; height: number }[] {
  return $$(el, 'button, input, select, summary')
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

function noOverflow(el: MgFormComparer): void {
  const root = $(el, '.root');
  expect(root.scrollWidth, 'root scroll width').to.be.at.most(root.clientWidth);
  const scroller = $(el, '.scroller');
  expect(scroller.scrollWidth, 'table scroll width').to.be.at.most(scroller.clientWidth);
  expect(el.getBoundingClientRect().width).to.be.at.most(el.parentElement!.getBoundingClientRect().width);
}

describe('<mg-form-comparer> layout', () => {
  before(() => setViewport({ width: 1200, height: 3000 }));

  it('reserves about the final size while the forms load: a busy region with one placeholder row per form, and the panels', async () => {
    // The forms chunk is not loaded yet in this file, so the first render shows placeholders. Must be the first test.
    const box = fixtureSync<HTMLDivElement>(
      // content-visibility: visible: see the food finder's skeleton test (measured before the first paint).
      html`<div style="width: 900px; font-family: sans-serif">
        <mg-form-comparer style="content-visibility: visible"></mg-form-comparer>
        <p>After</p>
      </div>`,
    );
    const el = box.querySelector('mg-form-comparer')!;
    const after = box.querySelector('p')!;
    await beforeNextPaint();
    expect($$(el, 'tbody tr.skeleton')).to.have.length(6);
    for (const skeleton of $$(el, 'tbody tr.skeleton')) expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
    expect($(el, '.scroller').getAttribute('aria-busy')).to.equal('true');
    // The add control and the panels below come with the forms: until then, hidden placeholders of about their size.
    expect(el.shadowRoot!.querySelector('.calc')).to.equal(null);
    expect($(el, '.ph-panels').getAttribute('aria-hidden')).to.equal('true');
    expect($(el, '.ph-panels').getBoundingClientRect().height, 'panels placeholder').to.be.above(500);
    expect(text($(el, 'caption'))).to.contain('Loading');
    const before = after.getBoundingClientRect().top;
    const height = el.getBoundingClientRect().height;
    await settle(el);
    expect(rows(el)).to.have.length(6);
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.ph-panels, .ph-add')).to.equal(null);
    // The placeholders stand for the average row of the default forms (measured in a sans-serif article font); the
    // real rows end within 2% of them. Another font, or other forms, move the content below by a little more.
    expect(Math.abs(after.getBoundingClientRect().top - before), 'shift of the content below').to.be.below(
      height * 0.02,
    );
  });

  it('shows a table in a wide container, with the form column sticky while the table scrolls sideways', async () => {
    const el = await inBox('800px', html`<mg-form-comparer highlight="glycinate"></mg-form-comparer>`);
    expect(getComputedStyle(rows(el)[0]!).display).to.equal('table-row');
    expect(getComputedStyle($(el, 'table')).display).to.equal('table');
    const scroller = $(el, '.scroller');
    expect(scroller.getAttribute('role')).to.equal('region');
    expect(scroller.getAttribute('tabindex')).to.equal('0');
    expect(scroller.getAttribute('aria-labelledby')).to.equal('table-title');
    expect(getComputedStyle(scroller).overflowX).to.equal('auto');
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    for (const th of $$(el, 'tbody th[scope="row"], thead th.form')) {
      expect(getComputedStyle(th).position).to.equal('sticky');
      expect(getComputedStyle(th).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    }
    const th = rows(el)[0]!.querySelector('th')!;
    const cell = rows(el)[0]!.querySelector('.absorption')!;
    const left = th.getBoundingClientRect().left;
    const cellLeft = cell.getBoundingClientRect().left;
    scroller.scrollLeft = 200;
    await nextFrames();
    expect(scroller.scrollLeft).to.equal(200);
    expect(th.getBoundingClientRect().left).to.be.closeTo(left, 1);
    expect(cell.getBoundingClientRect().left).to.be.closeTo(cellLeft - 200, 1);
    // The remove buttons stay in view at the end.
    const remove = rows(el)[0]!.querySelector('.remove')!.getBoundingClientRect();
    expect(remove.right).to.be.at.most(scroller.getBoundingClientRect().right + 1);
  });

  it('turns rows into cards below about 560 px (layout="auto"), keeping the table semantics', async () => {
    const el = await inBox('540px', html`<mg-form-comparer></mg-form-comparer>`);
    const row = rows(el)[0]!;
    expect(getComputedStyle(row).display).to.equal('grid');
    expect(getComputedStyle($(el, 'table')).display).to.equal('block');
    expect(row.getAttribute('role')).to.equal('row');
    expect($(el, 'table').getAttribute('role')).to.equal('table');
    expect(row.querySelector('th')!.getAttribute('role')).to.equal('rowheader');
    expect(getComputedStyle(row.querySelector('th')!).position).to.equal('static');
    expect(getComputedStyle(row.querySelector('.cell-label')!).display).to.equal('block');
    // The name and the remove button share the first line of the card.
    const name = row.querySelector('.form')!.getBoundingClientRect();
    const remove = row.querySelector('.remove-cell')!.getBoundingClientRect();
    expect(Math.abs(name.top - remove.top)).to.be.below(4);
    noOverflow(el);
    const wide = await inBox('600px', html`<mg-form-comparer></mg-form-comparer>`);
    expect(getComputedStyle(rows(wide)[0]!).display).to.equal('table-row');
  });

  it('follows `layout`: cards in a wide container, a table in a narrow one', async () => {
    const cards = await inBox('900px', html`<mg-form-comparer layout="cards"></mg-form-comparer>`);
    expect(getComputedStyle(rows(cards)[0]!).display).to.equal('grid');
    const table = await inBox('400px', html`<mg-form-comparer layout="table"></mg-form-comparer>`);
    expect(getComputedStyle(rows(table)[0]!).display).to.equal('table-row');
    const scroller = $(table, '.scroller');
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    expect($(table, '.root').scrollWidth).to.be.at.most($(table, '.root').clientWidth);
    table.layout = 'cards';
    await settle(table);
    expect(getComputedStyle(rows(table)[0]!).display).to.equal('grid');
  });

  it('marks the highlighted card with a thicker border and its tag', async () => {
    const el = await inBox('400px', html`<mg-form-comparer highlight="citrate"></mg-form-comparer>`);
    const card = getComputedStyle(rows(el).find((r) => r.dataset.id === 'citrate')!);
    const other = getComputedStyle(rows(el)[0]!);
    expect(parseFloat(card.borderTopWidth)).to.be.greaterThan(parseFloat(other.borderTopWidth) + 1);
    expect(parseFloat(card.borderInlineStartWidth)).to.be.at.least(7);
  });

  it('fits a 320 px container with no horizontal scrolling: every form, Spanish, results and the warning', async () => {
    const el = await inBox('320px', html`<mg-form-comparer lang="es" forms=${ALL_FORMS}></mg-form-comparer>`);
    await calculate(el, { amount: '900', basis: 'elemental' });
    expect(el.shadowRoot!.querySelector('.warning')).to.not.equal(null);
    $<HTMLDetailsElement>(el, 'details.guide').open = true;
    for (const details of $$<HTMLDetailsElement>(el, 'td details')) details.open = true;
    await settle(el);
    noOverflow(el);
    expect(rowIds(el)).to.have.length(14);
  });

  it('fits at 200% text size (cards below 35em of the container)', async () => {
    const el = await inBox('640px', html`<mg-form-comparer highlight="oxide"></mg-form-comparer>`, '32px');
    expect(getComputedStyle(rows(el)[0]!).display).to.equal('grid');
    await calculate(el, { amount: '500', basis: 'compound' });
    noOverflow(el);
    const wide = await inBox('1200px', html`<mg-form-comparer></mg-form-comparer>`, '32px');
    expect(getComputedStyle(rows(wide)[0]!).display).to.equal('table-row');
  });

  for (const width of ['900px', '320px']) {
    it(`gives every control a target of at least 24 x 24 px (${width})`, async () => {
      const el = await inBox(width, html`<mg-form-comparer></mg-form-comparer>`);
      $<HTMLDetailsElement>(el, 'details.guide').open = true;
      await settle(el);
      const all = targets(el);
      expect(all.length).to.be.greaterThan(15);
      for (const target of all) {
        expect(target.width, target.name).to.be.at.least(24);
        expect(target.height, target.name).to.be.at.least(24);
      }
    });
  }

  it('keeps its size units in em, so a small root font size does not shrink it', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const el = await inBox('800px', html`<mg-form-comparer></mg-form-comparer>`);
      expect(parseFloat(getComputedStyle($(el, '#calc-amount')).fontSize)).to.equal(16);
      for (const target of targets(el)) expect(target.height, target.name).to.be.at.least(24);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('uses the dark tokens with theme="dark", and the custom properties', async () => {
    const el = await inBox('800px', html`<mg-form-comparer theme="dark" highlight="oxide"></mg-form-comparer>`);
    expect(getComputedStyle($(el, '.root')).backgroundColor).to.equal('rgb(22, 27, 25)');
    el.style.setProperty('--mg-form-comparer-background', 'rgb(1, 2, 3)');
    el.style.setProperty('--mg-form-comparer-bar-color', 'rgb(200, 0, 0)');
    el.style.setProperty('--mg-form-comparer-highlight-color', 'rgb(0, 0, 200)');
    el.style.setProperty('--mg-form-comparer-highlight-background', 'rgb(0, 50, 0)');
    el.style.setProperty('--mg-form-comparer-panel-background', 'rgb(9, 9, 9)');
    expect(getComputedStyle($(el, '.root')).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle($(el, 'tbody tr:not(.highlighted) th')).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle($(el, '.fill')).backgroundColor).to.equal('rgb(200, 0, 0)');
    expect(getComputedStyle($(el, 'tr.highlighted th')).borderInlineStartColor).to.equal('rgb(0, 0, 200)');
    expect(getComputedStyle($(el, 'tr.highlighted th')).backgroundColor).to.equal('rgb(0, 50, 0)');
    expect(getComputedStyle($(el, '.calc')).backgroundColor).to.equal('rgb(9, 9, 9)');
  });

  it('exposes its parts', async () => {
    const el = await inBox('800px', html`<mg-form-comparer highlight="oxide"></mg-form-comparer>`);
    await calculate(el, { amount: '999', basis: 'elemental' });
    for (const name of [
      'base',
      'scroller',
      'table',
      'row',
      'highlighted',
      'bar',
      'add',
      'calculator',
      'warning',
      'guide',
      'safety',
    ]) {
      expect(el.shadowRoot!.querySelector(`[part~="${name}"]`), name).to.not.equal(null);
    }
    expect($$(el, '[part~="row"]')).to.have.length(6);
  });

  it('renders under a strict Content-Security-Policy without a violation (bars set through the CSSOM)', async () => {
    const frameEl = document.createElement('iframe');
    frameEl.style.width = '900px';
    frameEl.style.height = '1500px';
    frameEl.srcdoc = `<!doctype html><html lang="en"><head>
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; script-src 'self'">
      <script type="module" src="/src/components/form-comparer/mg-form-comparer.ts"></script></head>
      <body><mg-form-comparer highlight="glycinate"></mg-form-comparer></body></html>`;
    const violations: string[] = [];
    document.body.append(frameEl);
    try {
      await new Promise((resolve) => frameEl.addEventListener('load', resolve, { once: true }));
      const doc = frameEl.contentDocument!;
      doc.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.violatedDirective}: ${event.sample}`),
      );
      let el: MgFormComparer | null = null;
      for (let i = 0; i < 200 && !el?.shadowRoot?.querySelector('tbody tr[data-id]'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        el = doc.querySelector<MgFormComparer>('mg-form-comparer');
      }
      await el!.updateComplete;
      await calculate(el!, { amount: '500', basis: 'elemental' });
      await nextFrames();
      expect(violations).to.deep.equal([]);
      const fills = $$(el!, '.fill');
      expect(fills.length).to.equal(6);
      for (const fill of fills) expect(fill.style.getPropertyValue('--_fill')).to.match(/^\d+(\.\d)?%$/);
      for (const element of el!.shadowRoot!.querySelectorAll('*')) {
        if (element.localName !== 'span' || !element.classList.contains('fill'))
          expect(element.hasAttribute('style'), element.localName).to.equal(false);
      }
      const bar = fills[0]!.parentElement!;
      expect(fills[0]!.getBoundingClientRect().width).to.be.greaterThan(bar.clientWidth / 2);
    } finally {
      frameEl.remove();
    }
  });

  it('prints the table, its notes, the guide and the safety panel, without the controls', async () => {
    const el = await inBox('800px', html`<mg-form-comparer></mg-form-comparer>`);
    await whilePrinting(() => {
      for (const selector of ['.add', '.calc', '.remove-cell']) {
        expect(getComputedStyle($(el, selector)).display, selector).to.equal('none');
      }
      for (const selector of ['table', '.gut-note', '.guide', '.safety']) {
        expect(getComputedStyle($(el, selector)).display, selector).to.not.equal('none');
      }
    });
  });
});
