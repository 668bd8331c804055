/**
 * <mg-food-finder> accessibility: axe in every state (default, filtered, empty, sorted by name, details open, plate
 * with items, static, full dataset, narrow, Spanish, dark, metric), names and roles, and keyboard-only use.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { MgFoodFinder } from '../../src/components/food-finder/food-finder.js';
import { loadFoods } from '../../src/data/loaders.js';
import { foodName, queryFoods } from '../../src/data/index.js';
import { captureWarnings } from '../helpers.js';
import { $, $$, chip, en, rowIds, settle, sortButton, status, text } from './helpers.js';

const everyday = await loadFoods('everyday');

/** The element focused inside the finder's shadow root. */
function focused(el: MgFoodFinder): Element | null {
  return el.shadowRoot!.activeElement;
}

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Presses Tab until `match` is focused (at most `max` times); returns how many presses it took. */
async function tabTo(el: MgFoodFinder, match: (element: Element) => boolean, max = 80): Promise<number> {
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
  act?: (el: MgFoodFinder) => Promise<void> | void;
}

const variants: Variant[] = [
  { name: 'default', template: html`<mg-food-finder></mg-food-finder>` },
  { name: 'light theme', template: html`<mg-food-finder theme="light"></mg-food-finder>` },
  { name: 'dark theme', template: html`<mg-food-finder theme="dark" life-stage="female-19-30"></mg-food-finder>` },
  { name: 'Spanish', template: html`<mg-food-finder lang="es"></mg-food-finder>` },
  {
    name: 'Spanish, dark, metric',
    template: html`<mg-food-finder lang="es" theme="dark" units="metric"></mg-food-finder>`,
  },
  {
    name: 'filtered',
    template: html`<mg-food-finder query="beans" categories="legumes" diet="vegan" sort="100kcal"></mg-food-finder>`,
  },
  {
    name: 'empty',
    template: html`<mg-food-finder query="xyzzy" diet="vegan" categories="fish-seafood"></mg-food-finder>`,
  },
  {
    name: 'sorted by name, details open',
    template: html`<mg-food-finder></mg-food-finder>`,
    act: async (el) => {
      sortButton(el, en.columns.food).click();
      await settle(el);
      $<HTMLButtonElement>(el, 'tbody button.name').click();
    },
  },
  {
    name: 'plate with items',
    template: html`<mg-food-finder life-stage="male-31-50"></mg-food-finder>`,
    act: async (el) => {
      for (const button of $$<HTMLButtonElement>(el, 'tbody button.add').slice(0, 3)) button.click();
      await settle(el);
      $<HTMLButtonElement>(el, '.plate .add-one').click();
    },
  },
  {
    name: 'plate with items, dark',
    template: html`<mg-food-finder theme="dark" lang="es"></mg-food-finder>`,
    act: (el) => $<HTMLButtonElement>(el, 'tbody button.add').click(),
  },
  { name: 'static', template: html`<mg-food-finder static diet="vegan" limit="10"></mg-food-finder>` },
  {
    name: 'static, dark, Spanish',
    template: html`<mg-food-finder static theme="dark" lang="es" sort="100g"></mg-food-finder>`,
  },
  {
    name: 'full dataset loaded',
    template: html`<mg-food-finder dataset="full" query="almonds"></mg-food-finder>`,
    act: (el) => {
      el.everydayOnly = false;
    },
  },
  { name: 'narrow (360 px)', width: '360px', template: html`<mg-food-finder dataset="full"></mg-food-finder>` },
  {
    name: 'narrow, filters open, details and plate, dark',
    width: '360px',
    template: html`<mg-food-finder theme="dark" lang="es"></mg-food-finder>`,
    act: async (el) => {
      $<HTMLButtonElement>(el, '.filters-toggle').click();
      $<HTMLButtonElement>(el, 'tbody button.name').click();
      $<HTMLButtonElement>(el, 'tbody button.add').click();
    },
  },
  { name: 'narrow static', width: '320px', template: html`<mg-food-finder static></mg-food-finder>` },
];

describe('<mg-food-finder> accessibility', () => {
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
        const el = box.querySelector('mg-food-finder')!;
        await settle(el);
        await variant.act?.(el);
        await settle(el);
        expect(rowIds(el).length + $$(el, 'tr.empty').length).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('names and roles', () => {
    it('has a named search landmark, a captioned table with column and row headers, and named controls', async () => {
      const el = await fixture<MgFoodFinder>(html`<mg-food-finder dataset="full"></mg-food-finder>`);
      await settle(el);
      const form = $(el, 'form');
      expect(form.getAttribute('role')).to.equal('search');
      expect(form.getAttribute('aria-label')).to.equal(en.searchRegion);
      expect(text($(el, 'label[for="search"]'))).to.equal(en.searchLabel);
      expect(searchBox(el).getAttribute('aria-describedby')).to.equal('search-hint');
      expect(text($(el, 'fieldset.chips legend'))).to.equal(en.categoriesLabel);
      for (const id of ['diet', 'sort', 'life-stage'])
        expect(el.shadowRoot!.querySelector(`label[for="${id}"]`), id).to.not.equal(null);
      expect(text($(el, 'caption .visually-hidden'))).to.equal(en.sortHint);
      const headers = $$(el, 'thead th');
      expect(headers.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      expect(headers.every((th) => text(th).length > 0)).to.equal(true);
      expect($$(el, 'tbody th[scope="row"]')).to.have.length(10);
      expect(toggleOf(el).getAttribute('role')).to.equal('switch');
    });

    it('hides decorative bars and separators from assistive technology', async () => {
      const el = await fixture<MgFoodFinder>(html`<mg-food-finder></mg-food-finder>`);
      await settle(el);
      for (const bar of $$(el, 'tbody .bar')) expect(bar.getAttribute('aria-hidden')).to.equal('true');
      for (const icon of $$(el, 'svg')) expect(icon.getAttribute('aria-hidden')).to.equal('true');
    });
  });

  describe('keyboard', () => {
    it('can be used with the keyboard alone: search, filter, pick, sort, open details, add and remove', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div style="width: 1000px"><button id="before">Before</button><mg-food-finder></mg-food-finder></div>`,
      );
      const el = box.querySelector('mg-food-finder')!;
      await settle(el);
      box.querySelector<HTMLButtonElement>('#before')!.focus();

      await press('Tab');
      expect(focused(el)).to.equal(searchBox(el));
      await sendKeys({ type: 'beans' });
      await settle(el);
      expect(rowIds(el)).to.deep.equal(
        queryFoods(everyday, { query: 'beans', sort: 'serving', limit: 10 }).map((f) => f.id),
      );
      await press('Enter');
      await settle(el);
      expect(status(el)).to.contain('foods found');

      await press('Tab');
      expect(focused(el)).to.equal(chip(el, en.categories['nuts-seeds']));
      await press('Tab');
      expect(focused(el)).to.equal(chip(el, en.categories.legumes));
      await press('Space');
      await settle(el);
      expect(chip(el, en.categories.legumes).getAttribute('aria-pressed')).to.equal('true');
      expect(focused(el)).to.equal(chip(el, en.categories.legumes));

      await tabTo(el, (e) => e.id === 'diet');
      await press('ArrowDown');
      await settle(el);
      expect(el.diet).to.equal('vegan');
      const vegan = queryFoods(everyday, {
        query: 'beans',
        categories: ['legumes'],
        diet: 'vegan',
        sort: 'serving',
        limit: 10,
      });
      expect(rowIds(el)).to.deep.equal(vegan.map((f) => f.id));

      await tabTo(el, (e) => e.classList.contains('sort') && text(e).startsWith(en.columns.food));
      await press('Enter');
      await settle(el);
      expect($(el, 'thead th.food').getAttribute('aria-sort')).to.equal('ascending');
      expect(focused(el)).to.equal(sortButton(el, en.columns.food));

      await tabTo(el, (e) => e.classList.contains('name'));
      const name = focused(el) as HTMLButtonElement;
      const id = name.closest('tr')!.dataset.id!;
      await press('Enter');
      await settle(el);
      expect(name.getAttribute('aria-expanded')).to.equal('true');
      expect(focused(el)).to.equal(name);

      await press('Tab');
      expect(focused(el)!.classList.contains('add')).to.equal(true);
      expect(focused(el)!.closest('tr')!.dataset.id).to.equal(id);
      await press('Enter');
      await settle(el);
      expect(el.plate.items).to.deep.equal([{ foodId: id, servings: 1 }]);

      await tabTo(el, (e) => e.classList.contains('add-one'));
      await press('Space');
      await settle(el);
      expect(el.plate.items).to.deep.equal([{ foodId: id, servings: 2 }]);
      await sendKeys({ down: 'Shift' });
      await press('Tab');
      await sendKeys({ up: 'Shift' });
      expect(focused(el)!.classList.contains('remove-one')).to.equal(true);
      await press('Enter');
      await press('Enter');
      await settle(el);
      expect(el.plate.items).to.deep.equal([]);
      expect(focused(el)).to.equal($(el, '.plate-title'));
      expect(foodName(everyday.byId.get(id)!, 'en').length).to.be.greaterThan(0);
    });

    it('reaches every control with Tab, in reading order, and nothing hidden', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div style="width: 1000px">
          <button id="before">Before</button><mg-food-finder dataset="full" limit="3"></mg-food-finder
          ><button id="after">After</button>
        </div>`,
      );
      const el = box.querySelector('mg-food-finder')!;
      await settle(el);
      $<HTMLButtonElement>(el, 'tbody button.add').click();
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
      const expectedStops = $$(el, 'input, select, button').filter((control) => control.checkVisibility());
      expect(stops).to.deep.equal(expectedStops);
    });

    it('shows a visible focus ring on keyboard focus', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div><button id="before">Before</button><mg-food-finder></mg-food-finder></div>`,
      );
      const el = box.querySelector('mg-food-finder')!;
      await settle(el);
      box.querySelector<HTMLButtonElement>('#before')!.focus();
      await press('Tab');
      await press('Tab');
      const style = getComputedStyle(focused(el)!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it('toggles the everyday switch with Space', async () => {
      const el = await fixture<MgFoodFinder>(html`<mg-food-finder dataset="full"></mg-food-finder>`);
      await settle(el);
      toggleOf(el).focus();
      await press('Space');
      await settle(el);
      expect(toggleOf(el).checked).to.equal(false);
      expect(el.everydayOnly).to.equal(false);
      expect(text($(el, '.caption-title'))).to.equal(en.caption(true, '8,050'));
    });
  });
});

function searchBox(el: MgFoodFinder): HTMLInputElement {
  return $<HTMLInputElement>(el, 'input[type="search"]');
}

function toggleOf(el: MgFoodFinder): HTMLInputElement {
  return $<HTMLInputElement>(el, 'input[role="switch"]');
}
