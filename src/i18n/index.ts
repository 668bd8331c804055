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

/**
 * A cached `Intl.NumberFormat` for a locale, style and maximum fraction digits (formatting is on hot paths);
 * `gram` is the unit style with grams.
 */
export function numberFormat(
  locale: Locale,
  maximumFractionDigits = 0,
  style: 'decimal' | 'percent' | 'gram' = 'decimal',
): Intl.NumberFormat {
  const key = `${locale}${style}${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions =
      style === 'gram' ? { style: 'unit', unit: 'gram', maximumFractionDigits } : { style, maximumFractionDigits };
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * How each locale writes numbers, as `Intl.NumberFormat` does (CLDR): the group and decimal separators, the fewest
 * integer digits that get grouped (Spanish leaves `1234` alone but writes `12.345`), and the percent sign. A locale
 * added to `Locale` needs its row here; the i18n test checks every row against `Intl` over thousands of values.
 */
const NUMBER_SHAPES: Record<Locale, { group: string; decimal: string; groupFrom: number; percent: string }> = {
  en: { group: ',', decimal: '.', groupFrom: 4, percent: '%' },
  es: { group: '.', decimal: ',', groupFrom: 5, percent: '\u00a0%' },
};

/**
 * `value` rounded to `digits` decimals and written as `Intl` writes it for the locale, or `undefined` when `Intl`
 * should do it (a negative number, or one too large or too small for plain decimal notation).
 *
 * Like ICU, it rounds the shortest decimal that reads back as the double (`String(value)`), half away from zero,
 * with decimal digits rather than binary arithmetic: `0.35` to one decimal is `0.4`, as in `Intl`.
 *
 * Why not always `Intl`: the first `Intl.NumberFormat` of a page loads the ICU data, about 20 ms (95 ms at 4x CPU
 * slowdown, measured in the demo's first food-finder render). Our widgets' numbers are small, positive and have few
 * decimals, so this path covers them and the first paint never pays for ICU. The output is the same string.
 */
function plainNumber(locale: Locale, value: number, digits: number, percent = false): string | undefined {
  const shape = NUMBER_SHAPES[locale];
  if (!shape || !(value >= 0) || value >= 1e12 || digits > 3) return undefined;
  const text = String(value);
  if (text.includes('e')) return undefined;
  const [integer = '0', fraction = ''] = text.split('.');
  // A percent is the fraction times 100, moved in decimal digits as ICU does: 0.0035 is 0.35%.
  const shift = percent ? 2 : 0;
  const all = integer + fraction.padEnd(shift, '0');
  const point = integer.length + shift;
  const dropped = all.slice(point);
  let kept = all.slice(0, point) + dropped.slice(0, digits).padEnd(digits, '0');
  // Half away from zero: the first dropped digit decides (`'5'` is char code 53).
  if (dropped.charCodeAt(digits) >= 53) kept = String(Number(kept) + 1).padStart(kept.length, '0');
  const whole = kept.slice(0, kept.length - digits).replace(/^0+(?=\d)/, '');
  const decimals = kept.slice(kept.length - digits).replace(/0+$/, '');
  const grouped = whole.length < shape.groupFrom ? whole : whole.replace(/\B(?=(\d{3})+$)/g, shape.group);
  return (decimals ? `${grouped}${shape.decimal}${decimals}` : grouped) + (percent ? shape.percent : '');
}

/** Formats a number for a locale (`1,234.5` in English, `1234,5` in Spanish), as `Intl.NumberFormat` does. */
export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 0): string {
  return plainNumber(locale, value, maximumFractionDigits) ?? numberFormat(locale, maximumFractionDigits).format(value);
}

/** Formats milligrams with the unit (`155 mg`); `Intl` has no milligram unit, so the symbol is added here. */
export function formatMg(locale: Locale, value: number, maximumFractionDigits = 0): string {
  return `${formatNumber(locale, value, maximumFractionDigits)}\u00a0mg`;
}

/** Milligrams as the widgets show them: one decimal below 10 mg (`2.5 mg`), whole numbers above (`155 mg`). */
export function mgText(locale: Locale, mg: number): string {
  return formatMg(locale, mg, mg < 10 ? 1 : 0);
}

/** Formats a percentage given in percent points (`37` gives `37%`, `37 %` in Spanish). */
export function formatPercent(locale: Locale, percent: number, maximumFractionDigits = 0): string {
  const fraction = percent / 100;
  return (
    plainNumber(locale, fraction, maximumFractionDigits, true) ??
    numberFormat(locale, maximumFractionDigits, 'percent').format(fraction)
  );
}

/** Formats grams with the unit (`28 g`, through `Intl` unit formatting). */
export function formatGrams(locale: Locale, value: number, maximumFractionDigits = 0): string {
  return numberFormat(locale, maximumFractionDigits, 'gram').format(value);
}

const listFormats = new Map<string, Intl.ListFormat>();

/** Joins items as a sentence list (`a, b, and c` / `a, b y c`). */
export function formatList(locale: Locale, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const key = locale + type;
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(locale, { style: 'long', type })));
  return format.format(items);
}
