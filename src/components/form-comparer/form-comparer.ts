import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { LifeStageId, Locale, Region } from '../../data/enums.js';
import { SUPPLEMENT_FORM_IDS } from '../../data/generated/ids.js';
import type { SupplementFormId } from '../../data/generated/ids.js';
import { loadForms } from '../../data/loaders.js';
import type { FormSet, SupplementForm } from '../../data/types.js';
import { localize, mgText } from '../../i18n/index.js';
import { nextTurn } from '../../internal/first-render.js';
import { MgElement } from '../../internal/mg-element.js';
import { controlStyles, dataTableStyles } from '../../internal/styles.js';
import { parseEnum, parseNumber, parseOptionalEnum, parseTokenList } from '../../internal/validate.js';
import { warnOnce } from '../../internal/warn.js';
import { formComparerMessages, type FormComparerMessages } from './form-comparer.messages.js';
import { formComparerStyles } from './form-comparer.styles.js';
import type { BelowActions, CalcContext, CalcInputs } from './form-comparer.view.js';

/** Layouts: `auto` shows cards in a container narrower than about 560 px (35em) and a table otherwise. */
export const FORM_COMPARER_LAYOUTS = ['auto', 'table', 'cards'] as const;
export type FormComparerLayout = (typeof FORM_COMPARER_LAYOUTS)[number];

/** The forms compared when `forms` is unset (or names no valid form). */
export const FORM_COMPARER_DEFAULT_FORMS = Object.freeze([
  'oxide',
  'citrate',
  'glycinate',
  'chloride',
  'malate',
  'l-threonate',
] as const satisfies readonly SupplementFormId[]);

/** Bounds of the `dose` attribute: milligrams of magnesium the "compound needed" column is computed for. */
export const FORM_COMPARER_DOSE = Object.freeze({ min: 1, max: 2000, fallback: 200 });

/** How long the reader pauses typing in the calculator before its result is announced (ms). */
export const CALC_ANNOUNCE_DELAY = 700;

type View = typeof import('./form-comparer.view.js');

/* The forms chunk and the module that renders it, shared by every comparer of the page once loaded. */
let formSet: FormSet | undefined;
let view: View | undefined;
let pending: Promise<void> | undefined;

/**
 * How many rows (each with its two badges) render in each task while the forms arrive; the first task has one row
 * only, as it also prepares the templates of the rows and their badges.
 */
const ROWS_PER_TURN = 2;

/** Where the calculator, guide and safety panel will be: their height, hidden (see `.ph-panels`). */
const panelsPlaceholder = html`<div class="ph-panels" aria-hidden="true"></div>`;

function loadAll(): Promise<void> {
  pending ??= Promise.all([loadForms(), import('./form-comparer.view.js')]).then(
    ([set, module]) => {
      formSet = set;
      view = module;
    },
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

/**
 * Compares magnesium supplement forms on facts, not marketing: for each form, the magnesium by weight (computed
 * from the formula: the theoretical value for the pure compound, with a bar), how much of the compound gives
 * `dose` mg of magnesium, absorption compared with magnesium oxide in words with its evidence badge, gut side
 * effects (only what a source reports), what the form has been studied for with the certainty of that evidence,
 * and the sources. The reader can add and remove forms.
 *
 * Below the table: a label calculator (pick the form, type the amount, say whether it is the compound or the
 * magnesium itself; it gives the magnesium a day, the % of the reader's RDA/AI and the % of the supplemental upper
 * limit for the region and life stage, and warns above the limit; its life-stage and region pickers change the reader
 * profile, as the food finder's do), a short guide to Supplement Facts labels, and
 * a safety panel (medicines to space from magnesium, medicines that lower it, kidney disease) with sources.
 *
 * In a container narrower than about 35em (560 px) the rows become cards (`layout="auto"`); a wide table scrolls
 * sideways with the form names kept in view. The forms and the code that renders them load in a small chunk;
 * until then the table shows placeholder rows, and the calculator, guide and safety panel one placeholder block, of
 * about their final size. `updateComplete` resolves once they have
 * rendered. Light-DOM children (a publisher's own static table) show until the element upgrades, then stay hidden.
 *
 * @summary Compare magnesium supplement forms on facts, read a supplement label, and check the upper limit.
 * @tag mg-form-comparer
 *
 * @fires mg-forms-change - The reader added a form to the table or removed one. `detail`: `{ forms }` (form ids in table order).
 *
 * @csspart base - The outer wrapper.
 * @csspart scroller - The table's scroll container (a named, focusable region).
 * @csspart table - The comparison table (cards in narrow containers).
 * @csspart row - Each form's row (or card).
 * @csspart highlighted - The row of the `highlight` form (also has `row`).
 * @csspart bar - The bar of the magnesium by weight.
 * @csspart add - The control that adds a form.
 * @csspart calculator - The label calculator.
 * @csspart warning - The calculator's warning above the upper limit.
 * @csspart guide - The "how to read a Supplement Facts label" disclosure.
 * @csspart safety - The safety panel.
 *
 * @cssprop [--mg-form-comparer-background=var(--mg-color-surface)] - Background of the comparer (and of the sticky first column).
 * @cssprop [--mg-form-comparer-border-color=var(--mg-color-border-subtle)] - Borders of the comparer, rows and cards.
 * @cssprop [--mg-form-comparer-bar-color=var(--mg-color-accent)] - The bars of magnesium by weight.
 * @cssprop [--mg-form-comparer-highlight-color=var(--mg-color-accent)] - Border and tag of the highlighted form.
 * @cssprop [--mg-form-comparer-highlight-background=var(--mg-color-accent-soft)] - Background of the highlighted form.
 * @cssprop [--mg-form-comparer-panel-background=var(--mg-color-surface-alt)] - Background of the calculator and the safety panel.
 * @cssprop [--mg-form-comparer-padding=var(--mg-space)] - Padding of the comparer.
 * @cssstate pending - Waiting for its first render (until the browser has placed it, then one task at a time below the first screen): it counts as its estimated height and shows nothing.
 */
export class MgFormComparer extends MgElement {
  static override styles = [...MgElement.styles, controlStyles, dataTableStyles, formComparerStyles];

  static override properties: PropertyDeclarations = {
    forms: {},
    highlight: {},
    dose: {},
    region: {},
    lifeStage: { attribute: 'life-stage' },
    layout: {},
    failed: { state: true },
    announcement: { state: true },
    calcAnnouncement: { state: true },
    calcInputs: { state: true },
  };

  /**
   * Space-separated form ids to compare, in this order (`oxide citrate glycinate`...). Default: `oxide citrate
   * glycinate chloride malate l-threonate`. The reader's changes update the property, not the attribute.
   */
  declare forms?: string | null;

  /** A form id to mark in the table (for example the one the article recommends); it is added if `forms` leaves it out. */
  declare highlight?: string | null;

  /** Milligrams of magnesium for the "compound needed" column: a number from 1 to 2000, default 200. */
  declare dose?: number | string | null;

  /** Region of the upper limit: `us` (350 mg for adults) or `eu` (250 mg); unset follows the reader profile. */
  declare region?: Region | null;

  /** The reader's life stage for the RDA/AI and the upper limit; unset follows the reader profile (or adults). */
  declare lifeStage?: LifeStageId | null;

  /** `auto` (the default): cards below about 560 px of container width, a table above; or always `table` or `cards`. */
  declare layout?: FormComparerLayout | null;

  private failed = false;
  private announcement = '';
  private calcAnnouncement = '';
  /** The calculator's inputs as the reader typed them; the form is unset until the reader's first entry. */
  private calcInputs: CalcInputs = { amount: '', servings: '1', basis: 'elemental' };

  /** Validated attributes, derived in `willUpdate`. */
  private opts: {
    forms: SupplementFormId[];
    highlight: SupplementFormId | undefined;
    dose: number;
    layout: FormComparerLayout;
  } = {
    forms: [...FORM_COMPARER_DEFAULT_FORMS],
    highlight: undefined,
    dose: FORM_COMPARER_DOSE.fallback,
    layout: 'auto',
  };
  /** The `forms` value the reader's last change set (so a removed `highlight` form is not added back). */
  private readerForms: string | undefined;
  private loading = false;
  /** How many rows render while the forms arrive, a few per task; then all. */
  private rowsShown = Infinity;
  /** Set while the panels below the table wait for their own task, after the forms arrived and the rows rendered. */
  private panelsTurn: Promise<void> | undefined;
  /** Settles once the forms have arrived and their rows are asked for (or the load failed). */
  private arrival: Promise<void> | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private focusTarget: (() => HTMLElement | null | undefined) | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  /** Resolves after the forms have loaded and rendered (or failed to). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    if (this.arrival) {
      await this.arrival;
      complete = await super.getUpdateComplete();
    }
    if (this.panelsTurn) {
      await this.panelsTurn;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Attributes are strings; a page script may set anything. The validators (and the reader controller) read text.
    for (const key of ['forms', 'highlight', 'lifeStage', 'region', 'layout', 'theme'] as const) {
      const value: unknown = this[key];
      if (value != null && typeof value !== 'string') (this as Record<typeof key, unknown>)[key] = String(value);
    }
    const dose: unknown = this.dose;
    const highlight = parseOptionalEnum(this, 'highlight', this.highlight, SUPPLEMENT_FORM_IDS, 'no highlight');
    const forms = this.formList();
    if (highlight && !forms.includes(highlight) && this.forms !== this.readerForms) forms.push(highlight);
    this.opts = {
      forms,
      highlight,
      dose: parseNumber(
        this,
        'dose',
        typeof dose === 'number' || dose == null ? dose : String(dose),
        FORM_COMPARER_DOSE,
      ),
      layout: parseEnum(this, 'layout', this.layout, FORM_COMPARER_LAYOUTS, 'auto'),
    };
    if (!this.loaded && !this.failed) this.load();
  }

  private formList(): SupplementFormId[] {
    const forms = parseTokenList(this, 'forms', this.forms, SUPPLEMENT_FORM_IDS);
    if (forms.length) return forms;
    const value = (this.forms ?? '').trim();
    if (value) {
      const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
      warnOnce(
        `${this.localName}:forms-none:${value}`,
        `<${this.localName}>: forms=${shown} names no supplement form. Using the default forms: ${FORM_COMPARER_DEFAULT_FORMS.join(' ')}.`,
      );
    }
    return [...FORM_COMPARER_DEFAULT_FORMS];
  }

  protected override updated(): void {
    const target = this.focusTarget?.();
    this.focusTarget = undefined;
    target?.focus();
  }

  /* Data ------------------------------------------------------------------------------------------------------ */

  private get loaded(): boolean {
    return formSet !== undefined && view !== undefined;
  }

  private load(): void {
    if (this.loading) return;
    this.loading = true;
    // The rows (with their badges) and the panels below are the comparer's longest renders. They wait for tasks of
    // their own (see first-render.ts): the rows not in the task that evaluated the chunks, one and then ROWS_PER_TURN
    // at a time, in place of their placeholders; the panels after the rows, behind a placeholder of about their size.
    this.arrival = loadAll()
      .then(nextTurn)
      .then(
        () => {
          this.loading = false;
          // One arrival per element: it loads until the forms are there.
          this.panelsTurn = (async () => {
            for (let shown = 1; shown < this.opts.forms.length; shown += ROWS_PER_TURN) {
              this.rowsShown = shown;
              this.requestUpdate();
              await nextTurn();
            }
            this.rowsShown = Infinity;
            this.requestUpdate();
            await nextTurn();
            this.panelsTurn = undefined;
            this.requestUpdate();
          })();
        },
        () => {
          this.loading = false;
          this.failed = true;
        },
      );
  }

  /* Handlers -------------------------------------------------------------------------------------------------- */

  /** The reader removed the form `remove` from the table, or (without it) added the one picked in the add control. */
  private changeForms(remove?: SupplementFormId): void {
    const change = view!.formsChange(this.renderRoot, this.opts.forms, formSet!, this.locale, remove);
    if (!change) return;
    const { next, message } = change;
    this.focusTarget = change.focus;
    this.readerForms = next.join(' ');
    this.forms = this.readerForms;
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
    view!.announceForms(this, next);
  }

  /**
   * A change in the calculator: its inputs, or the reader's life stage or region (the view reads the control). The
   * result is announced once the reader pauses (not on every keystroke).
   */
  private onCalc(event: Event): void {
    const { inputs, profile } = view!.calcChange(event, this.calcInputs, this.calcFormId);
    this.calcInputs = inputs;
    if (profile) {
      this.reader.request(profile);
      // An own `life-stage` or `region` overrides the profile: follow the reader's choice here too.
      if (this.lifeStage && 'lifeStage' in profile) this.lifeStage = profile.lifeStage ?? null;
      if (this.region && profile.region) this.region = profile.region;
    }
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const calc = this.calcView();
      const text = view && calc ? view.announceResult(calc) : '';
      this.calcAnnouncement = text && text === this.calcAnnouncement ? `${text}\u00a0` : text;
    }, CALC_ANNOUNCE_DELAY);
  }

  private retry(): void {
    this.failed = false;
    this.focusTarget = () => this.renderRoot.querySelector<HTMLElement>('.scroller');
  }

  /* Render helpers -------------------------------------------------------------------------------------------- */

  private get locale(): Locale {
    return this.reader.locale;
  }

  private get m(): FormComparerMessages {
    return localize(formComparerMessages, this.locale);
  }

  private form(id: SupplementFormId): SupplementForm | undefined {
    return formSet?.byId.get(id);
  }

  /** The form the calculator uses: the reader's pick, else the highlighted form, else the first in the table. */
  private get calcFormId(): SupplementFormId {
    return this.calcInputs.form ?? this.opts.highlight ?? this.opts.forms[0] ?? FORM_COMPARER_DEFAULT_FORMS[2];
  }

  /** The calculator's inputs, read and checked, with the reader's profile (once the calculator's code has loaded). */
  private calcView(): CalcContext | undefined {
    const locale = this.locale;
    if (!view) return undefined;
    return {
      locale,
      common: this.common,
      form: this.form(this.calcFormId),
      entry: view.readLabel(this.calcInputs.amount, this.calcInputs.servings, locale),
      basis: this.calcInputs.basis,
      lifeStage: this.reader.lifeStage,
      region: this.reader.region,
    };
  }

  /* eslint-disable lit-a11y/no-redundant-role -- explicit table roles keep table semantics in browsers (Safari)
     that drop them when the cards layout changes the elements' display */
  private renderSkeleton(count: number) {
    return Array.from(
      { length: count },
      () =>
        html`<tr role="row" class="skeleton" aria-hidden="true">
          <th role="rowheader" scope="row" class="form"><span class="ph"></span><span class="ph short"></span></th>
          <td role="cell" class="elemental"><span class="ph"></span></td>
          <td role="cell" class="dose"><span class="ph"></span></td>
          <td role="cell" class="absorption"><span class="ph"></span></td>
          <td role="cell" class="gut"><span class="ph"></span></td>
          <td role="cell" class="studied"><span class="ph"></span></td>
          <td role="cell" class="sources"><span class="ph"></span></td>
          <td role="cell" class="remove-cell"></td>
        </tr>`,
    );
  }

  private renderBody() {
    const set = formSet;
    const module = view;
    if (!set || !module) {
      if (!this.failed) return this.renderSkeleton(this.opts.forms.length);
      return html`<tr role="row" class="message">
        <td role="cell" colspan="8">
          <p role="alert">
            ${this.m.loadError} <button type="button" class="retry" @click=${this.retry}>${this.m.retry}</button>
          </p>
        </td>
      </tr>`;
    }
    const { forms, highlight, dose } = this.opts;
    const context = {
      locale: this.locale,
      m: this.m,
      dose,
      highlight,
      theme: this.reader.theme,
      canRemove: forms.length > 1,
      onRemove: (id: SupplementFormId) => this.changeForms(id),
    };
    const rest = forms.length - this.rowsShown;
    // Always two parts, so that the rows already shown stay as they are when the others come.
    return [
      module.renderRows(
        context,
        forms
          .slice(0, this.rowsShown)
          .map((id) => set.byId.get(id))
          .filter((form): form is SupplementForm => form !== undefined),
      ),
      rest > 0 ? this.renderSkeleton(rest) : nothing,
    ];
  }

  private renderTable() {
    const m = this.m;
    const cols = m.columns;
    const busy = (!this.loaded || this.rowsShown < this.opts.forms.length) && !this.failed;
    const dose = mgText(this.locale, this.opts.dose);
    return html`<div class="intro">
        <p class="title" id="table-title">${m.title}</p>
        <p class="caption-note" id="table-notes">${m.theoretical} ${m.studiedNote}</p>
      </div>
      <div
        class="scroller"
        part="scroller"
        role="region"
        tabindex="0"
        aria-labelledby="table-title"
        aria-busy=${busy ? 'true' : 'false'}
      >
        <table role="table" part="table" aria-describedby="table-notes">
          <caption class="visually-hidden">
            ${m.title}${busy ? html`<span>. ${m.loading}</span>` : nothing}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader" scope="col" class="form">${cols.form}</th>
              <th role="columnheader" scope="col" class="elemental">${cols.elemental}</th>
              <th role="columnheader" scope="col" class="dose">${cols.dose(dose)}</th>
              <th role="columnheader" scope="col" class="absorption">${cols.absorption}</th>
              <th role="columnheader" scope="col" class="gut">${cols.gut}</th>
              <th role="columnheader" scope="col" class="studied">${cols.studied}</th>
              <th role="columnheader" scope="col" class="sources">${cols.sources}</th>
              <th role="columnheader" scope="col" class="remove-cell">
                <span class="visually-hidden">${cols.remove}</span>
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${this.renderBody()}
          </tbody>
        </table>
      </div>`;
  }

  /* eslint-enable lit-a11y/no-redundant-role */

  /** The handlers of the controls below the table, one object for the element's life. */
  private readonly actions: BelowActions = {
    add: () => this.changeForms(),
    calc: (event) => this.onCalc(event),
  };

  /** Below the table: the add control and the panels once the forms have loaded; placeholders until then. */
  private renderBelow() {
    const module = view;
    const set = formSet;
    const calc = this.calcView();
    if (!module || !set || !calc) {
      return html`<div class="below">
          <p class="ph-note" aria-hidden="true"><span class="ph"></span><span class="ph"></span></p>
          ${this.failed ? nothing : html`<p class="ph-add" aria-hidden="true"><span class="ph"></span></p>`}
        </div>
        ${this.failed ? nothing : panelsPlaceholder}`;
    }
    const context = {
      set,
      forms: this.opts.forms,
      calc,
      calcFormId: this.calcFormId,
      inputs: this.calcInputs,
      announcement: this.calcAnnouncement,
      on: this.actions,
    };
    return html`<div class="below">${module.renderGutNote(this.locale, this.m, set)} ${module.renderAdd(context)}</div>
      ${this.panelsTurn ? panelsPlaceholder : module.renderPanels(context)}`;
  }

  protected override render() {
    view?.adoptViewStyles(this.renderRoot);
    return html`<div class="${this.rootClass} layout-${this.opts.layout}" part="base" lang=${this.locale}>
      ${this.renderTable()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.renderBelow()}
    </div>`;
  }
}
