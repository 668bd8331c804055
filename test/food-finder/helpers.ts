/**
 * Helpers of the `<mg-food-finder>` suites: reach into the shadow tree the way a reader would (type, toggle, pick,
 * press), and read what a reader sees (rows, cells, captions, live regions).
 */
import '../../src/components/food-finder/mg-food-finder.js';
import type { MgFoodFinder } from '../../src/components/food-finder/food-finder.js';
import { foodFinderMessages } from '../../src/components/food-finder/food-finder.messages.js';
import { foodFinderViewMessages } from '../../src/components/food-finder/food-finder.view.messages.js';
import type { Locale } from '../../src/data/enums.js';
import { formatMg } from '../../src/i18n/index.js';
import { nextFrames } from '../helpers.js';

/** Every text of the finder in a language: the first render's and the view's (rows, results, "My day"). */
function allMessages(locale: Locale) {
  const first = foodFinderMessages[locale];
  const rest = foodFinderViewMessages[locale];
  return {
    ...first,
    ...rest,
    anyDiet: first.diets.any,
    plate: { ...rest.plate, title: first.columns.plate },
  };
}

export const en = allMessages('en');
export const es = allMessages('es');

/** Collapsed text of a node. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function $<T extends Element = HTMLElement>(el: MgFoodFinder, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

export function $$<T extends Element = HTMLElement>(el: MgFoodFinder, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** Whether an element in the shadow tree exists and is rendered. */
export function shown(el: MgFoodFinder, selector: string): boolean {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  return !!found && found.checkVisibility();
}

/** Waits for the element (data included) and two frames. */
export async function settle(...elements: Element[]): Promise<void> {
  for (const element of elements) await (element as MgFoodFinder).updateComplete;
  await nextFrames();
  for (const element of elements) await (element as MgFoodFinder).updateComplete;
}

/** The data rows (not details, skeleton or message rows). */
export function rows(el: MgFoodFinder): HTMLTableRowElement[] {
  return $$<HTMLTableRowElement>(el, 'tbody tr[data-id]');
}

/** NDB numbers of the rows, in table order. */
export function rowIds(el: MgFoodFinder): string[] {
  return rows(el).map((row) => row.dataset.id!);
}

/** Text of one cell of a row (`food`, `serving`, `mg`, `basis`, `dv`, `need`, `add-cell`), suffixes for cards left out. */
export function cell(row: HTMLTableRowElement, name: string): string {
  const found = row.querySelector(`.${name}`);
  if (!found) return '';
  const copy = found.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.cell-suffix, [aria-hidden="true"]')) hidden.remove();
  return text(copy);
}

/** The search box. */
export function searchBox(el: MgFoodFinder): HTMLInputElement {
  return $<HTMLInputElement>(el, 'input[type="search"]');
}

/** Types into the search box as a reader does (one `input` event), then waits for the update. */
export async function type(el: MgFoodFinder, value: string): Promise<void> {
  const input = searchBox(el);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Picks a value in one of the selects (`diet`, `sort`, `life-stage`). */
export async function choose(el: MgFoodFinder, id: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `select#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(el);
}

/** The food-group toggle button of a category label. */
export function chip(el: MgFoodFinder, label: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button.chip').find(
    (button) => text(button).replace('✓', '').trim() === label,
  );
  if (!found) throw new Error(`no chip ${label}`);
  return found;
}

/** The button of a column header, by its visible label. */
export function sortButton(el: MgFoodFinder, label: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'thead button.sort').find(
    (button) => text(button).replace(/[▲▼↕]/g, '').trim() === label,
  );
  if (!found) throw new Error(`no sort button ${label}`);
  return found;
}

/** `aria-sort` of every column header, by label (only the sorted one has it). */
export function ariaSorts(el: MgFoodFinder): Record<string, string> {
  const result: Record<string, string> = {};
  for (const th of $$(el, 'thead th[aria-sort]'))
    result[text(th).replace(/[▲▼↕]/g, '').trim()] = th.getAttribute('aria-sort')!;
  return result;
}

/** The polite live region with the result count. */
export function status(el: MgFoodFinder): string {
  return text($(el, '.root > [role="status"]'));
}

/** Milligrams as the finder formats them (one decimal below 10 mg). */
export function mg(locale: Locale, value: number): string {
  return formatMg(locale, value, value < 10 ? 1 : 0).replace(/\s+/g, ' ');
}

/** Collapses the no-break spaces of formatted numbers for comparisons with `text()`. */
export function plain(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Waits `ms` milliseconds. */
export function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
