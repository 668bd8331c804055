/**
 * <mg-food-finder>: the "My day" plate (totals computed from the data API, the meter, focus), its event
 * `mg-plate-change`, and `mg-food-select` with the food details it opens.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MgFoodFinder } from '../../src/components/food-finder/food-finder.js';
import { MAX_SERVINGS } from '../../src/components/food-finder/plate.js';
import { UPPER_LIMIT_NOTE } from '../../src/data/generated/intakes.js';
import { loadFoods } from '../../src/data/loaders.js';
import { foodName, intakeTarget, mgPer100kcal, mgPerServing, queryFoods, servingLabel } from '../../src/data/index.js';
import type { Food } from '../../src/data/types.js';
import { MgFoodSelectEvent } from '../../src/events/food-select.js';
import { MgPlateChangeEvent } from '../../src/events/plate-change.js';
import { formatPercent } from '../../src/i18n/index.js';
import { captureWarnings } from '../helpers.js';
import { $, $$, en, es, mg, plain, rows, settle, text, type } from './helpers.js';

const everyday = await loadFoods('everyday');
const top = queryFoods(everyday, { sort: 'serving', limit: 10 });

function addButton(el: MgFoodFinder, food: Food): HTMLButtonElement {
  return $<HTMLButtonElement>(el, `tr[data-id="${food.id}"] button.add`);
}

function plateItem(el: MgFoodFinder, food: Food): HTMLLIElement {
  return $<HTMLLIElement>(el, `.plate li[data-id="${food.id}"]`);
}

async function add(el: MgFoodFinder, food: Food, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) addButton(el, food).click();
  await settle(el);
}

/** Text without its aria-hidden parts: what a screen reader says for a button. */
function spoken(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return text(copy);
}

function meter(el: MgFoodFinder): HTMLElement {
  return $(el, '[role="meter"]');
}

describe('<mg-food-finder> "My day"', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    expect(warnings.messages).to.deep.equal([]);
    warnings.restore();
  });

  it('starts empty, with the meter at zero and the note that the upper limit concerns supplements', async () => {
    const el = await fixture<MgFoodFinder>(html`<mg-food-finder></mg-food-finder>`);
    await settle(el);
    expect(el.plate).to.deep.equal({ items: [], totalMg: 0 });
    expect(text($(el, '.plate-title'))).to.equal(en.plate.title);
    expect($(el, '.plate').getAttribute('aria-labelledby')).to.equal('plate-title');
    expect(text($(el, '.plate .hint'))).to.equal(en.plate.empty);
    expect(text($(el, '.note'))).to.equal(UPPER_LIMIT_NOTE.en);
    expect(meter(el).getAttribute('aria-valuenow')).to.equal('0');
    expect(meter(el).getAttribute('aria-valuemax')).to.equal('420');
    expect(plain(meter(el).getAttribute('aria-valuetext')!)).to.equal(
      plain(en.plate.meter(mg('en', 0), mg('en', 420), formatPercent('en', 0))),
    );
  });

  it('names each add button after its food', async () => {
    const el = await fixture<MgFoodFinder>(html`<mg-food-finder></mg-food-finder>`);
    await settle(el);
    for (const food of top) {
      const [visible, hidden] = en.add(foodName(food, 'en'));
      expect(spoken(addButton(el, food))).to.equal(`${visible}${hidden}`);
      expect(spoken(addButton(el, food))).to.equal(`Add ${foodName(food, 'en')} to my day`);
    }
  });

  it('adds servings and totals them as the data API computes, against the reader’s need', async () => {
    const el = await fixture<MgFoodFinder>(html`<mg-food-finder life-stage="female-31-50"></mg-food-finder>`);
    await settle(el);
    const [a, b] = [top[8]!, top[9]!];
    const events: MgPlateChangeEvent[] = [];
    el.addEventListener('mg-plate-change', (e) => events.push(e));
    await add(el, a, 2);
    await add(el, b);
    const total = 2 * mgPerServing(a, 'us')! + mgPerServing(b, 'us')!;
    expect(events).to.have.length(3);
    expect(events[2]!.detail).to.deep.equal({
      items: [
        { foodId: a.id, servings: 2 },
        { foodId: b.id, servings: 1 },
      ],
      totalMg: total,
    });
    expect(el.plate).to.deep.equal(events[2]!.detail);
    const target = intakeTarget('female-31-50').mg;
    const expectedText = plain(
      en.plate.meter(mg('en', total), mg('en', target), formatPercent('en', (total / target) * 100)),
    );
    expect(text($(el, '.total-text'))).to.equal(expectedText);
    expect(plain(meter(el).getAttribute('aria-valuetext')!)).to.equal(expectedText);
    expect(total).to.be.lessThan(target);
    expect(meter(el).getAttribute('aria-valuenow')).to.equal(String(Math.round(total)));
    expect(meter(el).getAttribute('aria-valuemax')).to.equal(String(target));
    expect(text(plateItem(el, a).querySelector('.item-serving'))).to.equal(
      en.plate.servings('2', servingLabel(a, 'en', 'us')!),
    );
    expect(text(plateItem(el, a).querySelector('.item-mg'))).to.equal(mg('en', 2 * mgPerServing(a)!));
    expect(text($(el, '.total p:last-child'))).to.equal(plain(en.plate.toGo(mg('en', target - total))));
    expect(text(el.shadowRoot!.querySelector(`tr[data-id="${a.id}"] .in-plate`))).to.equal(en.inPlate('2'));
    const fill = meter(el).querySelector<HTMLElement>('.fill')!;
    expect(fill.getBoundingClientRect().width).to.be.closeTo((total / target) * meter(el).clientWidth, 1.5);
  });

  it('says when the day meets the need, and keeps the meter full', async () => {
    const el = await fixture<MgFoodFinder>(html`<mg-food-finder life-stage="child-1-3"></mg-food-finder>`);
    await settle(el);
    await add(el, top[0]!);
    expect(mgPerServing(top[0]!)!).to.be.greaterThan(intakeTarget('child-1-3').mg);
    expect(text($(el, '.total p:last-child'))).to.equal(en.plate.reached);
    expect(meter(el).getAttribute('aria-valuenow')).to.equal('80');
    const fill = meter(el).querySelector<HTMLElement>('.fill')!;
    expect(fill.getBoundingClientRect().width).to.be.closeTo(meter(el).clientWidth, 1);
  });

  it('totals metric servings with units="metric"', async () => {
    const el = await fixture<MgFoodFinder>(html`<mg-food-finder units="metric"></mg-food-finder>`);
    await settle(el);
    const food = rows(el).map((row) => everyday.byId.get(row.dataset.id!)!)[1]!;
    await add(el, food, 3);
    expect(el.plate.totalMg).to.equal(3 * mgPerServing(food, 'metric')!);
    expect(text(plateItem(el, food).querySelector('.item-serving'))).to.equal(
      en.plate.servings('3', servingLabel(food, 'en', 'metric')!),
    );
  });

  it('removes servings with the minus button, and keeps the focus in the plate', async () => {
    const el = await fixture<MgFoodFinder>(html`<mg-food-finder></mg-food-finder>`);
    await settle(el);
    const [a, b, c] = [top[0]!, top[1]!, top[2]!];
    await add(el, a, 2);
    await add(el, b);
    await add(el, c);
    const minus = (food: Food) => plateItem(el, food).querySelector<HTMLButtonElement>('.remove-one')!;
    expect(minus(a).getAttribute('aria-label')).to.equal(en.plate.removeOne(foodName(a, 'en')));
    expect(plateItem(el, a).querySelector('.add-one')!.getAttribute('aria-label')).to.equal(
      en.plate.addOne(foodName(a, 'en')),
    );
    const changed = oneEvent(el, 'mg-plate-change') as Promise<MgPlateChangeEvent>;
    minus(a).click();
    expect((await changed).detail.items[0]).to.deep.equal({ foodId: a.id, servings: 1 });
    await settle(el);
    minus(b).focus();
    minus(b).click();
    await settle(el);
    expect($$(el, '.plate li').map((li) => li.dataset.id)).to.deep.equal([a.id, c.id]);
    expect(el.shadowRoot!.activeElement).to.equal(minus(c));
    minus(c).click();
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(minus(a));
    minus(a).click();
    await settle(el);
    expect(el.plate).to.deep.equal({ items: [], totalMg: 0 });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.plate-title'));
  });

  it('adds with the plus button, up to a sane number of servings', async () => {
    const el = await fixture<MgFoodFinder>(html`<mg-food-finder></mg-food-finder>`);
    await settle(el);
    await add(el, top[3]!);
    const plus = plateItem(el, top[3]!).querySelector<HTMLButtonElement>('.add-one')!;
    for (let i = 0; i < MAX_SERVINGS + 5; i++) plus.click();
    await settle(el);
    expect(el.plate.items).to.deep.equal([{ foodId: top[3]!.id, servings: MAX_SERVINGS }]);
  });

  it('clears the day, fires the event and moves the focus to the title', async () => {
    const el = await fixture<MgFoodFinder>(html`<mg-food-finder></mg-food-finder>`);
    await settle(el);
    await add(el, top[0]!);
    const changed = oneEvent(el, 'mg-plate-change') as Promise<MgPlateChangeEvent>;
    $<HTMLButtonElement>(el, 'button.clear-plate').click();
    expect((await changed).detail).to.deep.equal({ items: [], totalMg: 0 });
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.plate-title'));
    expect(el.shadowRoot!.querySelector('button.clear-plate')).to.equal(null);
    expect(text($(el, '.plate [role="status"]'))).to.equal(en.plate.cleared);
  });

  it('announces each change politely', async () => {
    const el = await fixture<MgFoodFinder>(html`<mg-food-finder lang="es"></mg-food-finder>`);
    await settle(el);
    await add(el, top[0]!);
    const total = mgPerServing(top[0]!)!;
    const region = $(el, '.plate [role="status"]');
    expect(text(region)).to.equal(
      plain(es.plate.added(foodName(top[0]!, 'es'), mg('es', total), formatPercent('es', (total / 420) * 100))),
    );
    await add(el, top[0]!);
    expect(text(region)).to.contain(mg('es', 2 * total));
  });

  it('keeps the plate when the search, filters or language change', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><mg-food-finder></mg-food-finder></div>`);
    const el = wrapper.querySelector('mg-food-finder')!;
    await settle(el);
    await add(el, top[0]!);
    await type(el, 'spinach');
    el.diet = 'vegan';
    wrapper.setAttribute('lang', 'es');
    await settle(el);
    expect(el.plate.items).to.deep.equal([{ foodId: top[0]!.id, servings: 1 }]);
    expect(text(plateItem(el, top[0]!).querySelector('.item-name span'))).to.equal(foodName(top[0]!, 'es'));
  });

  describe('mg-plate-change', () => {
    it('is an MgPlateChangeEvent that bubbles out of the shadow root, with a frozen, serialisable detail', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><mg-food-finder></mg-food-finder></div>`);
      const el = wrapper.querySelector('mg-food-finder')!;
      await settle(el);
      const heard = oneEvent(wrapper, 'mg-plate-change') as Promise<MgPlateChangeEvent>;
      addButton(el, top[4]!).click();
      const event = await heard;
      expect(event).to.be.instanceOf(MgPlateChangeEvent);
      expect(event.type).to.equal(MgPlateChangeEvent.eventName);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.cancelable).to.equal(false);
      expect(event.target).to.equal(el);
      expect(Object.isFrozen(event.detail)).to.equal(true);
      expect(Object.isFrozen(event.detail.items)).to.equal(true);
      expect(Object.isFrozen(event.detail.items[0])).to.equal(true);
      expect(JSON.parse(JSON.stringify(event.detail))).to.deep.equal({
        items: [{ foodId: top[4]!.id, servings: 1 }],
        totalMg: mgPerServing(top[4]!)!,
      });
    });
  });

  describe('mg-food-select and the food details', () => {
    it('fires when the reader opens a food’s details, and shows them', async () => {
      const el = await fixture<MgFoodFinder>(html`<mg-food-finder></mg-food-finder>`);
      await settle(el);
      const food = top[1]!;
      const name = $<HTMLButtonElement>(el, `tr[data-id="${food.id}"] button.name`);
      expect(text(name)).to.equal(foodName(food, 'en'));
      expect(name.getAttribute('aria-expanded')).to.equal('false');
      expect(name.hasAttribute('aria-controls')).to.equal(false);
      const heard = oneEvent(el, 'mg-food-select') as Promise<MgFoodSelectEvent>;
      name.click();
      const event = await heard;
      expect(event).to.be.instanceOf(MgFoodSelectEvent);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.cancelable).to.equal(true);
      expect(event.detail).to.deep.equal({ foodId: food.id });
      expect(Object.isFrozen(event.detail)).to.equal(true);
      await settle(el);
      expect(name.getAttribute('aria-expanded')).to.equal('true');
      const details = $(el, `#${name.getAttribute('aria-controls')}`);
      expect(text(details)).to.contain(`${en.details.per100g} ${mg('en', food.mgPer100g)}`);
      expect(text(details)).to.contain(`${en.details.per100kcal} ${mg('en', mgPer100kcal(food)!)}`);
      expect(text(details)).to.contain(`NDB ${food.id}`);
      expect(details.querySelector('td')!.getAttribute('colspan')).to.equal(String($$(el, 'thead th').length));
    });

    it('does not fire when closing, and honours preventDefault()', async () => {
      const el = await fixture<MgFoodFinder>(html`<mg-food-finder></mg-food-finder>`);
      await settle(el);
      const name = () => $<HTMLButtonElement>(el, `tr[data-id="${top[0]!.id}"] button.name`);
      let count = 0;
      el.addEventListener('mg-food-select', () => count++);
      name().click();
      await settle(el);
      name().click();
      await settle(el);
      expect(count).to.equal(1);
      expect(name().getAttribute('aria-expanded')).to.equal('false');
      const cancel = (event: Event) => event.preventDefault();
      el.addEventListener('mg-food-select', cancel);
      name().click();
      await settle(el);
      expect(count).to.equal(2);
      expect(name().getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.querySelector('tr.details')).to.equal(null);
      el.removeEventListener('mg-food-select', cancel);
    });

    it('marks the NIH ODS foods', async () => {
      const el = await fixture<MgFoodFinder>(html`<mg-food-finder></mg-food-finder>`);
      await settle(el);
      const ods = top.find((food) => food.ods)!;
      $<HTMLButtonElement>(el, `tr[data-id="${ods.id}"] button.name`).click();
      await settle(el);
      expect(text($(el, 'tr.details'))).to.contain(en.details.ods);
    });
  });
});
