/**
 * <mg-food-finder dataset="full">: the "everyday foods only" switch, the lazy load of the 8,050 USDA foods with a
 * loading state that keeps the table's size, and search over all of them. This file must not load the full
 * dataset before its first test (each test file runs in a page of its own).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { MgFoodFinder } from '../../src/components/food-finder/food-finder.js';
import { DATASET } from '../../src/data/generated/meta.js';
import { loadFoods } from '../../src/data/loaders.js';
import { foodName, queryFoods, searchFoods } from '../../src/data/index.js';
import type { Food } from '../../src/data/types.js';
import { formatNumber } from '../../src/i18n/index.js';
import { captureWarnings } from '../helpers.js';
import { $, $$, cell, en, es, rowIds, rows, settle, status, text, type } from './helpers.js';

const ids = (foods: readonly Food[]) => foods.map((food) => food.id);
const fullRequested = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('foods-full'));
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

function toggle(el: MgFoodFinder): HTMLInputElement {
  return $<HTMLInputElement>(el, 'input[role="switch"]');
}

describe('<mg-food-finder dataset="full">', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    expect(warnings.messages).to.deep.equal([]);
    warnings.restore();
  });

  it('lists the everyday foods with the switch on, without loading the full list', async () => {
    const el = await fixture<MgFoodFinder>(html`<mg-food-finder dataset="full"></mg-food-finder>`);
    await settle(el);
    const everyday = await loadFoods('everyday');
    expect(toggle(el).checked).to.equal(true);
    expect(text(toggle(el).closest('label'))).to.equal(en.everydayOnly);
    expect(text($(el, '#everyday-hint'))).to.equal(en.everydayOnlyHint('8,050'));
    expect(rowIds(el)).to.deep.equal(ids(queryFoods(everyday, { sort: 'serving', limit: 10 })));
    expect(fullRequested()).to.equal(false);
  });

  it('shows a loading state that keeps the table’s size, then all 8,050 foods', async () => {
    const el = await fixture<MgFoodFinder>(html`<mg-food-finder dataset="full"></mg-food-finder>`);
    await settle(el);
    const table = $<HTMLTableElement>(el, 'table');
    const height = table.getBoundingClientRect().height;
    toggle(el).click();
    await frame();
    expect(text($(el, '.loading'))).to.equal(en.loading('8,050'));
    expect(table.getAttribute('aria-busy')).to.equal('true');
    expect(table.inert).to.equal(true);
    expect(status(el)).to.equal(en.loading('8,050'));
    expect(table.getBoundingClientRect().height).to.equal(height);
    await settle(el);
    expect(fullRequested()).to.equal(true);
    const full = await loadFoods('full');
    expect(full.foods).to.have.length(DATASET.counts.full);
    expect(el.shadowRoot!.querySelector('.loading')).to.equal(null);
    expect(table.getAttribute('aria-busy')).to.equal('false');
    expect(table.inert).to.equal(false);
    expect(text($(el, '.caption-title'))).to.equal(en.caption(true, '8,050'));
    expect(rowIds(el)).to.deep.equal(ids(queryFoods(full, { sort: 'serving', limit: 10 })));
    expect(text($(el, '.count'))).to.equal(en.showing(8050, '10', '8,050'));
  });

  it('searches all 8,050 foods as the reader types', async () => {
    const el = await fixture<MgFoodFinder>(html`<mg-food-finder dataset="full"></mg-food-finder>`);
    el.everydayOnly = false;
    await settle(el);
    const full = await loadFoods('full');
    for (const query of ['a', 'al', 'alm', 'almonds', 'caribou', 'espinacas']) {
      await type(el, query);
      expect(rowIds(el), query).to.deep.equal(ids(queryFoods(full, { query, sort: 'serving', limit: 10 })));
    }
    const everyday = await loadFoods('everyday');
    expect(searchFoods(everyday, 'caribou')).to.have.length(0);
    await type(el, 'caribou');
    expect(rows(el).length).to.be.greaterThan(0);
    await type(el, 'almonds');
    const count = searchFoods(full, 'almonds').length;
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await el.updateComplete;
    expect(status(el)).to.equal(en.announce(count, formatNumber('en', count)));
  });

  it('marks USDA English names as English in Spanish, and keeps Spanish names of everyday foods', async () => {
    const el = await fixture<MgFoodFinder>(
      html`<mg-food-finder dataset="full" lang="es" query="almendras"></mg-food-finder>`,
    );
    el.everydayOnly = false;
    await settle(el);
    const full = await loadFoods('full');
    const found = queryFoods(full, { query: 'almendras', sort: 'serving' });
    expect(rowIds(el)).to.deep.equal(ids(found).slice(0, 10));
    await type(el, 'nuts almonds');
    for (const row of rows(el)) {
      const food = full.byId.get(row.dataset.id!)!;
      const name = row.querySelector('.name span')!;
      expect(name.textContent).to.equal(foodName(food, 'es'));
      expect(name.getAttribute('lang')).to.equal(food.name.es ? null : 'en');
    }
  });

  it('goes back to the everyday foods when the switch is turned on again', async () => {
    const el = await fixture<MgFoodFinder>(html`<mg-food-finder dataset="full" query="beans"></mg-food-finder>`);
    el.everydayOnly = false;
    await settle(el);
    toggle(el).click();
    await settle(el);
    const everyday = await loadFoods('everyday');
    expect(rowIds(el)).to.deep.equal(ids(queryFoods(everyday, { query: 'beans', sort: 'serving', limit: 10 })));
    expect(text($(el, '.caption-title'))).to.equal(en.caption(false, ''));
  });

  it('suggests searching all foods when the everyday list has no match', async () => {
    const el = await fixture<MgFoodFinder>(html`<mg-food-finder dataset="full" query="caribou"></mg-food-finder>`);
    await settle(el);
    const buttons = $$<HTMLButtonElement>(el, 'tr.empty button');
    expect(buttons.map(text)).to.deep.equal([en.clearSearch, en.searchAll('8,050')]);
    buttons[1]!.click();
    await settle(el);
    const full = await loadFoods('full');
    expect(toggle(el).checked).to.equal(false);
    expect(rowIds(el)).to.deep.equal(ids(queryFoods(full, { query: 'caribou', sort: 'serving', limit: 10 })));
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'input[type="search"]'));
  });

  it('ranks all foods in a static list', async () => {
    const el = await fixture<MgFoodFinder>(
      html`<mg-food-finder dataset="full" static sort="100g" lang="es" limit="5"></mg-food-finder>`,
    );
    await settle(el);
    const full = await loadFoods('full');
    expect(rowIds(el)).to.deep.equal(ids(queryFoods(full, { sort: '100g', limit: 5 })));
    expect(el.shadowRoot!.querySelector('input')).to.equal(null);
    expect(text($(el, '.caption-title'))).to.equal(es.staticCaption(5, '5', null, null, null, es.basis['100g']));
  });

  it('shows foods without a household serving honestly, and cannot add them to the plate', async () => {
    const el = await fixture<MgFoodFinder>(html`<mg-food-finder dataset="full" sort="100g"></mg-food-finder>`);
    el.everydayOnly = false;
    await settle(el);
    const full = await loadFoods('full');
    const noServing = queryFoods(full, { sort: '100g', limit: 10 }).find((food) => food.serving === null)!;
    expect(noServing, 'a top food without a serving').to.not.equal(undefined);
    const row = $(el, `tr[data-id="${noServing.id}"]`);
    expect(text(row.querySelector('.serving'))).to.equal(en.noServing);
    expect(cell(row as HTMLTableRowElement, 'mg')).to.equal(en.notAvailable);
    expect(row.querySelector('button.add')).to.equal(null);
  });
});
