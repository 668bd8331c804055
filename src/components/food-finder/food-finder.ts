import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { DIETS, FOOD_CATEGORIES, FOOD_DATASETS, FOOD_SORTS, LIFE_STAGE_IDS } from '../../data/enums.js';
import type { Diet, FoodCategory, FoodDataset, FoodSort, LifeStageId, Locale, Units } from '../../data/enums.js';
import { DAILY_VALUE_MG } from '../../data/generated/intakes.js';
import { DATASET_SUMMARY } from '../../data/generated/summary.js';
import { loadFoods } from '../../data/loaders.js';
import { intakeTarget } from '../../data/query.js';
import type { Food, FoodSet, IntakeTarget } from '../../data/types.js';
import type { MgPlateChangeDetail } from '../../events/plate-change.js';
import { formatList, formatNumber, localize, mgText } from '../../i18n/index.js';
import { nextTurn } from '../../internal/first-render.js';
import { MgElement } from '../../internal/mg-element.js';
import { controlStyles, dataTableStyles } from '../../internal/styles.js';
import { lifeStageOptions } from '../../internal/life-stage-options.js';
import { parseEnum, parseNumber, parseTokenList } from '../../internal/validate.js';
import { foodFinderMessages, type FoodFinderMessages } from './food-finder.messages.js';
import { foodFinderStyles } from './food-finder.styles.js';
import type { ViewActions, ViewContext } from './food-finder.view.js';
import type { Plate } from './plate.js';

type View = typeof import('./food-finder.view.js');

/** The rows, results and "My day" items (`food-finder.view.ts`), loaded with the first foods. */
let viewModule: View | undefined;
let viewLoading: Promise<View> | undefined;

function loadView(): Promise<View> {
  viewLoading ??= import('./food-finder.view.js').then(
    (module) => (viewModule = module),
    (error: unknown) => {
      viewLoading = undefined;
      throw error;
    },
  );
  return viewLoading;
}

/** Bounds of the `limit` attribute (rows shown before "Show more"). */
export const FOOD_FINDER_LIMIT = Object.freeze({ min: 1, max: 100, fallback: 10, integer: true });

/** How long the reader pauses typing before the result count is announced (ms). */
export const ANNOUNCE_DELAY = 700;

/** What the table is ordered by: the magnesium value of the ranking basis (`sort`), or the food's name. */
export type FoodOrderKey = 'mg' | 'name';
type Direction = 'ascending' | 'descending';

/** What "Clear filters" and the empty state's suggestions change. */
export type SearchPatch = Partial<Pick<MgFoodFinder, 'query' | 'categories' | 'diet' | 'everydayOnly'>>;

/** Food sets already loaded on this page, so that later renders and later finders have them at once. */
const loadedSets = new Map<FoodDataset, FoodSet>();

const skeletonBasis = html`<td role="cell" class="num basis"><span class="ph"></span></td>`;
const skeletonAdd = html`<td role="cell" class="add-cell"><span class="ph"></span></td>`;

/**
 * Finds, ranks and plans magnesium-rich foods for the reader's own needs. Searches English and Spanish names
 * (accents and plurals forgiven) as the reader types; filters by food group and diet; ranks per serving, per 100 g
 * or per 100 kcal; shows each food's serving (US or metric), milligrams, % Daily Value (420 mg) and a bar for the
 * % of the reader's own RDA/AI (from the reader profile). A "My day" plate adds up servings against that need.
 * With `static`, a ranked list for an article (for example the top 10 vegan sources), without controls.
 *
 * In a container narrower than about 30em (480 px) the rows become cards. The everyday list loads in a few
 * milliseconds; `dataset="full"` offers all 8,050 USDA foods, loaded only when the reader turns off
 * "Everyday foods only". `updateComplete` resolves once the data in use has loaded and rendered.
 *
 * Light-DOM children (a publisher's own static table, for readers without JavaScript and for search engines) are
 * shown until the element upgrades, then hidden; they stay in the document.
 *
 * @summary Find, rank and plan magnesium-rich foods against the reader's own needs.
 * @tag mg-food-finder
 *
 * @fires mg-food-select - The reader opened a food's details with its name button. Cancelable: `preventDefault()` keeps them closed. `detail`: `{ foodId }` (USDA NDB number).
 * @fires mg-plate-change - The reader added or removed a serving on "My day", or cleared it. `detail`: `{ items: [{ foodId, servings }], totalMg }`.
 *
 * @csspart base - The outer wrapper.
 * @csspart controls - The search form: search box, food groups, diet, ranking, life stage.
 * @csspart search - The search box.
 * @csspart table - The results table (cards in narrow containers).
 * @csspart show-more - The "Show more" button.
 * @csspart plate - The "My day" box.
 * @csspart meter - The bar of the day's total against the reader's need.
 * @csspart sources - The sources line.
 *
 * @cssprop [--mg-food-finder-background=var(--mg-color-surface)] - Background of the finder.
 * @cssprop [--mg-food-finder-border-color=var(--mg-color-border-subtle)] - Borders of the finder, rows and cards.
 * @cssprop [--mg-food-finder-stripe-color=var(--mg-color-surface-alt)] - Background of every other row.
 * @cssprop [--mg-food-finder-bar-color=var(--mg-color-accent)] - The bars of % of need and the day's total.
 * @cssprop [--mg-food-finder-chip-color=var(--mg-color-accent)] - Background of a selected food-group button.
 * @cssprop [--mg-food-finder-plate-background=var(--mg-color-surface-alt)] - Background of "My day".
 * @cssprop [--mg-food-finder-padding=var(--mg-space)] - Padding of the finder.
 * @cssstate pending - Waiting for its first render (until the browser has placed it, then one task at a time below the first screen; there, its controls render first and the rest a turn later): it counts as its estimated height and shows nothing.
 */
export class MgFoodFinder extends MgElement {
  static override styles = [...MgElement.styles, controlStyles, dataTableStyles, foodFinderStyles];

  static override properties: PropertyDeclarations = {
    query: {},
    categories: {},
    diet: {},
    sort: {},
    limit: {},
    foodDataset: { attribute: 'dataset' },
    lifeStage: { attribute: 'life-stage' },
    units: {},
    static: { type: Boolean, reflect: true },
    everydayOnly: { attribute: false },
    plateEntries: { state: true },
    pages: { state: true },
    expanded: { state: true },
    announcement: { state: true },
    plateAnnouncement: { state: true },
    failed: { state: true },
    filtersOpen: { state: true },
    order: { state: true },
  };

  /** Search text (English or Spanish; accents and plurals forgiven). The reader's typing updates it. */
  declare query?: string | null;

  /** Space-separated food groups to show (`nuts-seeds legumes`...); empty shows all. The reader's toggles update it. */
  declare categories?: string | null;

  /** Diet filter: `any` (the default), `vegetarian`, `vegan` or `pescatarian`. The reader's picker updates it. */
  declare diet?: Diet | null;

  /** Ranking: magnesium per `serving` (the default), per `100g` or per `100kcal`. The reader's picker updates it. */
  declare sort?: FoodSort | null;

  /** Rows shown before "Show more" (and the length of a `static` list): a whole number from 1 to 100, default 10. */
  declare limit?: number | string | null;

  /**
   * Foods to search: `everyday` (333 reviewed foods; the default) or `full` (all 8,050 USDA SR28 foods, loaded on
   * demand). The property is `foodDataset`, because `dataset` is the element's `data-*` map.
   */
  declare foodDataset?: FoodDataset | null;

  /** The reader's life stage for "% of your need"; unset follows the reader profile (or the Daily Value, 420 mg). */
  declare lifeStage?: LifeStageId | null;

  /** Serving units: `us` household measures or `metric`; unset follows the reader profile. */
  declare units?: Units | null;

  /** A ranked list for an article, without controls: the top `limit` foods for the filters and ranking given. */
  static = false;

  /**
   * With `dataset="full"`: whether only the everyday foods are listed (the reader's switch; on by default). Set it to
   * `false` to list all 8,050 foods from the start (they load then).
   */
  everydayOnly = true;

  private plateEntries: Plate = [];
  private pages = 1;
  private order: { key: FoodOrderKey; dir: Direction } = { key: 'mg', dir: 'descending' };
  private expanded: ReadonlySet<string> = new Set();
  private announcement = '';
  private plateAnnouncement = '';
  private failed: FoodDataset | null = null;
  /** Whether the filters are shown in a narrow container (wider ones always show them). */
  private filtersOpen = false;

  /** Validated attributes, derived in `willUpdate`. */
  private opts: { categories: FoodCategory[]; diet: Diet; sort: FoodSort; dataset: FoodDataset; limit: number } = {
    categories: [],
    diet: 'any',
    sort: 'serving',
    dataset: 'everyday',
    limit: FOOD_FINDER_LIMIT.fallback,
  };
  /** The reader's profile as of this update (read once per update: the row templates use it many times). */
  private current: { locale: Locale; units: Units; lifeStage: LifeStageId | undefined; target: IntakeTarget } = {
    locale: 'en',
    units: 'us',
    lifeStage: undefined,
    target: intakeTarget(),
  };
  /** The dataset the current view needs, and the set its rows come from (a stale one while it loads). */
  private wanted: FoodDataset = 'everyday';
  private set: FoodSet | undefined;
  /** Every food matching the search and filters, in table order (only the first rows are rendered). */
  private results: readonly Food[] = [];
  private resultsKey = '';
  private announcedKey = '';
  private interacted = false;
  private loading = new Map<FoodDataset, Promise<void>>();
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** A selector in the shadow root of what to focus after the next update. */
  private focusTarget: string | undefined;
  /**
   * Below the first screen, the rest of the first render: that render has the controls only, and a later turn the
   * rest, so that neither task is long. The finder stays pending (hidden, at its estimated size) until then.
   */
  private rest: Promise<void> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  /** Resolves after the data in use has loaded and the element has rendered it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let wait = this.rest ?? this.loading.get(this.wanted); wait; wait = this.rest ?? this.loading.get(this.wanted)) {
      await wait;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Attributes are strings; a page script may set anything. The validators (and the reader controller) read text.
    for (const key of ['query', 'categories', 'diet', 'sort', 'foodDataset', 'lifeStage', 'units', 'theme'] as const) {
      const value: unknown = this[key];
      if (value != null && typeof value !== 'string') (this as Record<typeof key, unknown>)[key] = String(value);
    }
    const lifeStage = this.reader.lifeStage;
    this.current = { locale: this.reader.locale, units: this.reader.units, lifeStage, target: intakeTarget(lifeStage) };
    const limit: unknown = this.limit;
    this.opts = {
      categories: this.categoryList(),
      diet: parseEnum(this, 'diet', this.diet, DIETS, 'any'),
      sort: parseEnum(this, 'sort', this.sort, FOOD_SORTS, 'serving'),
      dataset: parseEnum(this, 'dataset', this.foodDataset, FOOD_DATASETS, 'everyday'),
      limit: parseNumber(
        this,
        'limit',
        typeof limit === 'number' || limit == null ? limit : String(limit),
        FOOD_FINDER_LIMIT,
      ),
    };
    if (changed.has('static') && this.static) this.order = { key: 'mg', dir: 'descending' };
    this.wanted = this.datasetFor(this.opts.dataset);
    this.load(this.wanted);
    this.set = loadedSets.get(this.wanted) ?? (this.wanted === 'full' ? loadedSets.get('everyday') : undefined);
    this.computeResults();
    this.setState('pending', !!this.rest);
  }

  /**
   * Below the first screen, in the task before the first render: starts loading what that render would, and leaves
   * all but the controls to a later turn (`rest`).
   */
  protected override prepare(): void {
    this.load(this.datasetFor(parseEnum(this, 'dataset', this.foodDataset, FOOD_DATASETS, 'everyday')));
    if (!this.static) {
      this.rest = nextTurn().then(() => {
        this.rest = undefined;
        this.requestUpdate();
      });
    }
  }

  /** The dataset the rows come from: `full` only while the reader (or `static`) lists every food. */
  private datasetFor(dataset: FoodDataset): FoodDataset {
    return dataset === 'full' && (this.static || !this.everydayOnly) ? 'full' : 'everyday';
  }

  private categoryList(): FoodCategory[] {
    return parseTokenList(this, 'categories', this.categories, FOOD_CATEGORIES);
  }

  protected override updated(): void {
    const target = this.focusTarget ? this.renderRoot.querySelector<HTMLElement>(this.focusTarget) : null;
    this.focusTarget = undefined;
    target?.focus();
  }

  /* Data ------------------------------------------------------------------------------------------------------ */

  private load(dataset: FoodDataset): void {
    if (loadedSets.has(dataset) || this.loading.has(dataset) || this.failed === dataset) return;
    const pending = Promise.all([loadFoods(dataset), loadView()])
      .then(
        ([set]) => {
          loadedSets.set(dataset, set);
          if (this.failed === dataset) this.failed = null;
        },
        () => {
          this.failed = dataset;
        },
      )
      // Each finder of the page renders its rows in a task of its own (see first-render.ts).
      .then(nextTurn);
    this.loading.set(dataset, pending);
    void pending.then(() => {
      this.loading.delete(dataset);
      this.requestUpdate();
    });
  }

  private get isLoading(): boolean {
    return !loadedSets.has(this.wanted) && this.failed !== this.wanted;
  }

  private computeResults(): void {
    const set = this.set;
    if (!set) {
      this.results = [];
      return;
    }
    const { categories, diet, sort } = this.opts;
    const { key: orderKey, dir } = this.order;
    const query = this.query ?? '';
    const { locale, units } = this.current;
    const key = [
      set.dataset,
      query,
      categories.join(' '),
      diet,
      sort,
      orderKey,
      dir,
      units,
      orderKey === 'name' ? locale : '',
    ].join('|');
    if (key === this.resultsKey) return;
    this.resultsKey = key;
    this.pages = 1;
    this.results = viewModule
      ? viewModule.results(set, { query, categories, diet, sort, key: orderKey, dir, units, locale })
      : [];
    if (this.interacted && !this.static) this.scheduleAnnouncement();
  }

  /* Announcements ----------------------------------------------------------------------------------------------- */

  /** Announces the result count once the reader pauses (the table itself updates on every keystroke). */
  private scheduleAnnouncement(delay = ANNOUNCE_DELAY): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => this.announceNow(), delay);
  }

  private announceNow(): void {
    clearTimeout(this.announceTimer);
    if (!viewModule || this.isLoading || this.announcedKey === this.resultsKey) return;
    this.announcedKey = this.resultsKey;
    this.announcement = this.say(
      viewModule.messages(this.locale).announce(this.results.length, this.number(this.results.length)),
      this.announcement,
    );
  }

  /** The text for a live region; a repeated message gets a trailing space so it is announced again. */
  private say(text: string, previous: string): string {
    return previous === text ? `${text}\u00a0` : text;
  }

  /* Handlers ---------------------------------------------------------------------------------------------------- */

  private interact(): void {
    this.interacted = true;
  }

  private onSearchInput(event: Event): void {
    this.interact();
    this.query = (event.target as HTMLInputElement).value;
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    this.announcedKey = '';
    this.announceNow();
  }

  private toggleCategory(category: FoodCategory): void {
    this.interact();
    const current = this.categoryList();
    const next = current.includes(category) ? current.filter((c) => c !== category) : [...current, category];
    this.categories = next.join(' ');
  }

  private onDiet(event: Event): void {
    this.interact();
    this.diet = (event.target as HTMLSelectElement).value as Diet;
  }

  private onSort(event: Event): void {
    this.interact();
    const value = (event.target as HTMLSelectElement).value;
    if (value === 'name') {
      this.order = { key: 'name', dir: 'ascending' };
      return;
    }
    this.sort = value as FoodSort;
    this.order = { key: 'mg', dir: 'descending' };
  }

  /** A column header's sort button: a new column sorts in its natural order, the same column flips. */
  private sortBy(key: FoodOrderKey, basis?: FoodSort): void {
    this.interact();
    const same = this.order.key === key && (key === 'name' || basis === this.opts.sort);
    const natural: Direction = key === 'name' ? 'ascending' : 'descending';
    const flipped: Direction = this.order.dir === 'ascending' ? 'descending' : 'ascending';
    if (basis) this.sort = basis;
    this.order = { key, dir: same ? flipped : natural };
  }

  private onLifeStage(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    const lifeStage = (LIFE_STAGE_IDS as readonly string[]).includes(value) ? (value as LifeStageId) : undefined;
    this.reader.request({ lifeStage });
    // An own `life-stage` overrides the profile: follow the reader's choice here too.
    if (this.lifeStage) this.lifeStage = lifeStage ?? null;
  }

  private onEverydayOnly(event: Event): void {
    this.interact();
    this.everydayOnly = (event.target as HTMLInputElement).checked;
    if (!this.everydayOnly && !loadedSets.has('full')) {
      this.announcement = this.m.loading(this.number(DATASET_SUMMARY.counts.full));
    }
  }

  private toggleFilters(): void {
    this.filtersOpen = !this.filtersOpen;
  }

  private clearFilters(): void {
    this.widen({ query: '', categories: '', diet: 'any' });
  }

  /** "Clear filters", or a suggestion of the empty state: widens the search and puts the focus back in its box. */
  private widen(patch: SearchPatch): void {
    this.interact();
    Object.assign(this, patch);
    this.focusSearch();
  }

  private retry(): void {
    this.interact();
    this.failed = null;
    this.focusSearch();
  }

  private focusSearch(): void {
    this.focusTarget = '.search-input';
  }

  private showMore(): void {
    const first = this.results[this.pages * this.opts.limit];
    this.pages += 1;
    if (first) {
      this.focusTarget = `tr[data-id="${first.id}"] .name`;
    }
  }

  /** Adds a serving of `food` (`step` 1), removes one (-1), or clears the plate (no food); see `changePlate`. */
  private changePlate(step: 1 | -1, food?: Food): void {
    if (!viewModule) return;
    const { plate, message, focus } = viewModule.changePlate(this.viewContext, this.plateEntries, step, food);
    if (focus) this.focusTarget = focus;
    if (plate === this.plateEntries) return;
    this.plateEntries = plate;
    viewModule.announcePlate(this, this.plate);
    this.plateAnnouncement = this.say(message, this.plateAnnouncement);
  }

  /* Public API ---------------------------------------------------------------------------------------------------- */

  /** The reader's "My day" plate, as `mg-plate-change` reports it: `{ items: [{ foodId, servings }], totalMg }`. */
  get plate(): MgPlateChangeDetail {
    const { items, totalMg } = viewModule?.plateDetail(this.plateEntries, this.reader.units) ?? { items: [], totalMg: 0 };
    return Object.freeze({ items: Object.freeze(items.map((item) => Object.freeze(item))), totalMg });
  }

  /* Render helpers ---------------------------------------------------------------------------------------------------- */

  private get locale(): Locale {
    return this.current.locale;
  }

  private get m(): FoodFinderMessages {
    return localize(foodFinderMessages, this.locale);
  }

  private number(value: number): string {
    return formatNumber(this.locale, value);
  }

  private get columnCount(): number {
    return 5 + (this.opts.sort === 'serving' ? 0 : 1) + (this.static ? 0 : 1);
  }

  /* eslint-disable lit-a11y/role-has-required-aria-attrs -- a native checkbox with role="switch" exposes its checked state */
  private renderControls(m: FoodFinderMessages) {
    const { categories, diet, sort, dataset } = this.opts;
    const common = this.common;
    const lifeStage = this.current.lifeStage;
    const filtered = Boolean(this.query) || categories.length > 0 || diet !== 'any';
    const active = categories.length + (diet === 'any' ? 0 : 1);
    return html`<form
      class="controls"
      part="controls"
      role="search"
      aria-label=${m.searchRegion}
      @submit=${this.onSubmit}
    >
      <div class="field">
        <label class="field-label" for="search">${m.searchLabel}</label>
        <div class="search-row">
          <input
            id="search"
            class="search-input"
            part="search"
            type="search"
            name="query"
            autocomplete="off"
            spellcheck="false"
            enterkeyhint="search"
            maxlength="100"
            aria-describedby="search-hint"
            .value=${live(this.query ?? '')}
            @input=${this.onSearchInput}
          />
          <button
            type="button"
            class="filters-toggle"
            aria-expanded=${this.filtersOpen ? 'true' : 'false'}
            aria-controls="filters"
            @click=${this.toggleFilters}
          >
            ${m.filters(active, this.number(active))}
          </button>
        </div>
        <span class="hint" id="search-hint">${m.searchHint}</span>
      </div>
      <div class="filters${this.filtersOpen ? ' open' : ''}" id="filters">
        <fieldset class="chips">
          <legend>${m.categoriesLabel}</legend>
          <div class="chip-list">
            ${FOOD_CATEGORIES.map(
              (category) =>
                html`<button
                  type="button"
                  class="chip"
                  aria-pressed=${categories.includes(category) ? 'true' : 'false'}
                  @click=${() => this.toggleCategory(category)}
                >
                  <span class="check" aria-hidden="true">✓</span>${m.categories[category]}
                </button>`,
            )}
          </div>
        </fieldset>
        <div class="pickers">
          <div class="field">
            <label class="field-label" for="diet">${m.dietLabel}</label>
            <select id="diet" name="diet" .value=${live(diet)} @change=${this.onDiet}>
              ${DIETS.map((value) => html`<option value=${value} ?selected=${value === diet}>${m.diets[value]}</option>`)}
            </select>
          </div>
          <div class="field">
            <label class="field-label" for="sort">${m.sortLabel}</label>
            <select
              id="sort"
              name="sort"
              .value=${live(this.order.key === 'name' ? 'name' : sort)}
              @change=${this.onSort}
            >
              ${FOOD_SORTS.map(
                (value) =>
                  html`<option value=${value} ?selected=${this.order.key === 'mg' && value === sort}>
                    ${m.sorts[value]}
                  </option>`,
              )}
              ${this.order.key === 'name' ? html`<option value="name" selected>${m.sortByName}</option>` : nothing}
            </select>
          </div>
          <div class="field">
            <label class="field-label" for="life-stage">${common.profile.lifeStage}</label>
            <select id="life-stage" name="life-stage" .value=${live(lifeStage ?? '')} @change=${this.onLifeStage}>
              ${lifeStageOptions(common, lifeStage)}
            </select>
          </div>
          ${filtered ? html`<button type="button" class="clear-filters" @click=${this.clearFilters}>${m.clearFilters}</button>` : nothing}
        </div>
        ${
          dataset === 'full'
            ? html`<div class="switch">
                <label>
                  <input
                    type="checkbox"
                    role="switch"
                    .checked=${live(this.everydayOnly)}
                    aria-describedby="everyday-hint"
                    @change=${this.onEverydayOnly}
                  />
                  ${m.everydayOnly}
                </label>
                <span class="hint" id="everyday-hint">${m.everydayOnlyHint(this.number(DATASET_SUMMARY.counts.full))}</span>
              </div>`
            : nothing
        }
      </div>
    </form>`;
  }

  /* eslint-enable lit-a11y/role-has-required-aria-attrs */

  private renderCaption(m: FoodFinderMessages) {
    const locale = this.locale;
    const { categories, diet, sort } = this.opts;
    const target = this.current.target;
    const targetMg = mgText(locale, target.mg);
    let title: string;
    if (this.static) {
      const count = Math.min(this.opts.limit, this.set ? this.results.length : this.opts.limit);
      const groups = categories.length
        ? formatList(
            locale,
            categories.map((c) => m.categories[c].toLowerCase()),
          )
        : null;
      title = m.staticCaption(
        count,
        this.number(count),
        m.dietAdjective[diet],
        groups,
        this.query || null,
        m.basis[sort],
      );
    } else {
      title = m.caption(this.set?.dataset === 'full', this.number(DATASET_SUMMARY.counts.full));
    }
    const kind = target.kind;
    const targetText =
      kind === 'DV' || !target.lifeStage
        ? m.targetGeneral(targetMg)
        : m.target(targetMg, kind, this.common.lifeStages[target.lifeStage]);
    return html`<caption>
      <span class="caption-title">${title}</span>
      <span class="target">${targetText}</span>
      ${this.static ? nothing : html`<span class="visually-hidden">${m.sortHint}</span>`}
    </caption>`;
  }

  /** A column header; sortable ones hold a button, and the sorted one has `aria-sort`. */
  private renderHead(label: string, className: string, sortKey?: FoodOrderKey, basis?: FoodSort) {
    const { key, dir } = this.order;
    const sorted = sortKey !== undefined && key === sortKey && (sortKey === 'name' || basis === this.opts.sort);
    const ariaSort = sorted ? dir : nothing;
    if (!sortKey || this.static) {
      return html`<th scope="col" role="columnheader" class=${className} aria-sort=${ariaSort}>${label}</th>`;
    }
    const arrow = sorted ? (dir === 'ascending' ? '▲' : '▼') : '↕';
    return html`<th scope="col" role="columnheader" class="${className} sortable" aria-sort=${ariaSort}>
      <button type="button" class="sort" @click=${() => this.sortBy(sortKey, basis)}>
        ${label}<span class="dir" aria-hidden="true">${arrow}</span>
      </button>
    </th>`;
  }

  /** Placeholder rows while the foods load: their cells written out, for a cheaper first render. */
  private renderSkeleton(count: number) {
    const basis = this.opts.sort === 'serving' ? nothing : skeletonBasis;
    const add = this.static ? nothing : skeletonAdd;
    return Array.from(
      { length: count },
      (_, i) =>
        html`<tr role="row" class=${i % 2 ? 'skeleton stripe' : 'skeleton'} aria-hidden="true">
          <td role="cell" class="food"><span class="ph"></span></td>
          <td role="cell" class="serving"><span class="ph"></span></td>
          <td role="cell" class="num mg"><span class="ph"></span></td>
          ${basis}
          <td role="cell" class="num dv"><span class="ph"></span></td>
          <td role="cell" class="need"><span class="ph"></span></td>
          ${add}
        </tr>`,
    );
  }

  /** What the view module needs to render rows and "My day" for this update. */
  private get viewContext(): ViewContext {
    const { locale, units, target } = this.current;
    return {
      locale,
      units,
      target,
      sort: this.opts.sort,
      static: this.static,
      m: this.m,
      mg: (mg) => mgText(locale, mg),
      expanded: this.expanded,
      plate: this.plateEntries,
      columns: this.columnCount,
      on: this.actions,
    };
  }

  /** The handlers of what the view renders, one object for the element's life (rows keep their listeners). */
  private readonly actions: ViewActions = {
    details: (food) => (this.expanded = viewModule!.toggleDetails(this, this.expanded, food)),
    add: (food) => this.changePlate(1, food),
    remove: (food) => this.changePlate(-1, food),
    clearPlate: () => this.changePlate(-1),
    showMore: () => this.showMore(),
    widen: (patch) => this.widen(patch),
    retry: () => this.retry(),
  };

  private renderBody(m: FoodFinderMessages, c: ViewContext | undefined) {
    const limit = this.opts.limit;
    if (!this.set || !c || !viewModule) {
      if (this.failed === this.wanted) {
        return html`<tr role="row" class="message">
          <td role="cell" colspan=${this.columnCount}>
            <p>${m.loadError}</p>
            ${this.static ? nothing : html`<p><button type="button" @click=${this.retry}>${m.retry}</button></p>`}
          </td>
        </tr>`;
      }
      return this.renderSkeleton(limit);
    }
    const { categories, diet, dataset } = this.opts;
    return viewModule.renderBody(c, {
      results: this.results,
      shown: this.static ? limit : limit * this.pages,
      query: this.query ?? '',
      categories: categories.length,
      anyDiet: diet === 'any',
      offerAll: dataset === 'full' && this.everydayOnly && !this.static,
    });
  }

  /* eslint-disable lit-a11y/no-redundant-role -- explicit table roles keep table semantics in browsers (Safari)
     that drop them when the narrow-container layout changes the elements' display */
  private renderTable(m: FoodFinderMessages, c: ViewContext | undefined) {
    const cols = m.columns;
    const { sort } = this.opts;
    const target = this.current.target;
    const loadingFull = this.wanted === 'full' && this.isLoading && this.set !== undefined;
    const failedFull = this.wanted === 'full' && this.failed === 'full' && this.set !== undefined;
    return html`<div class="table-wrap">
      <table role="table" part="table" aria-busy=${this.isLoading ? 'true' : 'false'} ?inert=${loadingFull}>
        ${this.renderCaption(m)}
        <thead role="rowgroup">
          <tr role="row">
            ${this.renderHead(cols.food, 'food', 'name')} ${this.renderHead(cols.serving, 'serving')}
            ${this.renderHead(cols.mg, 'num mg', 'mg', 'serving')}
            ${sort === 'serving' ? nothing : this.renderHead(sort === '100g' ? cols.per100g : cols.per100kcal, 'num basis', 'mg', sort)}
            ${this.renderHead(cols.dv, 'num dv')} ${this.renderHead(cols.need(mgText(this.locale, target.mg)), 'need')}
            ${this.static ? nothing : html`<th scope="col" role="columnheader" class="add-head"><span class="visually-hidden">${cols.plate}</span></th>`}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${this.renderBody(m, c)}
        </tbody>
      </table>
      ${c && viewModule && (loadingFull || failedFull) ? viewModule.renderNotices(c, loadingFull, failedFull) : nothing}
    </div>`;
  }

  /* eslint-enable lit-a11y/no-redundant-role */

  private renderFooter(c: ViewContext | undefined) {
    const total = this.results.length;
    const ready = c && viewModule && this.set && !this.isLoading;
    return html`<div class="footer">
      ${
        ready
          ? viewModule!.renderCount(c!, total, Math.min(total, this.opts.limit * this.pages), this.opts.limit)
          : html`<p class="count">\u00a0</p>`
      }
    </div>`;
  }

  /** "My day" comes with the view; until then (or unless it failed to load) a placeholder of about its size. */
  private renderPlate(c: ViewContext | undefined) {
    if (c && viewModule) return viewModule.renderPlate(c, this.plateAnnouncement);
    return this.failed ? nothing : html`<div class="ph-plate" aria-hidden="true"></div>`;
  }

  private renderSources(m: FoodFinderMessages) {
    const locale = this.locale;
    const date = localize(DATASET_SUMMARY.dateText.medium, locale);
    return html`<p class="sources" part="sources">
      ${this.common.sources} ${localize(DATASET_SUMMARY.sources.foods, locale)}. ${m.dvBasis(mgText(locale, DAILY_VALUE_MG))}
      ${m.intakesLabel} ${localize(DATASET_SUMMARY.sources.intakes, locale)}. ${m.datasetLine(DATASET_SUMMARY.version, date)}
    </p>`;
  }

  protected override render() {
    const m = this.m;
    const c = viewModule ? this.viewContext : undefined;
    if (viewModule) viewModule.adoptViewStyles(this.renderRoot);
    return html`<div class="${this.rootClass}${this.static ? ' static' : ''}" part="base" lang=${this.locale}>
      ${this.static ? nothing : this.renderControls(m)}
      ${this.static ? nothing : html`<p class="visually-hidden" role="status">${this.announcement}</p>`}
      ${this.rest ? nothing : [this.renderTable(m, c), this.static ? nothing : [this.renderFooter(c), this.renderPlate(c)], this.renderSources(m)]}
    </div>`;
  }
}
