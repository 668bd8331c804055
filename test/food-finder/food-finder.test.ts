/**
 * <mg-food-finder>: registration, attributes, search in both languages, every filter and ranking (checked against
 * the query API), limit and "Show more", announcements, the empty state, the life-stage picker and the reader
 * profile, languages, the static list, light-DOM fallback content and bad input.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/reader-profile/mg-reader-profile.js';
import { ANNOUNCE_DELAY, MgFoodFinder } from '../../src/components/food-finder/food-finder.js';
import type { MgReaderProfile } from '../../src/components/reader-profile/reader-profile.js';
import { DIETS, FOOD_CATEGORIES, FOOD_SORTS, LIFE_STAGE_IDS } from '../../src/data/enums.js';
import type { Diet, FoodCategory, Units } from '../../src/data/enums.js';
import { DATASET } from '../../src/data/generated/meta.js';
import { loadFoods } from '../../src/data/loaders.js';
import {
  foodName,
  intakeTarget,
  mgPerServing,
  percentDailyValue,
  percentOfRda,
  queryFoods,
  searchFoods,
  servingLabel,
  sortValue,
} from '../../src/data/index.js';
import type { FoodQuery } from '../../src/data/index.js';
import type { Food } from '../../src/data/types.js';
import type { MgProfileChangeEvent } from '../../src/events/profile-change.js';
import { formatNumber, formatPercent } from '../../src/i18n/index.js';
import { commonMessages } from '../../src/i18n/index.js';
import { defineElement } from '../../src/internal/define-element.js';
import { captureWarnings, nextFrames, uniqueTag } from '../helpers.js';
import '../reader-profile/reader-consumer.js';
import {
  $,
  $$,
  ariaSorts,
  cell,
  chip,
  choose,
  en,
  es,
  mg,
  plain,
  rowIds,
  rows,
  searchBox,
  settle,
  sortButton,
  status,
  text,
  type,
  wait,
} from './helpers.js';

const everyday = await loadFoods('everyday');
const ids = (foods: readonly Food[]) => foods.map((food) => food.id);
/** The first `limit` rows the finder should show for a query, from the query API. */
const expected = (query: FoodQuery, limit = 10) => ids(queryFoods(everyday, { sort: 'serving', ...query, limit }));
const EVERYDAY_COUNT = everyday.foods.length;

async function finder(template: ReturnType<typeof html>): Promise<MgFoodFinder> {
  const el = await fixture<MgFoodFinder>(template);
  await settle(el);
  return el;
}

describe('<mg-food-finder>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  describe('registration', () => {
    it('is defined and upgraded', async () => {
      const el = await finder(html`<mg-food-finder></mg-food-finder>`);
      expect(el).to.be.instanceOf(MgFoodFinder);
      expect(customElements.get('mg-food-finder')).to.equal(MgFoodFinder);
      expect(el.shadowRoot!.querySelector('table')).to.not.equal(null);
    });

    it('tolerates a second define of the same version', () => {
      expect(() => defineElement('mg-food-finder', class extends MgFoodFinder {})).not.to.throw();
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('defaults', () => {
    it('ranks the everyday foods per serving, 10 rows, with the Daily Value as the target', async () => {
      const el = await finder(html`<mg-food-finder></mg-food-finder>`);
      expect(rowIds(el)).to.deep.equal(expected({}));
      expect(text($(el, '.caption-title'))).to.equal(en.caption(false, ''));
      expect(text($(el, '.target'))).to.equal(plain(en.targetGeneral(mg('en', 420))));
      expect(ariaSorts(el)).to.deep.equal({ [en.columns.mg]: 'descending' });
      expect(plain(text($(el, '.count')))).to.equal(
        plain(en.showing(EVERYDAY_COUNT, '10', formatNumber('en', EVERYDAY_COUNT))),
      );
      expect(warnings.messages).to.deep.equal([]);
    });

    it('shows each row as the data API computes it: serving, mg, %DV (420 mg) and % of the need', async () => {
      const el = await finder(html`<mg-food-finder></mg-food-finder>`);
      const foods = queryFoods(everyday, { sort: 'serving', limit: 10 });
      rows(el).forEach((row, i) => {
        const food = foods[i]!;
        const perServing = mgPerServing(food, 'us')!;
        expect(cell(row, 'food')).to.equal(foodName(food, 'en'));
        expect(cell(row, 'serving')).to.equal(servingLabel(food, 'en', 'us'));
        expect(cell(row, 'mg')).to.equal(mg('en', perServing));
        expect(cell(row, 'dv')).to.equal(formatPercent('en', percentDailyValue(perServing)));
        expect(cell(row, 'need')).to.equal(formatPercent('en', percentOfRda(perServing)));
      });
    });

    it('draws each bar at the % of need, capped at 100%', async () => {
      const el = await finder(html`<mg-food-finder life-stage="child-1-3"></mg-food-finder>`);
      const food = queryFoods(everyday, { sort: 'serving', limit: 1 })[0]!;
      const percent = percentOfRda(mgPerServing(food)!, 'child-1-3');
      expect(percent).to.be.greaterThan(100);
      const bar = rows(el)[0]!.querySelector<HTMLElement>('.bar')!;
      const fill = bar.querySelector<HTMLElement>('.fill')!;
      expect(fill.getBoundingClientRect().width).to.be.closeTo(bar.clientWidth, 1);
      const second = rows(el)[9]!;
      const food10 = queryFoods(everyday, { sort: 'serving', limit: 10 })[9]!;
      const p10 = percentOfRda(mgPerServing(food10)!, 'child-1-3');
      const bar10 = second.querySelector<HTMLElement>('.bar')!;
      const expectedWidth = (Math.min(100, p10) / 100) * bar10.clientWidth;
      expect(second.querySelector<HTMLElement>('.fill')!.getBoundingClientRect().width).to.be.closeTo(expectedWidth, 1);
    });
  });

  describe('attributes', () => {
    it('shows metric servings and ranks by them with units="metric"', async () => {
      const el = await finder(html`<mg-food-finder units="metric"></mg-food-finder>`);
      const foods = queryFoods(everyday, { sort: 'serving', units: 'metric', limit: 10 });
      expect(rowIds(el)).to.deep.equal(ids(foods));
      rows(el).forEach((row, i) => {
        expect(cell(row, 'serving')).to.equal(servingLabel(foods[i]!, 'en', 'metric'));
        expect(cell(row, 'mg')).to.equal(mg('en', mgPerServing(foods[i]!, 'metric')!));
      });
    });

    it('follows the units of the reader profile, and its own attribute over it', async () => {
      const profile = await fixture<MgReaderProfile>(
        html`<mg-reader-profile units="metric">
          <mg-food-finder id="a"></mg-food-finder><mg-food-finder id="b" units="us"></mg-food-finder>
        </mg-reader-profile>`,
      );
      const [a, b] = [profile.querySelector<MgFoodFinder>('#a')!, profile.querySelector<MgFoodFinder>('#b')!];
      await settle(a, b);
      const first = queryFoods(everyday, { sort: 'serving', units: 'metric', limit: 1 })[0]!;
      expect(cell(rows(a)[0]!, 'serving')).to.equal(servingLabel(first, 'en', 'metric'));
      expect(rowIds(b)).to.deep.equal(expected({ units: 'us' }));
    });

    it('uses the RDA/AI of life-stage for % of need, and says which target', async () => {
      const el = await finder(html`<mg-food-finder life-stage="female-19-30"></mg-food-finder>`);
      const target = intakeTarget('female-19-30');
      expect(target.mg).to.equal(310);
      expect(text($(el, '.target'))).to.equal(
        plain(en.target(mg('en', 310), 'RDA', commonMessages('en').lifeStages['female-19-30'])),
      );
      expect(text($(el, 'thead th.need'))).to.equal(plain(en.columns.need(mg('en', 310))));
      const food = queryFoods(everyday, { sort: 'serving', limit: 1 })[0]!;
      expect(cell(rows(el)[0]!, 'need')).to.equal(
        formatPercent('en', percentOfRda(mgPerServing(food)!, 'female-19-30')),
      );
      el.lifeStage = 'infant-7-12m';
      await settle(el);
      expect(text($(el, '.target'))).to.equal(
        plain(en.target(mg('en', 75), 'AI', commonMessages('en').lifeStages['infant-7-12m'])),
      );
    });

    it('reads the query, categories, diet and sort attributes', async () => {
      const el = await finder(
        html`<mg-food-finder query="seeds" categories="nuts-seeds" diet="vegan" sort="100kcal"></mg-food-finder>`,
      );
      expect(searchBox(el).value).to.equal('seeds');
      expect(rowIds(el)).to.deep.equal(
        expected({ query: 'seeds', categories: ['nuts-seeds'], diet: 'vegan', sort: '100kcal' }),
      );
      expect(chip(el, en.categories['nuts-seeds']).getAttribute('aria-pressed')).to.equal('true');
      expect($<HTMLSelectElement>(el, '#diet').value).to.equal('vegan');
      expect($<HTMLSelectElement>(el, '#sort').value).to.equal('100kcal');
    });

    it('restores the defaults when attributes are removed', async () => {
      const el = await finder(
        html`<mg-food-finder diet="vegan" sort="100g" categories="legumes" limit="3"></mg-food-finder>`,
      );
      expect(rowIds(el)).to.have.length(3);
      for (const name of ['diet', 'sort', 'categories', 'limit']) el.removeAttribute(name);
      await settle(el);
      expect(rowIds(el)).to.deep.equal(expected({}));
      expect($<HTMLSelectElement>(el, '#diet').value).to.equal('any');
      expect($<HTMLSelectElement>(el, '#sort').value).to.equal('serving');
    });

    it('reflects static, and treats the reader’s changes as property changes (attributes untouched)', async () => {
      const el = await finder(html`<mg-food-finder></mg-food-finder>`);
      el.static = true;
      await settle(el);
      expect(el.hasAttribute('static')).to.equal(true);
      el.static = false;
      await settle(el);
      await choose(el, 'diet', 'vegan');
      expect(el.diet).to.equal('vegan');
      expect(el.hasAttribute('diet')).to.equal(false);
    });
  });

  describe('search', () => {
    it('finds foods by English names', async () => {
      const el = await finder(html`<mg-food-finder></mg-food-finder>`);
      await type(el, 'almonds');
      expect(rowIds(el)).to.deep.equal(expected({ query: 'almonds' }));
      expect(rowIds(el).length).to.be.greaterThan(0);
      expect(cell(rows(el)[0]!, 'food').toLowerCase()).to.contain('almond');
    });

    it('finds foods by Spanish names, and shows them in the page language', async () => {
      const el = await finder(html`<mg-food-finder></mg-food-finder>`);
      await type(el, 'espinacas');
      const spinach = queryFoods(everyday, { query: 'espinacas', sort: 'serving' });
      expect(spinach.length).to.be.greaterThan(0);
      expect(rowIds(el)).to.deep.equal(ids(spinach).slice(0, 10));
      expect(cell(rows(el)[0]!, 'food')).to.equal(foodName(spinach[0]!, 'en'));
      const spanish = await finder(html`<mg-food-finder lang="es" query="spinach"></mg-food-finder>`);
      expect(cell(rows(spanish)[0]!, 'food')).to.equal(
        foodName(queryFoods(everyday, { query: 'spinach', sort: 'serving' })[0]!, 'es'),
      );
    });

    it('forgives accents and plurals', async () => {
      const el = await finder(html`<mg-food-finder></mg-food-finder>`);
      const pairs = [
        ['salmón', 'salmon'],
        ['frijol', 'frijoles'],
        ['almendra', 'Almendras'],
        ['tomato', 'tomatoes'],
      ];
      for (const [a, b] of pairs) {
        await type(el, a!);
        const first = rowIds(el);
        await type(el, b!);
        expect(rowIds(el), `${a} / ${b}`).to.deep.equal(first);
        expect(first.length, a).to.be.greaterThan(0);
        expect(first).to.deep.equal(expected({ query: a }));
      }
    });

    it('updates the table on every keystroke, without waiting', async () => {
      const el = await finder(html`<mg-food-finder></mg-food-finder>`);
      for (const query of ['b', 'be', 'bea', 'bean', 'beans']) {
        await type(el, query);
        expect(rowIds(el), query).to.deep.equal(expected({ query }));
      }
    });

    it('announces the count once the reader pauses, not on every keystroke', async () => {
      const el = await finder(html`<mg-food-finder></mg-food-finder>`);
      const region = $(el, '.root > [role="status"]');
      expect(region.getAttribute('role')).to.equal('status');
      const changes: string[] = [];
      const observer = new MutationObserver(() => changes.push(text(region)));
      observer.observe(region, { childList: true, subtree: true, characterData: true });
      for (const query of ['l', 'le', 'len', 'lent', 'lenti', 'lentil']) {
        await type(el, query);
        await wait(40);
      }
      expect(status(el)).to.equal('');
      await wait(ANNOUNCE_DELAY + 100);
      await el.updateComplete;
      observer.disconnect();
      const count = searchFoods(everyday, 'lentil').length;
      expect(status(el)).to.equal(en.announce(count, formatNumber('en', count)));
      expect(changes.filter(Boolean)).to.have.length(1);
    });

    it('announces at once when the reader presses Enter', async () => {
      const el = await finder(html`<mg-food-finder></mg-food-finder>`);
      await type(el, 'milk');
      $<HTMLFormElement>(el, 'form').requestSubmit();
      await el.updateComplete;
      const count = searchFoods(everyday, 'milk').length;
      expect(status(el)).to.equal(en.announce(count, formatNumber('en', count)));
    });

    it('does not announce on the first render', async () => {
      const el = await finder(html`<mg-food-finder query="tofu"></mg-food-finder>`);
      await wait(ANNOUNCE_DELAY + 100);
      expect(status(el)).to.equal('');
    });
  });

  describe('filters', () => {
    for (const category of FOOD_CATEGORIES) {
      it(`filters by the ${category} toggle`, async () => {
        const el = await finder(html`<mg-food-finder></mg-food-finder>`);
        const button = chip(el, en.categories[category]);
        expect(button.getAttribute('aria-pressed')).to.equal('false');
        button.click();
        await settle(el);
        expect(button.getAttribute('aria-pressed')).to.equal('true');
        expect(el.categories).to.equal(category);
        expect(rowIds(el)).to.deep.equal(expected({ categories: [category] }));
        button.click();
        await settle(el);
        expect(button.getAttribute('aria-pressed')).to.equal('false');
        expect(rowIds(el)).to.deep.equal(expected({}));
      });
    }

    it('combines several food groups', async () => {
      const el = await finder(html`<mg-food-finder></mg-food-finder>`);
      chip(el, en.categories.legumes).click();
      chip(el, en.categories.fruits).click();
      await settle(el);
      const wanted: FoodCategory[] = ['legumes', 'fruits'];
      expect(rowIds(el)).to.deep.equal(expected({ categories: wanted }));
      expect(new Set(rows(el).map((row) => everyday.byId.get(row.dataset.id!)!.category))).to.deep.equal(
        new Set(wanted),
      );
    });

    for (const diet of DIETS) {
      it(`filters by the ${diet} diet`, async () => {
        const el = await finder(html`<mg-food-finder></mg-food-finder>`);
        await choose(el, 'diet', diet);
        expect(rowIds(el)).to.deep.equal(expected({ diet: diet as Diet }));
        if (diet !== 'any') {
          for (const id of rowIds(el)) expect(everyday.byId.get(id)!.diets).to.include(diet);
        }
      });
    }

    it('combines search, food groups and diet', async () => {
      const el = await finder(html`<mg-food-finder></mg-food-finder>`);
      await type(el, 'beans');
      chip(el, en.categories.legumes).click();
      await choose(el, 'diet', 'vegan');
      expect(rowIds(el)).to.deep.equal(expected({ query: 'beans', categories: ['legumes'], diet: 'vegan' }));
    });

    it('clears the search and filters with "Clear filters", and puts the focus in the search box', async () => {
      const el = await finder(html`<mg-food-finder query="rice" diet="vegan" categories="grains"></mg-food-finder>`);
      const clear = $<HTMLButtonElement>(el, 'button.clear-filters');
      expect(text(clear)).to.equal(en.clearFilters);
      clear.click();
      await settle(el);
      expect(rowIds(el)).to.deep.equal(expected({}));
      expect(searchBox(el).value).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(searchBox(el));
      expect(el.shadowRoot!.querySelector('button.clear-filters')).to.equal(null);
    });
  });

  describe('ranking and sorting', () => {
    for (const sort of FOOD_SORTS) {
      it(`ranks by ${sort} from the "Rank by" picker`, async () => {
        const el = await finder(html`<mg-food-finder></mg-food-finder>`);
        await choose(el, 'sort', sort);
        expect(rowIds(el)).to.deep.equal(expected({ sort }));
        const foods = queryFoods(everyday, { sort, limit: 10 });
        if (sort === 'serving') {
          expect(el.shadowRoot!.querySelector('.basis')).to.equal(null);
          expect(ariaSorts(el)).to.deep.equal({ [en.columns.mg]: 'descending' });
        } else {
          const label = sort === '100g' ? en.columns.per100g : en.columns.per100kcal;
          expect(ariaSorts(el)).to.deep.equal({ [label]: 'descending' });
          rows(el).forEach((row, i) => expect(cell(row, 'basis')).to.equal(mg('en', sortValue(foods[i]!, sort)!)));
        }
      });
    }

    it('sorts by food name from the header, then reverses', async () => {
      const el = await finder(html`<mg-food-finder diet="vegan"></mg-food-finder>`);
      const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
      const byName = searchFoods(everyday, '', { diet: 'vegan' }).sort(
        (a, b) => collator.compare(foodName(a, 'en'), foodName(b, 'en')) || (a.id < b.id ? -1 : 1),
      );
      sortButton(el, en.columns.food).click();
      await settle(el);
      expect(rowIds(el)).to.deep.equal(ids(byName).slice(0, 10));
      expect(ariaSorts(el)).to.deep.equal({ [en.columns.food]: 'ascending' });
      expect($<HTMLSelectElement>(el, '#sort').value).to.equal('name');
      sortButton(el, en.columns.food).click();
      await settle(el);
      expect(rowIds(el)).to.deep.equal(ids([...byName].reverse()).slice(0, 10));
      expect(ariaSorts(el)).to.deep.equal({ [en.columns.food]: 'descending' });
    });

    it('sorts by name in Spanish with Spanish collation', async () => {
      const el = await finder(html`<mg-food-finder lang="es" categories="fruits"></mg-food-finder>`);
      sortButton(el, es.columns.food).click();
      await settle(el);
      const collator = new Intl.Collator('es', { sensitivity: 'base', numeric: true });
      const byName = searchFoods(everyday, '', { categories: ['fruits'] }).sort(
        (a, b) => collator.compare(foodName(a, 'es'), foodName(b, 'es')) || (a.id < b.id ? -1 : 1),
      );
      expect(rowIds(el)).to.deep.equal(ids(byName).slice(0, 10));
    });

    it('reverses the magnesium ranking from its header (foods without a value stay last)', async () => {
      const el = await finder(html`<mg-food-finder sort="100kcal"></mg-food-finder>`);
      sortButton(el, en.columns.per100kcal).click();
      await settle(el);
      const ranked = queryFoods(everyday, { sort: '100kcal' });
      const ascending = [
        ...ranked.filter((f) => sortValue(f, '100kcal') !== null).reverse(),
        ...ranked.filter((f) => sortValue(f, '100kcal') === null),
      ];
      expect(rowIds(el)).to.deep.equal(ids(ascending).slice(0, 10));
      expect(ariaSorts(el)).to.deep.equal({ [en.columns.per100kcal]: 'ascending' });
      sortButton(el, en.columns.mg).click();
      await settle(el);
      expect(rowIds(el)).to.deep.equal(expected({ sort: 'serving' }));
      expect(ariaSorts(el)).to.deep.equal({ [en.columns.mg]: 'descending' });
      expect(el.shadowRoot!.querySelector('.basis')).to.equal(null);
    });

    it('goes back to the magnesium ranking from the picker after a name sort', async () => {
      const el = await finder(html`<mg-food-finder></mg-food-finder>`);
      sortButton(el, en.columns.food).click();
      await settle(el);
      await choose(el, 'sort', '100g');
      expect(rowIds(el)).to.deep.equal(expected({ sort: '100g' }));
      expect([...$<HTMLSelectElement>(el, '#sort').options].map((o) => o.value)).to.deep.equal([...FOOD_SORTS]);
    });
  });

  describe('limit and "Show more"', () => {
    it('shows limit rows, then limit more per press, and moves the focus to the first new row', async () => {
      const el = await finder(html`<mg-food-finder limit="4" categories="legumes"></mg-food-finder>`);
      const all = ids(queryFoods(everyday, { sort: 'serving', categories: ['legumes'] }));
      expect(rowIds(el)).to.deep.equal(all.slice(0, 4));
      const more = $<HTMLButtonElement>(el, 'button.show-more');
      expect(text(more)).to.equal(en.showMore('4'));
      more.click();
      await settle(el);
      expect(rowIds(el)).to.deep.equal(all.slice(0, 8));
      const focused = el.shadowRoot!.activeElement!;
      expect(focused.closest('tr')!.dataset.id).to.equal(all[4]);
      expect(focused.classList.contains('name')).to.equal(true);
      expect(plain(text($(el, '.count')))).to.equal(en.showing(all.length, '8', String(all.length)));
      while (el.shadowRoot!.querySelector('button.show-more')) {
        $<HTMLButtonElement>(el, 'button.show-more').click();
        await settle(el);
      }
      expect(rowIds(el)).to.deep.equal(all);
      expect(text($(el, '.count'))).to.equal(en.showing(all.length, String(all.length), String(all.length)));
    });

    it('starts again from limit rows when the search changes', async () => {
      const el = await finder(html`<mg-food-finder limit="3"></mg-food-finder>`);
      $<HTMLButtonElement>(el, 'button.show-more').click();
      await settle(el);
      expect(rows(el)).to.have.length(6);
      await type(el, 'cheese');
      expect(rowIds(el)).to.deep.equal(expected({ query: 'cheese' }, 3));
    });

    it('accepts the bounds 1 and 100', async () => {
      const el = await finder(html`<mg-food-finder limit="1"></mg-food-finder>`);
      expect(rows(el)).to.have.length(1);
      el.limit = 100;
      await settle(el);
      expect(rowIds(el)).to.deep.equal(expected({}, 100));
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('empty state', () => {
    it('suggests clearing the search, and says names work in both languages', async () => {
      const el = await finder(html`<mg-food-finder></mg-food-finder>`);
      await type(el, 'xyzzy');
      expect(rows(el)).to.have.length(0);
      const message = $(el, 'tr.empty');
      expect(text(message)).to.contain(en.emptyQuery('xyzzy'));
      expect(text(message)).to.contain(en.languageTip);
      expect(text($(el, '.count'))).to.equal(en.showing(0, '0', '0'));
      const clear = $$<HTMLButtonElement>(el, 'tr.empty button');
      expect(clear.map(text)).to.deep.equal([en.clearSearch]);
      clear[0]!.click();
      await settle(el);
      expect(rowIds(el)).to.deep.equal(expected({}));
      expect(el.shadowRoot!.activeElement).to.equal(searchBox(el));
    });

    it('suggests clearing the food groups and the diet', async () => {
      const el = await finder(html`<mg-food-finder categories="meat-poultry" diet="vegan"></mg-food-finder>`);
      expect(text($(el, 'tr.empty'))).to.contain(en.emptyFilters);
      const buttons = $$<HTMLButtonElement>(el, 'tr.empty button');
      expect(buttons.map(text)).to.deep.equal([en.allGroups, en.anyDiet]);
      buttons[1]!.click();
      await settle(el);
      expect(rowIds(el)).to.deep.equal(expected({ categories: ['meat-poultry'] }));
    });

    it('spans the whole table', async () => {
      const el = await finder(html`<mg-food-finder query="xyzzy" sort="100g"></mg-food-finder>`);
      expect($(el, 'tr.empty td').getAttribute('colspan')).to.equal(String($$(el, 'thead th').length));
    });
  });

  describe('life-stage picker and the reader profile', () => {
    it('offers every life stage in groups, and "adult, general"', async () => {
      const el = await finder(html`<mg-food-finder></mg-food-finder>`);
      const select = $<HTMLSelectElement>(el, '#life-stage');
      expect([...select.options].map((o) => o.value)).to.have.members(['', ...LIFE_STAGE_IDS]);
      expect(select.querySelectorAll('optgroup').length).to.equal(5);
      expect(text(select.closest('.field')!.querySelector('label'))).to.equal(commonMessages('en').profile.lifeStage);
    });

    it('writes the choice to the profile, and a second widget under it follows', async () => {
      const profile = await fixture<MgReaderProfile>(
        html`<mg-reader-profile>
          <mg-food-finder id="a"></mg-food-finder>
          <section><mg-food-finder id="b" static></mg-food-finder><test-reader></test-reader></section>
        </mg-reader-profile>`,
      );
      const a = profile.querySelector<MgFoodFinder>('#a')!;
      const b = profile.querySelector<MgFoodFinder>('#b')!;
      await settle(a, b);
      const changed = oneEvent(profile, 'mg-profile-change') as Promise<MgProfileChangeEvent>;
      await choose(a, 'life-stage', 'female-19-30');
      expect((await changed).detail.lifeStage).to.equal('female-19-30');
      await settle(a, b, profile.querySelector('test-reader')!);
      expect(profile.lifeStage).to.equal('female-19-30');
      expect(text($(b, 'thead th.need'))).to.equal(plain(en.columns.need(mg('en', 310))));
      const food = everyday.byId.get(rowIds(b)[0]!)!;
      expect(cell(rows(b)[0]!, 'need')).to.equal(
        formatPercent('en', percentOfRda(mgPerServing(food)!, 'female-19-30')),
      );
      expect(text(profile.querySelector('test-reader')!.shadowRoot!)).to.equal('female-19-30|en|us|us|auto');
      expect(a.lifeStage ?? null).to.equal(null);
      await choose(a, 'life-stage', '');
      await settle(b);
      expect(profile.lifeStage ?? null).to.equal(null);
      expect(text($(b, 'thead th.need'))).to.equal(plain(en.columns.need(mg('en', 420))));
    });

    it('follows a profile change made elsewhere, in its picker too', async () => {
      const profile = await fixture<MgReaderProfile>(
        html`<mg-reader-profile><mg-food-finder></mg-food-finder></mg-reader-profile>`,
      );
      const el = profile.querySelector('mg-food-finder')!;
      await settle(el);
      profile.lifeStage = 'pregnant-31-50';
      await settle(profile, el);
      expect($<HTMLSelectElement>(el, '#life-stage').value).to.equal('pregnant-31-50');
      expect(text($(el, 'thead th.need'))).to.equal(plain(en.columns.need(mg('en', 360))));
    });

    it('with its own life-stage, follows the reader’s pick too', async () => {
      const profile = await fixture<MgReaderProfile>(
        html`<mg-reader-profile><mg-food-finder life-stage="male-19-30"></mg-food-finder></mg-reader-profile>`,
      );
      const el = profile.querySelector('mg-food-finder')!;
      await settle(el);
      await choose(el, 'life-stage', 'child-9-13');
      await settle(profile, el);
      expect(profile.lifeStage).to.equal('child-9-13');
      expect(text($(el, 'thead th.need'))).to.equal(plain(en.columns.need(mg('en', 240))));
    });

    it('without a profile, applies the choice to itself alone', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><mg-food-finder id="a"></mg-food-finder><mg-food-finder id="b"></mg-food-finder></div>`,
      );
      const [a, b] = [wrapper.querySelector<MgFoodFinder>('#a')!, wrapper.querySelector<MgFoodFinder>('#b')!];
      await settle(a, b);
      await choose(a, 'life-stage', 'male-14-18');
      await settle(b);
      expect(text($(a, 'thead th.need'))).to.equal(plain(en.columns.need(mg('en', 410))));
      expect(text($(b, 'thead th.need'))).to.equal(plain(en.columns.need(mg('en', 420))));
    });

    it('gets the profile when the provider upgrades late', async () => {
      const tag = uniqueTag('late-profile');
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const provider = document.createElement(tag);
      provider.setAttribute('life-stage', 'female-31-50');
      const el = document.createElement('mg-food-finder');
      provider.append(el);
      wrapper.append(provider);
      await settle(el);
      expect(text($(el, 'thead th.need'))).to.equal(plain(en.columns.need(mg('en', 420))));
      const { MgReaderProfile: Profile } = await import('../../src/components/reader-profile/reader-profile.js');
      customElements.define(tag, class extends Profile {});
      await settle(provider, el);
      expect(text($(el, 'thead th.need'))).to.equal(plain(en.columns.need(mg('en', 320))));
    });
  });

  describe('languages', () => {
    it('renders in Spanish with lang="es": texts, names, servings and numbers', async () => {
      const el = await finder(html`<mg-food-finder lang="es" life-stage="female-19-30"></mg-food-finder>`);
      const foods = queryFoods(everyday, { sort: 'serving', limit: 10 });
      expect(text($(el, '.caption-title'))).to.equal(es.caption(false, ''));
      expect(text($(el, 'label[for="search"]'))).to.equal(es.searchLabel);
      expect(text($(el, 'thead th.need'))).to.equal(plain(es.columns.need(mg('es', 310))));
      const row = rows(el)[0]!;
      const perServing = mgPerServing(foods[0]!)!;
      expect(cell(row, 'food')).to.equal(foodName(foods[0]!, 'es'));
      expect(cell(row, 'serving')).to.equal(servingLabel(foods[0]!, 'es', 'us'));
      expect(cell(row, 'dv')).to.equal(plain(formatPercent('es', percentDailyValue(perServing))));
      expect(cell(row, 'dv')).to.match(/^\d+ %$/);
      expect(text($(el, '.sources'))).to.contain(DATASET.sources.foods.es);
      expect(chip(el, es.categories.legumes).getAttribute('aria-pressed')).to.equal('false');
    });

    it('re-renders when an ancestor lang changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><mg-food-finder></mg-food-finder></div>`);
      const el = wrapper.querySelector('mg-food-finder')!;
      await settle(el);
      expect(text($(el, '.caption-title'))).to.equal(en.caption(false, ''));
      wrapper.setAttribute('lang', 'es-MX');
      await settle(el);
      expect(text($(el, '.caption-title'))).to.equal(es.caption(false, ''));
      expect($(el, '.root').getAttribute('lang')).to.equal('es');
    });

    it('keeps the reader’s search when the language changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><mg-food-finder></mg-food-finder></div>`);
      const el = wrapper.querySelector('mg-food-finder')!;
      await settle(el);
      await type(el, 'lentils');
      wrapper.setAttribute('lang', 'es');
      await settle(el);
      expect(searchBox(el).value).to.equal('lentils');
      expect(rowIds(el)).to.deep.equal(expected({ query: 'lentils' }));
    });
  });

  describe('static', () => {
    it('is a ranked list with a caption and the sources line, and no controls', async () => {
      const el = await finder(html`<mg-food-finder static diet="vegan" limit="10"></mg-food-finder>`);
      expect(rowIds(el)).to.deep.equal(expected({ diet: 'vegan' }));
      expect(el.shadowRoot!.querySelectorAll('button, input, select, form').length).to.equal(0);
      expect(el.shadowRoot!.querySelector('.plate')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
      expect(text($(el, '.caption-title'))).to.equal('Top 10 vegan foods for magnesium, per serving');
      expect(text($(el, '.caption-title'))).to.equal(en.staticCaption(10, '10', 'vegan', null, null, en.basis.serving));
      expect(ariaSorts(el)).to.deep.equal({ [en.columns.mg]: 'descending' });
      const sources = text($(el, '[part~="sources"]'));
      expect(sources).to.contain(DATASET.sources.foods.en);
      expect(sources).to.contain(plain(en.dvBasis(mg('en', 420))));
      expect(sources).to.contain(DATASET.version);
    });

    it('describes its groups, search and ranking in the caption, in Spanish too', async () => {
      const el = await finder(
        html`<mg-food-finder
          static
          lang="es"
          categories="legumes nuts-seeds"
          sort="100kcal"
          limit="5"
        ></mg-food-finder>`,
      );
      expect(rowIds(el)).to.deep.equal(expected({ categories: ['legumes', 'nuts-seeds'], sort: '100kcal' }, 5));
      expect(text($(el, '.caption-title'))).to.equal(
        es.staticCaption(5, '5', null, 'frijoles y legumbres y frutos secos y semillas', null, es.basis['100kcal']),
      );
    });

    it('shows fewer rows than limit when fewer foods match, and says how many', async () => {
      const el = await finder(html`<mg-food-finder static query="rice" limit="20"></mg-food-finder>`);
      const count = searchFoods(everyday, 'rice').length;
      expect(count).to.be.within(2, 19);
      expect(rows(el)).to.have.length(count);
      expect(text($(el, '.caption-title'))).to.equal(
        en.staticCaption(count, String(count), null, null, 'rice', en.basis.serving),
      );
      expect(text($(el, '.caption-title'))).to.equal(`Top ${count} foods for magnesium matching “rice”, per serving`);
      el.query = 'tofu';
      await settle(el);
      expect(rows(el)).to.have.length(searchFoods(everyday, 'tofu').length);
      expect(text($(el, '.caption-title'))).to.equal('Top food for magnesium matching “tofu”, per serving');
    });

    it('follows the reader profile', async () => {
      const profile = await fixture<MgReaderProfile>(
        html`<mg-reader-profile life-stage="lactating-19-30" units="metric"
          ><mg-food-finder static></mg-food-finder
        ></mg-reader-profile>`,
      );
      const el = profile.querySelector('mg-food-finder')!;
      await settle(el);
      expect(rowIds(el)).to.deep.equal(expected({ units: 'metric' }));
      expect(text($(el, 'thead th.need'))).to.equal(plain(en.columns.need(mg('en', 310))));
    });
  });

  describe('light-DOM fallback content', () => {
    it('shows the publisher’s table until the element upgrades, then hides it and keeps it in the document', async () => {
      const tag = uniqueTag('mg-food-finder-late');
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement(tag);
      el.setAttribute('static', '');
      const table = document.createElement('table');
      table.innerHTML = '<caption>Top foods</caption><tr><th>Pumpkin seeds</th><td>156 mg</td></tr>';
      el.append(table);
      wrapper.append(el);
      expect(table.checkVisibility()).to.equal(true);
      customElements.define(tag, class extends MgFoodFinder {});
      await settle(el);
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(table.isConnected).to.equal(true);
      expect(el.querySelector('caption')!.textContent).to.equal('Top foods');
      expect(table.checkVisibility()).to.equal(false);
      expect(rows(el as MgFoodFinder).length).to.equal(10);
    });
  });

  describe('bad input', () => {
    const validCategories = FOOD_CATEGORIES.join(', ');

    it('warns for unknown categories, keeps the valid ones', async () => {
      const el = await finder(html`<mg-food-finder categories="nuts legumes fruit"></mg-food-finder>`);
      expect(warnings.messages).to.deep.equal([
        `<mg-food-finder>: categories="nuts" is not valid. Valid values: ${validCategories}. Did you mean "nuts-seeds"? Using the valid tokens only.`,
        `<mg-food-finder>: categories="fruit" is not valid. Valid values: ${validCategories}. Did you mean "fruits"? Using the valid tokens only.`,
      ]);
      expect(rowIds(el)).to.deep.equal(expected({ categories: ['legumes'] }));
    });

    it('warns for an unknown diet and uses any', async () => {
      const el = await finder(html`<mg-food-finder diet="vegann"></mg-food-finder>`);
      expect(warnings.messages).to.deep.equal([
        '<mg-food-finder>: diet="vegann" is not valid. Valid values: any, vegan, vegetarian, pescatarian. Did you mean "vegan"? Using "any".',
      ]);
      expect(rowIds(el)).to.deep.equal(expected({}));
    });

    it('warns for an unknown sort and ranks per serving', async () => {
      const el = await finder(html`<mg-food-finder sort="popularity"></mg-food-finder>`);
      expect(warnings.messages).to.deep.equal([
        '<mg-food-finder>: sort="popularity" is not valid. Valid values: serving, 100g, 100kcal. Using "serving".',
      ]);
      expect(rowIds(el)).to.deep.equal(expected({}));
    });

    it('warns for an unknown dataset and uses everyday', async () => {
      const el = await finder(html`<mg-food-finder dataset="fulll"></mg-food-finder>`);
      expect(warnings.messages).to.deep.equal([
        '<mg-food-finder>: dataset="fulll" is not valid. Valid values: everyday, full. Did you mean "full"? Using "everyday".',
      ]);
      expect(el.shadowRoot!.querySelector('input[role="switch"]')).to.equal(null);
      expect(rowIds(el)).to.deep.equal(expected({}));
    });

    for (const limit of ['abc', '-3', '0', '1000', '2.5', 'Infinity']) {
      it(`warns for limit="${limit}" and shows 10 rows`, async () => {
        const el = await finder(html`<mg-food-finder limit=${limit}></mg-food-finder>`);
        expect(warnings.messages).to.deep.equal([
          `<mg-food-finder>: limit="${limit}" is not valid. Valid values: a whole number from 1 to 100. Using 10.`,
        ]);
        expect(rowIds(el)).to.deep.equal(expected({}));
      });
    }

    it('warns for unknown units and uses the profile’s (US by default)', async () => {
      const el = await finder(html`<mg-food-finder units="imperial"></mg-food-finder>`);
      expect(warnings.messages).to.deep.equal([
        '<mg-food-finder>: units="imperial" is not valid. Valid values: us, metric. Using "us".',
      ]);
      expect(rowIds(el)).to.deep.equal(expected({ units: 'us' as Units }));
    });

    it('warns for an unknown life stage and uses the profile (or the Daily Value)', async () => {
      const el = await finder(html`<mg-food-finder life-stage="female-31-40"></mg-food-finder>`);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.equal(
        `<mg-food-finder>: life-stage="female-31-40" is not valid. Valid values: ${LIFE_STAGE_IDS.join(', ')}. ` +
          'Did you mean "female-31-50"? Using the reader profile (or adult, general).',
      );
      expect(text($(el, 'thead th.need'))).to.equal(plain(en.columns.need(mg('en', 420))));
    });

    it('keeps the reader’s plate, search and rows when an attribute turns bad', async () => {
      const el = await finder(html`<mg-food-finder></mg-food-finder>`);
      await type(el, 'oats');
      $<HTMLButtonElement>(el, 'tbody tr[data-id] button.add').click();
      await settle(el);
      const plate = el.plate;
      expect(plate.items).to.have.length(1);
      el.setAttribute('diet', 'carnivore');
      el.setAttribute('limit', 'lots');
      el.setAttribute('sort', 'best');
      el.setAttribute('categories', 'grain');
      await settle(el);
      expect(warnings.messages).to.have.length(4);
      expect(el.plate).to.deep.equal(plate);
      expect(searchBox(el).value).to.equal('oats');
      expect(rowIds(el)).to.deep.equal(expected({ query: 'oats' }));
      expect($$(el, '.plate li')).to.have.length(1);
    });

    it('never throws on odd property values', async () => {
      const el = await finder(html`<mg-food-finder></mg-food-finder>`);
      const odd: [string, unknown][] = [
        ['limit', 1e12],
        ['limit', Number.NaN],
        ['limit', -0.5],
        ['categories', '   '],
        ['categories', ',,,'],
        ['query', 'a'.repeat(5000)],
        ['query', '%$#@!*()[]{}\\'],
        ['diet', 42],
        ['sort', ''],
        ['lifeStage', 'nobody'],
        ['lifeStage', 7],
        ['units', {}],
        ['theme', ['dark']],
        ['foodDataset', 1],
      ];
      for (const [key, value] of odd) {
        (el as unknown as Record<string, unknown>)[key] = value;
        await settle(el);
      }
      expect(el.shadowRoot!.querySelector('table')).to.not.equal(null);
      await nextFrames();
    });

    it('logs each bad value once, however often it renders', async () => {
      const el = await finder(html`<mg-food-finder diet="vegann"></mg-food-finder>`);
      await type(el, 'a');
      await type(el, 'ab');
      expect(warnings.messages).to.have.length(1);
    });
  });
});
