import { LOCALES, type Locale } from '../data/enums.js';
import { en } from './en.js';
import { es } from './es.js';
import type { CommonMessages } from './messages.js';

export type { CommonMessages } from './messages.js';

const COMMON: Record<Locale, CommonMessages> = { en, es };

/** The supported locale for a BCP 47 tag (`es-MX` gives `es`), or `undefined` when unsupported. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : undefined;
}

/** The `lang` of the nearest element with one, crossing shadow roots; then the document's; else `undefined`. */
export function closestLang(start: Node | null): string | undefined {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return globalThis.document?.documentElement.getAttribute('lang') || undefined;
}

/** Messages shared by every element, for a locale. */
export function commonMessages(locale: Locale): CommonMessages {
  return COMMON[locale];
}

/** Picks a locale's table from a per-element `{ en, es }` message record. */
export function localize<T>(table: Record<Locale, T>, locale: Locale): T {
  return table[locale] ?? table.en;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat` for a locale, style and maximum fraction digits (formatting is on hot paths). */
export function numberFormat(
  locale: Locale,
  maximumFractionDigits = 0,
  style: 'decimal' | 'percent' = 'decimal',
): Intl.NumberFormat {
  const key = `${locale}${style}${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style, maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format;
}

/** Formats a number for a locale (`1,234.5` in English, `1234,5` in Spanish). */
export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 0): string {
  // Whole numbers below 1,000 read the same in every locale we ship (no grouping, Latin digits): without `Intl`,
  // a page whose widgets show only small counts at first never pays the first `Intl.NumberFormat` (the ICU data
  // loads then: about 20 ms, 80 ms with a slow CPU) in the task that upgrades them.
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  return numberFormat(locale, maximumFractionDigits).format(value);
}

/** Formats milligrams with the unit (`155 mg`); `Intl` has no milligram unit, so the symbol is added here. */
export function formatMg(locale: Locale, value: number, maximumFractionDigits = 0): string {
  return `${formatNumber(locale, value, maximumFractionDigits)}\u00a0mg`;
}


/** Formats a percentage given in percent points (`37` gives `37%`, `37 %` in Spanish). */
export function formatPercent(locale: Locale, percent: number, maximumFractionDigits = 0): string {
  return numberFormat(locale, maximumFractionDigits, 'percent').format(percent / 100);
}

/** Joins items as a sentence list (`a, b, and c` / `a, b y c`). */
/** Formats grams with the unit (`28 g`, through `Intl` unit formatting). */
export function formatGrams(locale: Locale, value: number, maximumFractionDigits = 0): string {
  const key = `${locale}g${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit: 'gram', maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

const listFormats = new Map<string, Intl.ListFormat>();

export function formatList(locale: Locale, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const key = locale + type;
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(locale, { style: 'long', type })));
  return format.format(items);
}
