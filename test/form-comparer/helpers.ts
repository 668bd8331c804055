/**
 * Helpers of the `<mg-form-comparer>` suites: reach into the shadow tree the way a reader would (type, pick, press)
 * and read what a reader sees (rows, cells, results, live regions). Expected numbers come from the data API.
 */
import '../../src/components/form-comparer/mg-form-comparer.js';
import type { MgFormComparer } from '../../src/components/form-comparer/form-comparer.js';
import { formComparerMessages } from '../../src/components/form-comparer/form-comparer.messages.js';
import { formComparerViewMessages } from '../../src/components/form-comparer/form-comparer.view.messages.js';
import type { Locale } from '../../src/data/enums.js';
import { SUPPLEMENT_FORM_IDS } from '../../src/data/generated/ids.js';
import { formatMg } from '../../src/i18n/index.js';
import { nextFrames } from '../helpers.js';

export const en = formComparerMessages.en;
export const es = formComparerMessages.es;
export const enView = formComparerViewMessages.en;
export const esView = formComparerViewMessages.es;

/** Collapsed text of a node (no-break spaces included). */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Collapses the no-break spaces of formatted numbers for comparisons with `text()`. */
export function plain(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

export function $<T extends Element = HTMLElement>(el: MgFormComparer, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

export function $$<T extends Element = HTMLElement>(el: MgFormComparer, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** Waits for the element (forms included) and two frames. */
export async function settle(...elements: Element[]): Promise<void> {
  for (const element of elements) await (element as MgFormComparer).updateComplete;
  await nextFrames();
  for (const element of elements) await (element as MgFormComparer).updateComplete;
}

/** The form rows (not placeholders or messages). */
export function rows(el: MgFormComparer): HTMLTableRowElement[] {
  return $$<HTMLTableRowElement>(el, 'tbody tr[data-id]');
}

/** Form ids of the rows, in table order. */
export function rowIds(el: MgFormComparer): string[] {
  return rows(el).map((row) => row.dataset.id!);
}

export function row(el: MgFormComparer, id: string): HTMLTableRowElement {
  return $<HTMLTableRowElement>(el, `tbody tr[data-id="${id}"]`);
}

/** Text of a cell's part (`.pct`, `.num`, `.verdict`, `.name`...) in a row, column labels for cards left out. */
export function part(row: HTMLTableRowElement, selector: string): string {
  const found = row.querySelector(selector);
  if (!found) return '';
  const copy = found.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.cell-label, [aria-hidden="true"]')) hidden.remove();
  return text(copy);
}

/** Milligrams as the comparer formats them (one decimal below 10 mg). */
export function mg(locale: Locale, value: number): string {
  return plain(formatMg(locale, value, value < 10 ? 1 : 0));
}

/** Types into one of the calculator's text boxes as a reader does (one `input` event), then waits. */
export async function typeInto(el: MgFormComparer, id: 'calc-amount' | 'calc-servings', value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Picks a value in one of the selects (`calc-form`, `calc-life-stage`, `calc-region`, `add-form`). */
export async function choose(el: MgFormComparer, id: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `select#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(el);
}

/** Picks what the label's amount is: the whole compound or the magnesium itself. */
export async function basis(el: MgFormComparer, value: 'compound' | 'elemental'): Promise<void> {
  $<HTMLInputElement>(el, `input[name="calc-basis"][value="${value}"]`).click();
  await el.updateComplete;
}

/** Sets up the calculator in one go. */
export async function calculate(
  el: MgFormComparer,
  options: { form?: string; amount: string; servings?: string; basis?: 'compound' | 'elemental' },
): Promise<void> {
  if (options.form) await choose(el, 'calc-form', options.form);
  if (options.basis) await basis(el, options.basis);
  await typeInto(el, 'calc-servings', options.servings ?? '1');
  await typeInto(el, 'calc-amount', options.amount);
  await settle(el);
}

/** The calculator's result lines (`dd`), by their term. */
export function results(el: MgFormComparer): { perDay: string; target: string; limit: string } {
  const dds = $$(el, '.results dd');
  return {
    perDay: text(dds[0]?.querySelector('.big')),
    target: text(dds[1]),
    limit: text(dds[2]),
  };
}

/** The live regions: after add/remove (table) and after the reader pauses typing (calculator). */
export function tableStatus(el: MgFormComparer): string {
  return text($(el, '.root > [role="status"]'));
}

export function calcStatus(el: MgFormComparer): string {
  return text($(el, '.calc [role="status"]'));
}

/** Waits `ms` milliseconds. */
export function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Every form id, in dataset order, as a `forms` attribute. */
export const ALL_FORMS = SUPPLEMENT_FORM_IDS.join(' ');
