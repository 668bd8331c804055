/**
 * <mg-form-comparer> accessibility: axe in every state (default, highlight, every form, cards, table scrolling in a
 * narrow container, Spanish, dark, the calculator over the limit and with invalid input, sources and guide open),
 * names and roles, and keyboard-only use with real key presses.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { MgFormComparer } from '../../src/components/form-comparer/form-comparer.js';
import { loadForms } from '../../src/data/loaders.js';
import { elementalMg } from '../../src/data/index.js';
import { MgFormsChangeEvent } from '../../src/events/forms-change.js';
import { captureWarnings } from '../helpers.js';
import { $, $$, ALL_FORMS, calculate, en, enView, mg, results, rowIds, row, settle, text } from './helpers.js';

const set = await loadForms();

/** The element focused inside the comparer's shadow root (a badge's host when its pill has the focus). */
function focused(el: MgFormComparer): Element | null {
  return el.shadowRoot!.activeElement;
}

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Presses Tab until `match` is focused (at most `max` times); returns how many presses it took. */
async function tabTo(el: MgFormComparer, match: (element: Element) => boolean, max = 120): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await press('Tab');
    const element = focused(el);
    if (element && match(element)) return i;
  }
  throw new Error('not reached with Tab');
}

interface Variant {
  name: string;
  template: TemplateResult;
  width?: string;
  act?: (el: MgFormComparer) => Promise<void> | void;
}

const variants: Variant[] = [
  { name: 'default', template: html`<mg-form-comparer></mg-form-comparer>` },
  { name: 'highlight', template: html`<mg-form-comparer highlight="glycinate"></mg-form-comparer>` },
  { name: 'every form', template: html`<mg-form-comparer forms=${ALL_FORMS}></mg-form-comparer>` },
  { name: 'light theme', template: html`<mg-form-comparer theme="light" highlight="oxide"></mg-form-comparer>` },
  { name: 'dark theme', template: html`<mg-form-comparer theme="dark" highlight="glycinate"></mg-form-comparer>` },
  { name: 'Spanish', template: html`<mg-form-comparer lang="es" highlight="citrate"></mg-form-comparer>` },
  { name: 'cards', width: '400px', template: html`<mg-form-comparer highlight="glycinate"></mg-form-comparer>` },
  {
    name: 'cards, Spanish, dark',
    width: '360px',
    template: html`<mg-form-comparer lang="es" theme="dark" layout="cards" highlight="chloride"></mg-form-comparer>`,
  },
  {
    name: 'table in a narrow container',
    width: '400px',
    template: html`<mg-form-comparer layout="table"></mg-form-comparer>`,
  },
  {
    name: 'calculator over the limit',
    template: html`<mg-form-comparer life-stage="child-4-8"></mg-form-comparer>`,
    act: (el) => calculate(el, { amount: '1000', basis: 'compound', form: 'citrate' }),
  },
  {
    name: 'calculator over the limit, dark, Spanish, EU',
    template: html`<mg-form-comparer theme="dark" lang="es" region="eu"></mg-form-comparer>`,
    act: (el) => calculate(el, { amount: '300', basis: 'elemental' }),
  },
  {
    name: 'calculator with invalid input',
    template: html`<mg-form-comparer></mg-form-comparer>`,
    act: (el) => calculate(el, { amount: 'lots', servings: 'many' }),
  },
  {
    name: 'sources and guide open',
    template: html`<mg-form-comparer theme="dark"></mg-form-comparer>`,
    act: (el) => {
      for (const details of $$<HTMLDetailsElement>(el, 'details')) details.open = true;
    },
  },
  {
    name: 'one form left',
    template: html`<mg-form-comparer forms="oxide"></mg-form-comparer>`,
  },
];

describe('<mg-form-comparer> accessibility', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    expect(warnings.messages).to.deep.equal([]);
    warnings.restore();
  });

  describe('axe', () => {
    for (const variant of variants) {
      it(`passes axe: ${variant.name}`, async () => {
        const box = await fixture<HTMLDivElement>(
          html`<div style="width: ${variant.width ?? '900px'}">${variant.template}</div>`,
        );
        const el = box.querySelector('mg-form-comparer')!;
        await settle(el);
        await variant.act?.(el);
        await settle(el);
        expect(rowIds(el).length).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('names and roles', () => {
    it('has a named, focusable scroll region, a captioned table with column and row headers, and named controls', async () => {
      const el = await fixture<MgFormComparer>(html`<mg-form-comparer highlight="oxide"></mg-form-comparer>`);
      await settle(el);
      const region = $(el, '.scroller');
      expect(region.getAttribute('role')).to.equal('region');
      expect(text(el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!))).to.equal(en.title);
      expect(text($(el, 'caption'))).to.equal(en.title);
      expect($(el, 'table').getAttribute('aria-describedby')).to.equal('table-notes');
      const headers = $$(el, 'thead th');
      expect(headers.every((th) => th.getAttribute('scope') === 'col' && text(th).length > 0)).to.equal(true);
      expect($$(el, 'tbody th[scope="row"]')).to.have.length(6);
      for (const id of ['add-form', 'calc-form', 'calc-amount', 'calc-servings', 'calc-life-stage', 'calc-region'])
        expect(el.shadowRoot!.querySelector(`label[for="${id}"]`), id).to.not.equal(null);
      expect($<HTMLInputElement>(el, '#calc-amount').getAttribute('inputmode')).to.equal('decimal');
      expect(text($(el, 'fieldset.basis legend'))).to.equal(enView.calc.basis);
      expect($$(el, 'fieldset.basis input[type="radio"]')).to.have.length(2);
      for (const button of $$(el, 'button.remove')) expect(text(button)).to.match(/^✕ ?Remove magnesium /);
      expect($(el, '.calc').getAttribute('aria-labelledby')).to.equal('calc-title');
      expect($(el, '.safety').getAttribute('aria-labelledby')).to.equal('safety-title');
    });

    it('hides decorative bars and symbols from assistive technology', async () => {
      const el = await fixture<MgFormComparer>(html`<mg-form-comparer></mg-form-comparer>`);
      await settle(el);
      for (const bar of $$(el, '.bar')) expect(bar.getAttribute('aria-hidden')).to.equal('true');
      for (const label of $$(el, '.cell-label')) expect(label.getAttribute('aria-hidden')).to.equal('true');
    });
  });

  describe('keyboard', () => {
    it('can be used with the keyboard alone: scroll the table, remove and add forms, use the calculator', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div style="width: 800px"><button id="before">Before</button><mg-form-comparer></mg-form-comparer></div>`,
      );
      const el = box.querySelector('mg-form-comparer')!;
      await settle(el);
      const events: string[][] = [];
      el.addEventListener(MgFormsChangeEvent.eventName, (event) => events.push([...event.detail.forms]));
      box.querySelector<HTMLButtonElement>('#before')!.focus();

      // The table's region is the first stop; arrow keys scroll it sideways.
      await press('Tab');
      const scroller = $(el, '.scroller');
      expect(focused(el)).to.equal(scroller);
      await press('ArrowRight');
      await press('ArrowRight');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(scroller.scrollLeft).to.be.greaterThan(0);

      // Remove magnesium oxide: the focus moves to the next row's remove button.
      await tabTo(el, (e) => e.classList.contains('remove'));
      expect(focused(el)!.closest('tr')!.dataset.id).to.equal('oxide');
      await press('Enter');
      await settle(el);
      expect(rowIds(el)).to.not.include('oxide');
      expect(focused(el)).to.equal(row(el, 'citrate').querySelector('.remove'));
      await press('Space');
      await settle(el);
      expect(focused(el)).to.equal(row(el, 'glycinate').querySelector('.remove'));
      expect(events).to.deep.equal([
        ['citrate', 'glycinate', 'chloride', 'malate', 'l-threonate'],
        ['glycinate', 'chloride', 'malate', 'l-threonate'],
      ]);

      // Add a form: pick it in the select with the arrow keys, then the Add button.
      await tabTo(el, (e) => e.id === 'add-form');
      const select = $<HTMLSelectElement>(el, '#add-form');
      const firstOption = select.value;
      await press('ArrowDown');
      await settle(el);
      const picked = select.value;
      expect(picked).to.not.equal(firstOption);
      await press('Tab');
      expect(focused(el)!.classList.contains('add-button')).to.equal(true);
      await press('Enter');
      await settle(el);
      expect(rowIds(el)[rowIds(el).length - 1]).to.equal(picked);
      expect(focused(el)).to.equal($(el, '#add-form'));

      // The calculator: type the amount, choose "the whole compound" with the arrow keys.
      await tabTo(el, (e) => e.id === 'calc-amount');
      await sendKeys({ type: '500' });
      await settle(el);
      expect(results(el).perDay).to.equal(mg('en', 500));
      await tabTo(el, (e) => e.getAttribute('name') === 'calc-basis');
      expect((focused(el) as HTMLInputElement).value).to.equal('elemental');
      await press('ArrowUp');
      await settle(el);
      expect((focused(el) as HTMLInputElement).value).to.equal('compound');
      const formId = $<HTMLSelectElement>(el, '#calc-form').value;
      expect(results(el).perDay).to.equal(mg('en', elementalMg(set.byId.get(formId as 'oxide')!, 500)));

      // The label guide opens with Enter.
      await tabTo(el, (e) => e.localName === 'summary' && e.closest('.guide') !== null);
      await press('Enter');
      expect($<HTMLDetailsElement>(el, 'details.guide').open).to.equal(true);
    });

    it('reaches every control with Tab, in reading order, and nothing hidden', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div style="width: 1000px">
          <button id="before">Before</button><mg-form-comparer forms="hydroxide malate"></mg-form-comparer
          ><button id="after">After</button>
        </div>`,
      );
      const el = box.querySelector('mg-form-comparer')!;
      await settle(el);
      box.querySelector<HTMLButtonElement>('#before')!.focus();
      const stops: Element[] = [];
      for (let i = 0; i < 60; i++) {
        await press('Tab');
        if (document.activeElement !== el) break;
        stops.push(focused(el)!);
      }
      expect(document.activeElement!.id).to.equal('after');
      for (const stop of stops)
        expect((stop as HTMLElement).checkVisibility(), stop.outerHTML.slice(0, 80)).to.equal(true);
      // Radio buttons of one group are one stop (the checked one); a badge's pill is in its own shadow root, so the
      // comparer's active element is then the badge.
      const expected = $$(
        el,
        '.scroller, input:not([type="radio"]), input[type="radio"]:checked, select, button, summary, a[href], mg-evidence-badge',
      ).filter((control) => control.checkVisibility());
      expect(stops).to.deep.equal(expected);
    });

    it('shows a visible focus ring on keyboard focus', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div><button id="before">Before</button><mg-form-comparer></mg-form-comparer></div>`,
      );
      const el = box.querySelector('mg-form-comparer')!;
      await settle(el);
      box.querySelector<HTMLButtonElement>('#before')!.focus();
      await press('Tab');
      for (const element of [focused(el)!]) {
        const style = getComputedStyle(element);
        expect(style.outlineStyle).to.equal('solid');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      }
      await tabTo(el, (e) => e.classList.contains('remove'));
      const style = getComputedStyle(focused(el)!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });
});
