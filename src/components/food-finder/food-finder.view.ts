/**
 * What `<mg-food-finder>` renders from the foods: the result rows and their details, the empty state and its
 * suggestions, the result count, the full-list notices and the items of "My day"; and what it computes from them:
 * the results in table order and the plate. The finder imports this module with `import()` together with the foods,
 * so the page's main script stays small. Pure functions of their arguments (the only DOM access adds the styles to
 * a finder's shadow root).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { FoodSort, Locale, Units } from '../../data/enums.js';
import { UPPER_LIMIT_NOTE } from '../../data/generated/intakes.js';
import { DATASET_SUMMARY } from '../../data/generated/summary.js';
import { foodName, mgPer100kcal, mgPerServing, servingGrams, servingLabel, sortValue } from '../../data/food-query.js';
import { percentDailyValue } from '../../data/query.js';
import type { Food, FoodSet, IntakeTarget } from '../../data/types.js';
import { MgFoodSelectEvent } from '../../events/food-select.js';
import { MgPlateChangeEvent, type MgPlateChangeDetail } from '../../events/plate-change.js';
import { formatGrams, formatNumber, formatPercent, localize } from '../../i18n/index.js';
import { cssVar } from '../../internal/css-var.js';
import { addLazyStyles } from '../../internal/styles.js';
import type { FoodOrderKey, SearchPatch } from './food-finder.js';
import type { FoodFinderMessages } from './food-finder.messages.js';
import { foodFinderViewMessages, type FoodFinderViewMessages } from './food-finder.view.messages.js';
import { foodFinderViewStyles } from './food-finder.view.styles.js';
import { foodsByName, matchInOrder, rankedFoods } from './food-order.js';
import { addServing, canAdd, entryMg, plateItems, plateTotal, removeServing, servingsOf, type Plate } from './plate.js';

/** What the view needs from the finder for one render. */
export interface ViewContext {
  readonly locale: Locale;
  readonly units: Units;
  readonly sort: FoodSort;
  readonly target: IntakeTarget;
  readonly static: boolean;
  /** The finder's first-render messages (the view's own come from `food-finder.view.messages.ts`). */
  readonly m: FoodFinderMessages;
  /** Milligrams as the finder shows them. */
  readonly mg: (mg: number) => string;
  /** Ids of the foods whose details are open. */
  readonly expanded: ReadonlySet<string>;
  readonly plate: Plate;
  /** Columns of the table (for rows that span it). */
  readonly columns: number;
  readonly on: ViewActions;
}

/** The finder's handlers of what the view renders. */
export interface ViewActions {
  details(food: Food): void;
  add(food: Food): void;
  remove(food: Food): void;
  clearPlate(): void;
  showMore(): void;
  widen(patch: SearchPatch): void;
  retry(): void;
}

/** What the table shows, in which order: the search and filters, the ranking and the order of the columns. */
export interface ResultQuery {
  readonly query: string;
  readonly categories: readonly string[];
  readonly diet: string;
  readonly sort: FoodSort;
  readonly key: FoodOrderKey;
  readonly dir: 'ascending' | 'descending';
  readonly units: Units;
  readonly locale: Locale;
}

/** The view's messages in a language. */
export function messages(locale: Locale): FoodFinderViewMessages {
  return localize(foodFinderViewMessages, locale);
}

/** Adds the styles of the view to a finder's shadow root, once. */
export function adoptViewStyles(root: HTMLElement | DocumentFragment): void {
  addLazyStyles(root, foodFinderViewStyles);
}

/* Data -------------------------------------------------------------------------------------------------------- */

/**
 * Every food matching the search and filters, in table order: the same foods and order as
 * `queryFoods(set, { query, categories, diet, sort, units })` for the magnesium ranking (without sorting on each
 * keystroke: see `food-order.ts`), or by name in the language of the page.
 */
export function results(set: FoodSet, q: ResultQuery): readonly Food[] {
  const filter = { categories: q.categories as never, diet: q.diet as never };
  if (q.key === 'name') {
    const named = matchInOrder(set, foodsByName(set, q.locale), q.query, filter);
    return q.dir === 'descending' ? named.reverse() : named;
  }
  const ranked = matchInOrder(set, rankedFoods(set, q.sort, q.units), q.query, filter);
  if (q.dir === 'descending') return ranked;
  // Ascending: the ranking reversed, foods without a value still last.
  const valued = (food: Food) => sortValue(food, q.sort, q.units) !== null;
  return [...ranked.filter(valued).reverse(), ...ranked.filter((food) => !valued(food))];
}

/** The plate as `mg-plate-change` and the `plate` property give it. */
export function plateDetail(plate: Plate, units: Units): MgPlateChangeDetail {
  return { items: plateItems(plate), totalMg: plateTotal(plate, units) };
}

/** Fires `mg-plate-change` on `host` with the plate after a change. */
export function announcePlate(host: HTMLElement, detail: MgPlateChangeDetail): void {
  host.dispatchEvent(new MgPlateChangeEvent(detail));
}

/**
 * The details shown after the reader pressed a food's name: closed if open; else opened, after `mg-food-select` on
 * `host`, unless the page cancelled that event (then unchanged).
 */
export function toggleDetails(host: HTMLElement, expanded: ReadonlySet<string>, food: Food): ReadonlySet<string> {
  const next = new Set(expanded);
  if (next.has(food.id)) {
    next.delete(food.id);
    return next;
  }
  const event = new MgFoodSelectEvent({ foodId: food.id });
  host.dispatchEvent(event);
  if (event.defaultPrevented) return expanded;
  return next.add(food.id);
}

/** A change of "My day": the new plate, what to announce, and where the focus goes (a selector), if it moves. */
export interface PlateChange {
  readonly plate: Plate;
  readonly message: string;
  readonly focus?: string;
}

/**
 * "My day" after the reader added a serving of `food` (`step` 1), removed one (-1), or cleared the plate (no food).
 * The same plate when nothing changes (no household serving, or already at the most servings). When an item leaves
 * the list the focus stays in the plate: on the next item, or the previous, or the title.
 */
export function changePlate(c: ViewContext, plate: Plate, step: 1 | -1, food?: Food): PlateChange {
  const { locale, units } = c;
  const vm = messages(locale).plate;
  if (!food) return { plate: [], message: vm.cleared, focus: '.plate-title' };
  const next = step > 0 ? addServing(plate, food) : removeServing(plate, food.id);
  const total = plateTotal(next, units);
  const message = vm[step > 0 ? 'added' : 'removed'](foodName(food, locale), c.mg(total), formatPercent(locale, (total / c.target.mg) * 100));
  if (next.length >= plate.length) return { plate: next, message };
  const index = plate.findIndex((entry) => entry.food.id === food.id);
  const neighbour = next[index] ?? next[index - 1];
  return { plate: next, message, focus: neighbour ? `li[data-id="${neighbour.food.id}"] .remove-one` : '.plate-title' };
}

/* Rendering --------------------------------------------------------------------------------------------------- */

const chevron = svg`<svg class="chevron" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><path d="M3 1.5L6.5 5 3 8.5"/></svg>`;

/** `lang="en"` for a USDA English name or serving shown in Spanish. */
function englishIn(locale: Locale, text: string | null | undefined): 'en' | typeof nothing {
  return locale === 'es' && text == null ? 'en' : nothing;
}

/** A missing value: a dash, and words for screen readers. */
function notAvailable(vm: FoodFinderViewMessages) {
  return html`<span aria-hidden="true">—</span><span class="visually-hidden">${vm.notAvailable}</span>`;
}

/* Explicit table roles keep table semantics in browsers (Safari) that drop them when the narrow-container layout
   changes the elements' display. */
function renderRow(c: ViewContext, food: Food, stripe: boolean, inPlate: number) {
  const { locale, units, sort, target } = c;
  const vm = messages(locale);
  const mg = mgPerServing(food, units);
  const serving = servingLabel(food, locale, units);
  const name = foodName(food, locale);
  const nameLang = englishIn(locale, food.name.es);
  const open = !c.static && c.expanded.has(food.id);
  const basis = sort === 'serving' ? null : sortValue(food, sort, units);
  const need = mg === null ? null : (mg / target.mg) * 100;
  const na = notAvailable(vm);
  const [add, addRest] = vm.add(name);
  const row = html`<tr role="row" class=${stripe ? 'stripe' : ''} data-id=${food.id}>
    <th scope="row" role="rowheader" class="food">
      ${
        c.static
          ? html`<span lang=${nameLang}>${name}</span>`
          : html`<button
              type="button"
              class="name"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${open ? `details-${food.id}` : nothing}
              @click=${() => c.on.details(food)}
            >
              ${chevron}<span lang=${nameLang}>${name}</span>
            </button>`
      }
    </th>
    <td role="cell" class="serving" lang=${units === 'us' && serving ? englishIn(locale, food.serving?.label.es) : nothing}>
      ${serving ?? vm.noServing}
    </td>
    <td role="cell" class="num mg">${mg === null ? na : c.mg(mg)}</td>
    ${
      sort === 'serving'
        ? nothing
        : html`<td role="cell" class="num basis">
            ${basis === null ? na : c.mg(basis)}<span class="cell-suffix" aria-hidden="true">
              ${c.m.basis[sort]}</span
            >
          </td>`
    }
    <td role="cell" class="num dv">
      ${mg === null ? na : formatPercent(locale, percentDailyValue(mg))}<span class="cell-suffix" aria-hidden="true">
        ${vm.card.dv}</span
      >
    </td>
    <td role="cell" class="need">
      ${
        need === null
          ? na
          : html`<span class="need-value"
              ><span class="pct"
                >${formatPercent(locale, need)}<span class="cell-suffix" aria-hidden="true">
                  ${vm.card.need(c.mg(target.mg))}</span
                ></span
              ><span class="bar" aria-hidden="true"
                ><span class="fill" ${cssVar('--_fill', `${Math.min(100, need).toFixed(1)}%`)}></span></span
            ></span>`
      }
    </td>
    ${
      c.static
        ? nothing
        : html`<td role="cell" class="add-cell">
            ${
              canAdd(food)
                ? html`<button type="button" class="add" @click=${() => c.on.add(food)}>
                      <span aria-hidden="true">+</span>${add}<span class="visually-hidden">${addRest}</span>
                    </button>
                    ${inPlate ? html`<span class="in-plate">${vm.inPlate(formatNumber(locale, inPlate))}</span>` : nothing}`
                : nothing
            }
          </td>`
    }
  </tr>`;
  // One template whether or not the details are open, so the row (and the focus on its button) is kept.
  return html`${row}${open ? renderDetails(c, food, vm) : nothing}`;
}

function renderDetails(c: ViewContext, food: Food, vm: FoodFinderViewMessages) {
  const locale = c.locale;
  const per100kcal = mgPer100kcal(food);
  const grams = servingGrams(food, c.units);
  return html`<tr role="row" class="details" id=${`details-${food.id}`}>
    <td role="cell" colspan=${c.columns}>
      <dl>
        <div>
          <dt>${vm.details.per100g}</dt>
          <dd>${c.mg(food.mgPer100g)}</dd>
        </div>
        <div>
          <dt>${vm.details.per100kcal}</dt>
          <dd>${per100kcal === null ? notAvailable(vm) : c.mg(per100kcal)}</dd>
        </div>
        ${
          grams === null
            ? nothing
            : html`<div>
                <dt>${vm.details.servingWeight}</dt>
                <dd>${formatGrams(locale, grams, 1)}</dd>
              </div>`
        }
        <div>
          <dt>${vm.details.usda}</dt>
          <dd>NDB ${food.id}${food.usdaName ? html` · <span lang="en">${food.usdaName}</span>` : nothing}</dd>
        </div>
      </dl>
      ${food.ods ? html`<p>${vm.details.ods}</p>` : nothing}
    </td>
  </tr>`;
}

/** What the search and filters found and the suggestions when nothing matches. */
export interface BodyState {
  readonly results: readonly Food[];
  readonly shown: number;
  readonly query: string;
  readonly categories: number;
  readonly anyDiet: boolean;
  /** Whether the reader can switch to all the foods (`dataset="full"` with "Everyday foods only" on). */
  readonly offerAll: boolean;
}

/**
 * The rows of the first `shown` results, or the empty state. Rows are reused by position (not keyed): as the
 * reader types, a keystroke updates the text of the rows on screen instead of building new ones, and a row whose
 * food, stripe and state are unchanged is skipped (`guard`). Row state (details open, servings) is keyed by food id.
 */
export function renderBody(c: ViewContext, b: BodyState) {
  if (b.results.length === 0) return renderEmpty(c, b);
  const { locale, units, sort, target } = c;
  return b.results.slice(0, b.shown).map((food, i) => {
    const inPlate = c.static ? 0 : servingsOf(c.plate, food.id);
    const open = c.expanded.has(food.id);
    return guard([food, i % 2, open, inPlate, locale, units, sort, target.mg, c.static], () =>
      renderRow(c, food, i % 2 === 1, inPlate),
    );
  });
}

function renderEmpty(c: ViewContext, b: BodyState) {
  const vm = messages(c.locale);
  const { query } = b;
  const actions: TemplateResult[] = [];
  const offer = (label: string, patch: SearchPatch) =>
    actions.push(html`<li><button type="button" @click=${() => c.on.widen(patch)}>${label}</button></li>`);
  if (!c.static) {
    if (query) offer(vm.clearSearch, { query: '' });
    if (b.categories) offer(vm.allGroups, { categories: '' });
    if (!b.anyDiet) offer(c.m.diets.any, { diet: 'any' });
    if (b.offerAll) offer(vm.searchAll(formatNumber(c.locale, DATASET_SUMMARY.counts.full)), { everydayOnly: false });
  }
  return html`<tr role="row" class="message empty">
    <td role="cell" colspan=${c.columns}>
      <p><strong>${query ? vm.emptyQuery(query) : vm.emptyFilters}</strong></p>
      ${
        actions.length
          ? html`<p>${vm.suggestions}</p>
              <ul>
                ${actions}
              </ul>`
          : nothing
      }
      ${query ? html`<p>${vm.languageTip}</p>` : nothing}
    </td>
  </tr>`;
}

/** Over the table while the full list loads, or after it failed (the everyday rows stay below). */
export function renderNotices(c: ViewContext, loading: boolean, failed: boolean) {
  const total = formatNumber(c.locale, DATASET_SUMMARY.counts.full);
  return html`${loading ? html`<div class="loading"><span>${c.m.loading(total)}</span></div>` : nothing}
  ${
    failed
      ? html`<p role="alert">${c.m.loadError} <button type="button" @click=${c.on.retry}>${c.m.retry}</button></p>`
      : nothing
  }`;
}

/** The footer's result count and "Show more" button. */
export function renderCount(c: ViewContext, total: number, shown: number, limit: number) {
  const vm = messages(c.locale);
  const number = (value: number) => formatNumber(c.locale, value);
  const remaining = total - shown;
  return html`<p class="count">${vm.showing(total, number(shown), number(total))}</p>
    ${
      remaining > 0
        ? html`<button type="button" class="show-more" part="show-more" @click=${c.on.showMore}>
            ${vm.showMore(number(Math.min(remaining, limit)))}
          </button>`
        : nothing
    }`;
}

/**
 * "My day": the foods added (or what to do first), the total against the reader's need with a meter, what is left to
 * reach it, the note on the upper limit, and a live region for the plate's announcements.
 */
export function renderPlate(c: ViewContext, announcement: string) {
  const { locale, target } = c;
  const vm = messages(locale).plate;
  const total = plateTotal(c.plate, c.units);
  const percent = (total / target.mg) * 100;
  const meterText = vm.meter(c.mg(total), c.mg(target.mg), formatPercent(locale, percent));
  return html`<section class="plate" part="plate" aria-labelledby="plate-title">
    <p class="plate-title" id="plate-title" tabindex="-1">${c.m.columns.plate}</p>
    ${c.plate.length ? renderPlateItems(c) : html`<p class="hint">${vm.empty}</p>`}
    <div class="total">
      <p class="total-line">
        <span class="total-label" id="total-label">${vm.total}</span>
        <span class="total-text">${meterText}</span>
      </p>
      <div
        class="bar meter"
        part="meter"
        role="meter"
        aria-labelledby="total-label"
        aria-valuemin="0"
        aria-valuemax=${target.mg}
        aria-valuenow=${Math.round(Math.min(total, target.mg))}
        aria-valuetext=${meterText}
      >
        <span class="fill" ${cssVar('--_fill', `${Math.min(100, percent).toFixed(1)}%`)}></span>
      </div>
      ${c.plate.length && total > 0 ? renderToGo(c, total) : nothing}
    </div>
    <p class="note">${localize(UPPER_LIMIT_NOTE, locale)}</p>
    ${c.plate.length ? renderPlateActions(c) : nothing}
    <p class="visually-hidden" role="status">${announcement}</p>
  </section>`;
}

/** The foods on "My day", each with its servings, milligrams and steppers. */
function renderPlateItems(c: ViewContext) {
  const { locale, units } = c;
  const vm = messages(locale);
  return html`<ul>
    ${repeat(
      c.plate,
      (entry) => entry.food.id,
      (entry) => {
        const name = foodName(entry.food, locale);
        const serving = servingLabel(entry.food, locale, units) ?? '';
        return html`<li data-id=${entry.food.id}>
          <span class="item-name">
            <span lang=${englishIn(locale, entry.food.name.es)}>${name}</span>
            <span class="item-serving">${vm.plate.servings(formatNumber(locale, entry.servings), serving)}</span>
          </span>
          <span class="item-mg">${c.mg(entryMg(entry, units))}</span>
          <span class="stepper">
            <button
              type="button"
              class="remove-one"
              aria-label=${vm.plate.removeOne(name)}
              @click=${() => c.on.remove(entry.food)}
            >
              −
            </button>
            <button
              type="button"
              class="add-one"
              aria-label=${vm.plate.addOne(name)}
              @click=${() => c.on.add(entry.food)}
            >
              +
            </button>
          </span>
        </li>`;
      },
    )}
  </ul>`;
}

/** What is left to reach the need, or that it is met (`total` > 0). */
function renderToGo(c: ViewContext, total: number) {
  const vm = messages(c.locale);
  const toGo = c.target.mg - total;
  return html`<p>${toGo > 0 ? vm.plate.toGo(c.mg(toGo)) : vm.plate.reached}</p>`;
}

function renderPlateActions(c: ViewContext) {
  return html`<div class="plate-actions">
    <button type="button" class="clear-plate" @click=${c.on.clearPlate}>${messages(c.locale).plate.clear}</button>
  </div>`;
}
