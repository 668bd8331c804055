/**
 * What `<mg-form-comparer>` renders from the forms data: the rows (cards), the note on gut effects of every form,
 * the add control, the label calculator, the label guide and the safety panel. The comparer imports this module with
 * `import()` together with the forms chunk, so the page's main script stays small (until then it shows placeholders
 * of about the same size). Pure functions of their arguments: no DOM access, no state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { LIFE_STAGE_IDS, REGIONS } from '../../data/enums.js';
import type { LifeStageId, Locale, Region, Theme } from '../../data/enums.js';
import { SUPPLEMENT_FORM_IDS } from '../../data/generated/ids.js';
import type { ClaimId, SupplementFormId } from '../../data/generated/ids.js';
import { DAILY_VALUE_MG, UPPER_LIMIT_NOTE } from '../../data/generated/intakes.js';
import { INTERACTIONS } from '../../data/generated/safety.js';
import { compoundMgFor } from '../../data/supplement-query.js';
import type { FormSet, SourceRef, SupplementForm } from '../../data/types.js';
import type { ReaderProfilePatch } from '../../context/reader-context.js';
import { MgFormsChangeEvent } from '../../events/forms-change.js';
import { formatNumber, formatPercent, localize, mgText, type CommonMessages } from '../../i18n/index.js';
import { cssVar } from '../../internal/css-var.js';
import { addLazyStyles } from '../../internal/styles.js';
import { lifeStageOptions } from '../../internal/life-stage-options.js';
import { safeHttpUrl } from '../../internal/safe-url.js';
import type { FormComparerMessages } from './form-comparer.messages.js';
import { formComparerViewMessages, type FormComparerViewMessages } from './form-comparer.view.messages.js';
import { formComparerViewStyles } from './form-comparer.view.styles.js';
import { labelResult, readLabel, type LabelBasis, type LabelEntry } from './label-math.js';

export { readLabel };

/** Claims about absorption itself: their badges go with "Absorption compared with oxide", not "Studied for". */
export const ABSORPTION_CLAIMS: readonly ClaimId[] = ['glycinate-vs-oxide-absorption', 'oxide-low-bioavailability'];

/** What a row needs besides its form. */
export interface RowContext {
  readonly locale: Locale;
  readonly m: FormComparerMessages;
  readonly dose: number;
  readonly highlight: SupplementFormId | undefined;
  readonly theme: Theme;
  readonly canRemove: boolean;
  readonly onRemove: (id: SupplementFormId) => void;
}

/** What the calculator's results need. */
export interface CalcContext {
  readonly locale: Locale;
  readonly common: CommonMessages;
  readonly form: SupplementForm | undefined;
  readonly entry: LabelEntry;
  readonly basis: LabelBasis;
  readonly lifeStage: LifeStageId | undefined;
  readonly region: Region;
}

/** A change of the table's forms: the new list, what to announce, and where the focus goes after the update. */
export interface FormsChange {
  readonly next: SupplementFormId[];
  readonly message: string;
  readonly focus: () => HTMLElement | null;
}

/**
 * The reader removed the form `remove` from the table, or (without it) added the one picked in the add control
 * (`#add-form` in `root`); undefined when that changes nothing (the last form, an unknown or present one).
 */
export function formsChange(
  root: ParentNode,
  forms: readonly SupplementFormId[],
  set: FormSet,
  locale: Locale,
  remove?: SupplementFormId,
): FormsChange | undefined {
  const v = messages(locale);
  const name = (id: SupplementFormId) => {
    const form = set.byId.get(id);
    return form ? nameInSentence(form, locale) : id;
  };
  const button = (id: SupplementFormId) => root.querySelector<HTMLElement>(`tr[data-id="${id}"] .remove`);
  const addControl = () => root.querySelector<HTMLSelectElement>('#add-form');
  if (remove) {
    const index = forms.indexOf(remove);
    const next = forms.filter((form) => form !== remove);
    if (index < 0 || next.length === 0) return undefined;
    // Keep the focus in the table: the next row's remove button, else the previous row's, else the add control.
    const neighbour = next.length > 1 ? (next[index] ?? next[index - 1]) : undefined;
    return {
      next,
      message: v.removed(name(remove), next.length, formatNumber(locale, next.length)),
      focus: () => (neighbour ? button(neighbour) : addControl()),
    };
  }
  const id = addControl()?.value as SupplementFormId | undefined;
  if (!id || !(SUPPLEMENT_FORM_IDS as readonly string[]).includes(id) || forms.includes(id)) return undefined;
  const next = [...forms, id];
  return {
    next,
    message: v.added(name(id), next.length, formatNumber(locale, next.length)),
    // The add control stays for the next form; when none is left, focus goes to the new row.
    focus: () => addControl() ?? button(id),
  };
}

/** Fires `mg-forms-change` on `host` after the reader added or removed a form (they are in the view's controls). */
export function announceForms(host: HTMLElement, forms: readonly SupplementFormId[]): void {
  host.dispatchEvent(new MgFormsChangeEvent({ forms }));
}

/** Adds the view's styles to the comparer's shadow root (once). */
export function adoptViewStyles(root: HTMLElement | DocumentFragment): void {
  addLazyStyles(root, formComparerViewStyles);
}

export function messages(locale: Locale): FormComparerViewMessages {
  return localize(formComparerViewMessages, locale);
}

/** A form's name in the middle of a sentence ("magnesium oxide"). */
export function nameInSentence(form: SupplementForm, locale: Locale): string {
  const name = localize(form.name, locale);
  return name.charAt(0).toLocaleLowerCase(locale) + name.slice(1);
}

/** The claims of a form's "Studied for": its claims, less those about absorption and safety. */
export function studiedFor(form: SupplementForm): ClaimId[] {
  return form.claims.filter((claim) => !ABSORPTION_CLAIMS.includes(claim) && !claim.startsWith('safety-'));
}

/** The absorption claims the form's absorption sources cite (their badges). */
export function absorptionClaims(form: SupplementForm): ClaimId[] {
  const claims = form.absorption.sources.map((source) => source.claim);
  return ABSORPTION_CLAIMS.filter((claim) => claims.includes(claim));
}

/** A formula with its counts as subscripts: `Mg(OH)2` → Mg(OH)<sub>2</sub>; a hydrate's `·6H2O` keeps its 6. */
function formula(text: string) {
  return text
    .split(/(\d+)/)
    .map((part, i, parts) => (i % 2 && /[A-Za-z)]$/.test(parts[i - 1] ?? '') ? html`<sub>${part}</sub>` : part));
}

function badge(claim: ClaimId, theme: Theme) {
  return html`<mg-evidence-badge claim=${claim} theme=${theme}></mg-evidence-badge>`;
}

/** The column's name inside a card (the table's header says it in the table layout). */
function cellLabel(text: string) {
  return html`<span class="cell-label" aria-hidden="true">${text}</span>`;
}

function sourceItem(source: SourceRef, locale: Locale) {
  const href = safeHttpUrl(source.url);
  const label = html`<span lang=${locale === 'en' ? nothing : 'en'}>${source.label}</span>`;
  return html`<li>${href ? html`<a href=${href}>${label}</a>` : label}</li>`;
}

/** A disclosure with the sources of a row (or of the note on every form), in groups; "None" without any. */
function renderSources(
  locale: Locale,
  groups: readonly { title: string | null; sources: readonly SourceRef[] }[],
  hiddenName: string,
) {
  const v = messages(locale);
  const seen = new Set<string>();
  const unique = groups
    .map((group) => ({
      title: group.title,
      sources: group.sources.filter((source) => !seen.has(source.label) && seen.add(source.label)),
    }))
    .filter((group) => group.sources.length > 0);
  const count = seen.size;
  if (count === 0) return html`<span class="none">${v.noSources}</span>`;
  return html`<details class="cites">
    <summary>
      ${v.sourcesCount(count, formatNumber(locale, count))}<span class="visually-hidden">${hiddenName}</span>
    </summary>
    ${unique.map(
      (group) =>
        html`${group.title ? html`<p class="group">${group.title}</p>` : nothing}
          <ul>
            ${group.sources.map((source) => sourceItem(source, locale))}
          </ul>`,
    )}
  </details>`;
}

/**
 * One form's row of the table (a card in the cards layout). Explicit table roles keep the table semantics in
 * browsers (Safari) that drop them when the cards layout changes the elements' display.
 */
function renderRow(ctx: RowContext, form: SupplementForm): TemplateResult {
  const { locale, m, theme } = ctx;
  const v = messages(locale);
  const cols = m.columns;
  const name = localize(form.name, locale);
  const inSentence = nameInSentence(form, locale);
  const highlighted = ctx.highlight === form.id;
  const percent = form.elementalPercent;
  const topics = studiedFor(form);
  const gut = form.gutEffects;
  return html`<tr
    role="row"
    class=${highlighted ? 'row highlighted' : 'row'}
    part=${highlighted ? 'row highlighted' : 'row'}
    data-id=${form.id}
  >
    <th role="rowheader" scope="row" class="form">
      <span class="name">${name}</span>
      <span class="formula">${formula(form.formula)}</span>
      ${highlighted ? html`<span class="tag">${v.highlighted}</span>` : nothing}
    </th>
    <td role="cell" class="elemental">
      ${cellLabel(cols.elemental)}
      <span class="pct">${formatPercent(locale, percent, 1)}</span>
      <span class="bar" part="bar" aria-hidden="true"
        ><span class="fill" ${cssVar('--_fill', `${Math.min(100, percent).toFixed(1)}%`)}></span
      ></span>
      ${form.note ? html`<span class="small">${localize(form.note, locale)}</span>` : nothing}
    </td>
    <td role="cell" class="dose">
      ${cellLabel(cols.dose(mgText(locale, ctx.dose)))}<span class="num"
        >${mgText(locale, compoundMgFor(form, ctx.dose))}</span
      >
    </td>
    <td role="cell" class="absorption">
      ${cellLabel(cols.absorption)}
      <span class="verdict">${v.absorption[form.absorption.vsOxide]}</span>
      ${absorptionClaims(form).map((claim) => badge(claim, theme))}
      <span class="small">${localize(form.absorption.text, locale)}</span>
    </td>
    <td role="cell" class="gut">
      ${cellLabel(cols.gut)}
      ${gut.length ? gut.map((effect) => html`<span class="effect">${localize(effect.text, locale)}</span>`) : html`<span class="none">${v.noGutData}</span>`}
    </td>
    <td role="cell" class="studied">
      ${cellLabel(cols.studied)}
      ${
        topics.length
          ? html`<ul>
              ${topics.map((claim) => html`<li>${v.topics[claim]} ${badge(claim, theme)}</li>`)}
            </ul>`
          : html`<span class="none">${v.noStudies}</span>`
      }
    </td>
    <td role="cell" class="sources">
      ${cellLabel(cols.sources)}
      ${renderSources(
        locale,
        [
          { title: cols.absorption, sources: form.absorption.sources },
          { title: cols.gut, sources: gut.flatMap((effect) => effect.sources) },
        ],
        v.sourcesFor(inSentence),
      )}
    </td>
    <td role="cell" class="remove-cell">
      ${
        ctx.canRemove
          ? html`<button type="button" class="remove" @click=${() => ctx.onRemove(form.id)}>
              <span aria-hidden="true">✕</span><span class="visually-hidden">${v.remove(inSentence)}</span>
            </button>`
          : nothing
      }
    </td>
  </tr>`;
}

/** The rows (cards) of the given forms, keyed by form id so that a row keeps its state when another is removed. */
export function renderRows(ctx: RowContext, forms: readonly SupplementForm[]) {
  return repeat(
    forms,
    (form) => form.id,
    (form) => renderRow(ctx, form),
  );
}

/** The gut effect the sources report for magnesium supplements in general, with its sources. */
export function renderGutNote(locale: Locale, m: FormComparerMessages, set: FormSet): TemplateResult {
  const v = messages(locale);
  const all = set.gutEffectsAllForms;
  return html`<div class="gut-note">
    <p><strong>${m.columns.gut}. ${v.allForms}</strong> ${localize(all.text, locale)}</p>
    ${renderSources(locale, [{ title: null, sources: all.sources }], v.everyForm)}
  </div>`;
}

/** The calculator's results for a valid amount: magnesium a day, % of the RDA/AI, % of the upper limit, warning. */
function renderResults(calc: CalcContext): TemplateResult {
  const { locale, common, form, entry } = calc;
  if (!form) return html``;
  const r = labelResult(form, entry.amount, entry.servings, calc.basis, calc.lifeStage, calc.region);
  const v = messages(locale).results;
  const name = nameInSentence(form, locale);
  const region = common.regions[calc.region];
  const who = calc.lifeStage ? common.lifeStages[calc.lifeStage] : v.adults;
  const percent = (value: number) => formatPercent(locale, value);
  const target = r.target;
  return html`<dl>
      <div>
        <dt>${v.perDay}</dt>
        <dd>
          <strong class="big">${mgText(locale, r.perDay)}</strong>
          <span class="small"
            >${(calc.basis === 'compound' ? v.fromCompound : v.asCompound)(mgText(locale, r.compoundPerDay), name)}${
              entry.servings === 1 ? nothing : html` · ${v.perServing(mgText(locale, r.perServing))}`
            }</span
          >
        </dd>
      </div>
      <div>
        <dt>${v.target}</dt>
        <dd class="target">
          ${
            target.kind === 'DV' || !target.lifeStage
              ? v.targetGeneral(percent(r.targetPercent), mgText(locale, target.mg))
              : v.targetValue(
                  percent(r.targetPercent),
                  mgText(locale, target.mg),
                  target.kind,
                  common.lifeStages[target.lifeStage],
                )
          }
        </dd>
      </div>
      <div>
        <dt>${v.limit}</dt>
        <dd class="limit">
          ${
            r.limit.mg === null || r.limitPercent === null
              ? v.noLimit(region, who)
              : v.limitValue(percent(r.limitPercent), mgText(locale, r.limit.mg), region, who)
          }
        </dd>
      </div>
    </dl>
    ${
      r.over && r.limit.mg !== null
        ? html`<p class="warning" part="warning" role="alert">
            <span aria-hidden="true">⚠</span> ${v.over(mgText(locale, r.limit.mg), region)}
          </p>`
        : nothing
    }`;
}

/** The sentence announced when the reader pauses typing (empty when there is nothing to announce). */
export function announceResult(calc: CalcContext): string {
  const { locale, common, form, entry } = calc;
  if (!form || entry.empty || entry.amountError || entry.servingsError) return '';
  const r = labelResult(form, entry.amount, entry.servings, calc.basis, calc.lifeStage, calc.region);
  const v = messages(locale).results;
  const who = calc.lifeStage ? common.lifeStages[calc.lifeStage] : v.adults;
  const limit =
    r.limitPercent === null
      ? v.noLimit(common.regions[calc.region], who)
      : v.limitShort(formatPercent(locale, r.limitPercent));
  return `${v.announce(mgText(locale, r.perDay), formatPercent(locale, r.targetPercent))} ${limit}${r.over ? ` ${v.overShort}` : ''}`;
}

/** "How to read a Supplement Facts label": a few plain steps. */
function renderGuide(locale: Locale): TemplateResult {
  return html`<ol>
    ${messages(locale)
      .guide(mgText(locale, DAILY_VALUE_MG))
      .map((step) => html`<li>${step}</li>`)}
  </ol>`;
}

/* Below the table: the add control, the calculator and the safety panel ------------------------------------------ */

/** The handlers of the controls below the table (one object for the element's life). */
export interface BelowActions {
  readonly add: () => void;
  /** Every control of the calculator (see `calcChange`). */
  readonly calc: (event: Event) => void;
}

/** The calculator's inputs as the reader typed them; `form` is unset until the reader's first entry. */
export interface CalcInputs {
  readonly form?: SupplementFormId;
  readonly amount: string;
  readonly servings: string;
  readonly basis: LabelBasis;
}

/**
 * What a change in one of the calculator's controls means: its new inputs, or for the life stage and the region a
 * change of the reader's profile. From the reader's first entry on, the calculator keeps its form (`formId`, the one
 * it shows) even if that form is later removed from the table.
 */
export function calcChange(
  event: Event,
  inputs: CalcInputs,
  formId: SupplementFormId,
): { inputs: CalcInputs; profile?: ReaderProfilePatch } {
  const { name, value } = event.target as HTMLInputElement | HTMLSelectElement;
  const next = { ...inputs, form: inputs.form ?? formId };
  switch (name) {
    case 'calc-form':
      return { inputs: { ...next, form: value as SupplementFormId } };
    case 'calc-amount':
      return { inputs: { ...next, amount: value } };
    case 'calc-servings':
      return { inputs: { ...next, servings: value } };
    case 'calc-basis':
      return { inputs: { ...next, basis: value === 'compound' ? 'compound' : 'elemental' } };
    case 'calc-life-stage':
      return {
        inputs: next,
        profile: {
          lifeStage: (LIFE_STAGE_IDS as readonly string[]).includes(value) ? (value as LifeStageId) : undefined,
        },
      };
    case 'calc-region':
      return { inputs: next, profile: { region: value === 'eu' ? 'eu' : 'us' } };
    default:
      return { inputs: next };
  }
}

/** What the controls below the table need: the calculator's inputs as the reader typed them, and its results. */
export interface BelowContext {
  readonly set: FormSet;
  /** The forms in the table. */
  readonly forms: readonly SupplementFormId[];
  readonly calc: CalcContext;
  readonly calcFormId: SupplementFormId;
  readonly inputs: CalcInputs;
  readonly announcement: string;
  readonly on: BelowActions;
}

/** Forms sorted by name in the reader's language, for the pickers. */
function sortedForms(set: FormSet, ids: readonly SupplementFormId[], locale: Locale): SupplementForm[] {
  return localize(set.byName, locale)
    .filter((id) => ids.includes(id))
    .map((id) => set.byId.get(id))
    .filter((form): form is SupplementForm => form !== undefined);
}

/** The control that adds a form to the table ("All forms are in the table" once none is left). */
export function renderAdd(ctx: BelowContext): TemplateResult {
  const { locale } = ctx.calc;
  const v = messages(locale);
  const missing = SUPPLEMENT_FORM_IDS.filter((id) => !ctx.forms.includes(id));
  if (missing.length === 0) return html`<p class="add" part="add">${v.allShown}</p>`;
  return html`<div class="add" part="add">
    <label for="add-form">${v.addLabel}</label>
    <select id="add-form" name="add-form">
      ${sortedForms(ctx.set, missing, locale).map((form) => html`<option value=${form.id}>${localize(form.name, locale)}</option>`)}
    </select>
    <button type="button" class="add-button" @click=${ctx.on.add}>${v.add}</button>
  </div>`;
}

/** The label calculator, the label guide and the safety panel. */
export function renderPanels(ctx: BelowContext): TemplateResult {
  const { calc, on } = ctx;
  const { locale, common, lifeStage, region, entry } = calc;
  const v = messages(locale);
  const m = v.calc;
  const formId = ctx.calcFormId;
  return html`<section class="calc panel" part="calculator" aria-labelledby="calc-title">
      <p class="section-title" id="calc-title">${m.title}</p>
      <p class="hint">${m.intro}</p>
      <div class="fields">
        <div class="field wide">
          <label for="calc-form">${m.form}</label>
          <select id="calc-form" name="calc-form" .value=${live(formId)} @change=${on.calc}>
            ${sortedForms(ctx.set, SUPPLEMENT_FORM_IDS, locale).map(
              (form) =>
                html`<option value=${form.id} ?selected=${form.id === formId}>${localize(form.name, locale)}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="calc-amount">${m.amount}</label>
          <input
            id="calc-amount"
            name="calc-amount"
            type="text"
            inputmode="decimal"
            autocomplete="off"
            spellcheck="false"
            maxlength="12"
            aria-describedby=${entry.amountError ? 'calc-amount-hint calc-invalid' : 'calc-amount-hint'}
            aria-invalid=${entry.amountError ? 'true' : 'false'}
            .value=${live(ctx.inputs.amount)}
            @input=${on.calc}
          />
          <span class="hint" id="calc-amount-hint">${m.amountHint}</span>
        </div>
        <div class="field narrow">
          <label for="calc-servings">${m.servings}</label>
          <input
            id="calc-servings"
            name="calc-servings"
            type="text"
            inputmode="decimal"
            autocomplete="off"
            maxlength="6"
            aria-describedby=${entry.servingsError ? 'calc-servings-invalid' : nothing}
            aria-invalid=${entry.servingsError ? 'true' : 'false'}
            .value=${live(ctx.inputs.servings)}
            @input=${on.calc}
          />
        </div>
      </div>
      <fieldset class="basis">
        <legend>${m.basis}</legend>
        ${(['compound', 'elemental'] as const).map(
          (basis) =>
            html`<label class="choice">
              <input
                type="radio"
                name="calc-basis"
                value=${basis}
                .checked=${live(calc.basis === basis)}
                @change=${on.calc}
              />
              <span>${m[basis]}</span>
            </label>`,
        )}
      </fieldset>
      <div class="fields">
        <div class="field">
          <label for="calc-life-stage">${common.profile.lifeStage}</label>
          <select id="calc-life-stage" name="calc-life-stage" .value=${live(lifeStage ?? '')} @change=${on.calc}>
            ${lifeStageOptions(common, lifeStage)}
          </select>
        </div>
        <div class="field">
          <label for="calc-region">${common.profile.region}</label>
          <select id="calc-region" name="calc-region" .value=${live(region)} @change=${on.calc}>
            ${REGIONS.map((value) => html`<option value=${value} ?selected=${value === region}>${common.regions[value]}</option>`)}
          </select>
        </div>
      </div>
      <div class="results" id="calc-results">
        ${entry.amountError ? html`<p class="error" id="calc-invalid">${m.invalid}</p>` : nothing}
        ${entry.servingsError ? html`<p class="error" id="calc-servings-invalid">${m.servingsInvalid}</p>` : nothing}
        ${
          entry.amountError || entry.servingsError
            ? nothing
            : calc.form && !entry.empty
              ? renderResults(calc)
              : html`<p class="hint">${m.empty}</p>`
        }
      </div>
      <p class="note">${localize(UPPER_LIMIT_NOTE, locale)}</p>
      <p class="visually-hidden" role="status">${ctx.announcement}</p>
    </section>
    <details class="guide panel" part="guide">
      <summary>${v.guideTitle}</summary>
      ${renderGuide(locale)}
    </details>
    <section class="safety panel" part="safety" aria-labelledby="safety-title">
      <p class="section-title" id="safety-title">${v.safety}</p>
      <ul>
        ${INTERACTIONS.map(
          (item) =>
            html`<li>
              ${localize(item.text, locale)}
              <span class="cite"
                >${common.sources}
                ${item.sources.map((source, i) => {
                  const href = safeHttpUrl(source.url);
                  const label = html`<span lang=${locale === 'en' ? nothing : 'en'}>${source.label}</span>`;
                  return html`${i ? '; ' : ''}${href ? html`<a href=${href}>${label}</a>` : label}`;
                })}</span
              >
            </li>`,
        )}
      </ul>
    </section>`;
}
